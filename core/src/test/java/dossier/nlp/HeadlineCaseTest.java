package dossier.nlp;

import dossier.model.Paragraph;
import dossier.text.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineCaseTest {
    /** Each paragraph of {@code text} as HeadlineCase hands it to the tagger. */
    private static List<String> recased(String text) {
        List<Paragraph> paragraphs = PlainTextReader.read("t", "t", text, null).paragraphs();
        HeadlineCase c = HeadlineCase.of(text, paragraphs);
        return paragraphs.stream().map(p -> c.apply(text, p.span().start(), p.span().end())).toList();
    }

    @Test
    void aTitleCaseHeadlineTakesTheCaseOfTheStory() {
        List<String> out = recased("""
                Ardent Pilots Vote To Strike Over Pay, Union Says

                Ardent pilots will vote to strike over pay, the union says. Talks with Ardent resume on Friday.
                """);
        assertEquals("Ardent pilots vote to strike over pay, union says", out.get(0));
        assertEquals("Ardent pilots will vote to strike over pay, the union says. Talks with Ardent resume on Friday.",
                out.get(1), "running text is left as it is");
    }

    @Test
    void wordsTheStoryDoesNotSettleKeepTheirCase() {
        List<String> out = recased("""
                Harbour Board Backs Nordair Plan

                Harbour fees will rise. The board met Nordair on Monday.
                """);
        // "Harbour" only opens a sentence, "Backs" and "Plan" never occur: no evidence, no change; and "Board"
        // before the unsettled "Backs" keeps its capital, so that the pair reads as title case.
        assertEquals("Harbour Board Backs Nordair Plan", out.get(0));
    }

    @Test
    void aWordBeforeOneLeftCapitalisedKeepsItsCase() {
        List<String> out = recased("""
                Pilots Vow To Strike Over Fares

                The pilots met on Monday to talk over the fares.
                """);
        // "to" before the unsettled "Strike" would read as a preposition before a name ("to/IN Strike").
        assertEquals("Pilots Vow To Strike over fares", out.get(0));
    }

    @Test
    void capitalsTakeTheStorysSpellingToo() {
        List<String> out = recased("""
                NORDAIR CUTS FLIGHTS TO OSLO

                The airline Nordair cuts three flights to Oslo from May.
                """);
        assertEquals("NORDAIR cuts flights to Oslo", out.get(0));
    }

    @Test
    void aThreeWordHeadlineIsTitleCaseToo() {
        List<String> out = recased("""
                Harbour Pilots Strike

                The pilots began a strike on Monday.
                """);
        assertEquals("Harbour pilots strike", out.get(0));
    }

    @Test
    void sentenceCaseHeadlinesAreNotTitleCase() {
        String text = "Nordair cuts flights to Oslo after a strike";
        assertFalse(HeadlineCase.isTitleCase(text, 0, text.length()));
        String title = "Nordair Cuts Flights to Oslo After a Strike";
        assertTrue(HeadlineCase.isTitleCase(title, 0, title.length()), "a few small words stay lower-case in title case");
    }

    @Test
    void randomTextKeepsItsLength() {
        // Offsets into the article must hold for whatever the recasing does, in any script.
        String alphabet = "aAbBİıßẞǅΣσς日本 \n\n.:,“”‘’'\"-";
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            List<Paragraph> paragraphs = PlainTextReader.read("t", "t", text, null).paragraphs();
            HeadlineCase c = HeadlineCase.of(text, paragraphs);
            for (Paragraph p : paragraphs) {
                String out = c.apply(text, p.span().start(), p.span().end());
                assertEquals(p.span().length(), out.length(), () -> "length changed for " + text);
            }
        }
    }
}
