package dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * After "according to", "due to", "thanks to" the tagger, seeing "to", may read a noun as a verb ("according to
 * show/VB insiders"); those phrases are prepositions and take a noun phrase, so a base form right after them, with
 * a noun after it, is a noun.
 */
final class NounAfterPreposition {
    private NounAfterPreposition() {}

    /** Words that make "to" after them a preposition. */
    private static final Set<String> PREPOSITIONAL = Set.of("according", "due", "owing", "thanks", "prior");

    static List<Token> repaired(List<Token> sentence) {
        List<Token> out = null;
        for (int k = 2; k + 1 < sentence.size(); k++) {
            Token t = sentence.get(k);
            boolean after = sentence.get(k - 1).lower().equals("to")
                    && PREPOSITIONAL.contains(sentence.get(k - 2).lower());
            if (!after || !t.pos().equals("VB") || !sentence.get(k + 1).isNoun()) continue;
            if (out == null) out = new ArrayList<>(sentence);
            out.set(k, new Token(t.index(), t.text(), t.span(), "NN", t.lemma(), t.ner(), t.sentence()));
        }
        return out == null ? sentence : out;
    }
}
