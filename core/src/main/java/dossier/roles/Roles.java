package dossier.roles;

import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Role;

import java.util.List;
import java.util.Map;

/**
 * What the roles stage found: each person's roles, the mentions that name a person by title ("the US secretary"),
 * and the gender that the roles and names reveal.
 */
public record Roles(Map<String, List<Role>> byEntity, List<TitleMention> titleMentions, Map<String, Gender> genders) {
    public static final Roles EMPTY = new Roles(Map.of(), List.of(), Map.of());

    /** A definite description of a role holder, resolved to the entity holding the role. */
    public record TitleMention(String entity, Mention mention, int firstToken, int endToken) {}

    public Gender gender(String entity) { return genders.getOrDefault(entity, Gender.UNKNOWN); }

    public List<Role> of(String entity) { return byEntity.getOrDefault(entity, List.of()); }

    /** The title mention that ends at token {@code endToken} (exclusive), or null. */
    public TitleMention titleEndingAt(int endToken) {
        for (TitleMention t : titleMentions) if (t.endToken() == endToken) return t;
        return null;
    }
}
