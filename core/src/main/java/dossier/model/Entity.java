package dossier.model;

import java.util.List;

/** One real-world entity as resolved within an article: every mention, every surface form, every role. */
public record Entity(String id, EntityType type, String subtype, String name, Gender gender,
                     List<String> aliases, List<Mention> mentions, List<Role> roles) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    public Entity withRoles(List<Role> newRoles, List<Mention> extraMentions) {
        var all = new java.util.ArrayList<>(mentions);
        all.addAll(extraMentions);
        all.sort(java.util.Comparator.comparing(Mention::span));
        return new Entity(id, type, subtype, name, gender, aliases, all, newRoles);
    }
}
