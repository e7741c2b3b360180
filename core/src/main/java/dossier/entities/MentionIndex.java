package dossier.entities;

import dossier.model.Entity;
import dossier.model.Mention;
import dossier.nlp.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which entity mention, if any, covers each token. */
public final class MentionIndex {
    public record Hit(Entity entity, Mention mention, int firstToken, int endToken) {}

    private final Map<Integer, Hit> byToken = new HashMap<>();

    public MentionIndex(List<Entity> entities, Tokens tokens) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) add(e, m, tokens);
        }
    }

    public void add(Entity e, Mention m, Tokens tokens) {
        int[] r = tokens.range(m.span());
        Hit hit = new Hit(e, m, r[0], r[1]);
        for (int i = r[0]; i < r[1]; i++) byToken.putIfAbsent(i, hit);
    }

    /** The mention covering token {@code i}, or null. */
    public Hit at(int i) { return byToken.get(i); }
}
