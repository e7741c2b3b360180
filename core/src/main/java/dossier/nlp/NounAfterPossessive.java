package dossier.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * After a possessive the tagger may read a noun as a verb ("the coast guard's earlier claim/VBP that", "the mayor's
 * plans/VBZ"); a possessive owns a noun, so a present or base form right after it, or after it and an adjective or
 * two, is a noun: plural for the -s form.
 */
final class NounAfterPossessive {
    private NounAfterPossessive() {}

    static List<Token> repaired(List<Token> sentence) {
        List<Token> out = null;
        for (int k = 1; k < sentence.size(); k++) {
            Token t = sentence.get(k);
            String pos = t.pos();
            if (!pos.equals("VB") && !pos.equals("VBP") && !pos.equals("VBZ")) continue;
            int owner = k - 1;
            while (owner > 0 && owner > k - 3 && isAdjective(sentence.get(owner).pos())) owner--;
            String before = sentence.get(owner).pos();
            if (!before.equals("POS") && !before.equals("PRP$")) continue;
            if (out == null) out = new ArrayList<>(sentence);
            out.set(k, new Token(t.index(), t.text(), t.span(), pos.equals("VBZ") ? "NNS" : "NN", t.lemma(), t.ner(),
                    t.sentence()));
        }
        return out == null ? sentence : out;
    }

    /** "earlier" comes tagged as a comparative adverb as often as an adjective. */
    private static boolean isAdjective(String pos) {
        return pos.startsWith("JJ") || pos.equals("RBR");
    }
}
