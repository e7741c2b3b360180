package dossier.quotes;

import dossier.entities.MentionIndex;
import dossier.model.EntityType;
import dossier.model.Span;
import dossier.nlp.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The others a joint source names with its speaker: "Ana Reis and Tom Reyes said", "Reis, the mayor, and Reyes
 * argued", "the council and the guild warned". The source phrase is split at its top-level "and" and commas; each
 * part that opens with a name of the speaker's type (past titles: "Senator Tom Reyes") adds that name. A name after
 * a preposition ("Lawyers for Reis and Reyes", "Reis of the guild") is no co-speaker, nor is a phrase without "and"
 * ("Radio Braga host Ana Reis"), nor one that owns the head ("Velmont's mayor"), nor one in a relative clause ("the
 * guild, which includes the pilots and Reyes,").
 */
final class JointSpeakers {
    private static final Set<String> SPLITS = Set.of("and", ",", ";");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    private static final Set<String> OPENING = Set.of("(", "[");
    private static final Set<String> CLOSING = Set.of(")", "]");

    private JointSpeakers() {}

    /** The co-speakers of {@code speaker}, named in {@code source} alongside it; empty if the source is not joint. */
    static List<String> of(String speaker, Span source, Tokens tokens, MentionIndex index) {
        if (speaker == null || source == null) return List.of();
        int[] r = tokens.range(source);
        EntityType type = null;
        boolean joined = false;
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        int depth = 0;
        boolean relative = false;
        for (int i = r[0]; i < r[1]; i++) {
            String w = tokens.lower(i);
            MentionIndex.Hit hit = index.at(i);
            if (hit != null && hit.entity().id().equals(speaker)) type = hit.entity().type();
            if (OPENING.contains(w)) depth++;
            if (CLOSING.contains(w)) depth = Math.max(0, depth - 1);
            // "The guild, which includes the pilots and the dockers, said": what the clause lists is no source;
            // it ends at its comma.
            if (RELATIVES.contains(w) && hit == null) relative = true;
            if (relative && w.equals(",")) relative = false;
            if (depth == 0 && !relative && SPLITS.contains(w) && hit == null) {
                joined |= !w.equals(",") && !w.equals(";");
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(i);
            }
        }
        parts.add(part);
        if (!joined || type == null) return List.of();
        List<String> out = new ArrayList<>();
        for (List<Integer> p : parts) {
            String named = opensWithName(p, tokens, index, type);
            if (named != null && !named.equals(speaker) && !out.contains(named)) out.add(named);
        }
        return out;
    }

    /** The entity of {@code type} that the part names before any preposition or verb; null if none. */
    private static String opensWithName(List<Integer> part, Tokens tokens, MentionIndex index, EntityType type) {
        for (int i : part) {
            MentionIndex.Hit hit = index.at(i);
            if (hit != null) {
                // "Velmont's mayor": a name that owns the head is not the one who speaks.
                boolean owner = hit.endToken() < tokens.size() && tokens.get(hit.endToken()).pos().equals("POS");
                return hit.entity().type() == type && !owner ? hit.entity().id() : null;
            }
            String pos = tokens.get(i).pos();
            if (pos.equals("IN") || pos.equals("TO") || tokens.get(i).isVerb() || pos.startsWith("W")) return null;
        }
        return null;
    }
}
