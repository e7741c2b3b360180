package dossier.nlp;

import dossier.model.Span;

import java.util.Locale;

/**
 * A token in dossier's own terms, so that no stage but {@code nlp} depends on the NLP backend. {@code ner} is
 * PERSON, ORGANIZATION, LOCATION, MISC or "O".
 */
public record Token(int index, String text, Span span, String pos, String lemma, String ner, int sentence) {
    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public boolean isVerb() { return pos.startsWith("VB"); }

    /** A verb with a tense of its own (past, or present of either person form). */
    public boolean isFinite() { return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"); }

    /** A finite verb or a modal: where a clause has its verb. */
    public boolean isFiniteOrModal() { return isFinite() || pos.equals("MD"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    /**
     * The token's text in lower case with typographic apostrophes made ASCII ("’ll" is "'ll", "Mayor’s" is
     * "mayor's"): the form word lists are written in, so one list serves text typed either way.
     */
    public String lower() { return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT); }

    public boolean isCapitalized() { return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)); }

    public boolean isPunctuation() {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }
}
