package dossier.nlp;

import dossier.model.Span;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenTest {
    private static Token token(String text) {
        return new Token(0, text, new Span(0, text.length()), "NN", text, "O", 0);
    }

    @Test
    void theLowerFormHasAsciiApostrophesWhateverTheTextTyped() {
        assertEquals("'ll", token("’ll").lower());
        assertEquals("n't", token("n’t").lower());
        assertEquals("mayor's", token("Mayor’s").lower());
        assertEquals("'s", token("'s").lower());
        assertEquals("’ll", token("’ll").text(), "the text stays the article's own");
    }
}
