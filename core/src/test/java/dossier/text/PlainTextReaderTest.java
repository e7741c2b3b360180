package dossier.text;

import dossier.model.Article;
import dossier.model.Paragraph;
import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextReaderTest {
    private static List<Paragraph.Kind> kinds(Article a) {
        return a.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void aNulCharacterIsReplacedOneForOne() {
        String text = "Port reopens\n\nShips entered the harbour\u0000 on Monday after the storm passed.\n";
        Article a = dossier.Dossier.readText("src", text, null);
        assertEquals(text.length(), a.text().length(), "offsets hold");
        assertEquals(-1, a.text().indexOf('\u0000'));
        assertEquals(text.replace('\u0000', '\uFFFD'), a.text());
    }

    @Test
    void headlineSubheadlinesCaptionBodyAndFooter() {
        String text = "Flood waters rise in the delta\n\nThousands leave their homes\n\nfile photo\n\n"
                + "Rescue teams worked through the night on Sunday as the river broke its banks in three places, "
                + "officials said, and more rain is expected over the coming week across the region.\n\n"
                + "Subscribe to our newsletter for daily updates\n";
        Article a = PlainTextReader.read("id", "src", text, null);
        assertEquals(List.of(Paragraph.Kind.HEADLINE, Paragraph.Kind.SUBHEADLINE, Paragraph.Kind.BOILERPLATE,
                Paragraph.Kind.BODY, Paragraph.Kind.BOILERPLATE), kinds(a));
        assertEquals("Flood waters rise in the delta", a.title());
        assertEquals("file photo", a.boilerplate().get(0).of(text));
        assertTrue(a.boilerplate().get(1).of(text).startsWith("Subscribe"));
        assertEquals(text, a.text(), "nothing is cut out of the text");
    }

    @Test
    void strayPunctuationAfterASentenceIsFlaggedInPlace() {
        String text = "A long first paragraph that reports what happened at the port this morning in detail. .\n\n"
                + "Another paragraph follows here with more words than a headline would ever have in it at all.";
        Article a = PlainTextReader.read("id", "src", text, null);
        Span stray = a.boilerplate().get(0);
        assertEquals(".", stray.of(text));
        assertEquals(text.indexOf(". .") + 2, stray.start());
    }

    @Test
    void linesAreParagraphsWhenThereAreNoBlankLines() {
        String text = "Short title here\nThe first body line is long enough to be the start of the story itself, surely.\nSecond line.";
        Article a = PlainTextReader.read("id", "src", text, null);
        assertEquals(3, a.paragraphs().size());
        assertEquals(Paragraph.Kind.HEADLINE, a.paragraphs().get(0).kind());
        assertEquals("Second line.", a.paragraphs().get(2).span().of(text));
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithCarriageReturnsAndIndentation() {
        String text = "  Title line\r\n\r\n   Body paragraph with some words in it that goes on for a while longer than a title.\r\n";
        Article a = PlainTextReader.read("id", "src", text, null);
        for (Paragraph p : a.paragraphs()) {
            String s = p.span().of(text);
            assertEquals(s.strip(), s, "paragraph spans are trimmed");
        }
        assertEquals("Title line", a.title());
    }

    @Test
    void emptyAndBlankTextsGiveNoParagraphs() {
        assertTrue(PlainTextReader.read("id", "src", "", null).paragraphs().isEmpty());
        Article blank = PlainTextReader.read("id", "src", " \n\n \t\n", null);
        assertTrue(blank.paragraphs().isEmpty());
        assertNull(blank.title());
    }

    @Test
    void aSingleShortLineIsBodyNotHeadline() {
        Article a = PlainTextReader.read("id", "src", "The minister resigned.", null);
        assertEquals(List.of(Paragraph.Kind.BODY), kinds(a));
    }
}
