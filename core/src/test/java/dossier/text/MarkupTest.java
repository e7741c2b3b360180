package dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MarkupTest {
    @Test
    void tagsWithTheirAttributesBecomeSpacesOfTheSameLength() {
        String text = "<post by=\"Ana \u201cNan\u201d Reis\" at='noon' id=7>Reis said so.<br/> Then </post>.";
        String blanked = Markup.blanked(text);
        assertEquals(text.length(), blanked.length(), "one character for one: every offset holds");
        assertEquals("Reis said so." + " ".repeat(6) + "Then" + " ".repeat(8) + ".", blanked.strip());
        assertEquals(blanked.indexOf("Reis said"), text.indexOf("Reis said"));
    }

    @Test
    void angleBracketsThatOpenNoTagStay() {
        for (String text : new String[] {"fares < 5 euros", "we <3 ferries", "a<b and c>d", "<<quoted>>", "<", "<a",
                "<post by=\"unclosed>", "no brackets at all"}) {
            assertEquals(text, Markup.blanked(text), text);
        }
        String plain = "No tag here.";
        assertSame(plain, Markup.blanked(plain));
    }

    @Test
    void aHugeRunOfNearTagsIsReadInLinearTime() {
        // Hostile input: many unclosed tag openings must not make the pattern backtrack for long.
        String text = "<x a=1 b ".repeat(20_000);
        assertEquals(text, Markup.blanked(text));
    }
}
