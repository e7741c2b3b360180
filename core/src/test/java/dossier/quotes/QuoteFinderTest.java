package dossier.quotes;

import dossier.model.Article;
import dossier.text.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {
    private static final String LEAD = "Body text that is long enough to count as the first body paragraph of a story.\n\n";

    private static List<String> quotes(String body) {
        String text = LEAD + body;
        Article a = PlainTextReader.read("id", "src", text, null);
        return QuoteFinder.find(text, a.paragraphs()).quotes().stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void everyMarkStyle() {
        assertEquals(List.of("one two", "three four", "five six", "seven eight"),
                quotes("He said \"one two\" and “three four” and «five six» and „seven eight“ too."));
    }

    @Test
    void singleMarksQuoteWhereNoDoubleMarksAreAndApostrophesStayApostrophes() {
        assertEquals(List.of("a costly mistake", "We are not going back,", "Be ready"),
                quotes("Marsh calls ferry plan ‘a costly mistake’.\n\n‘We are not going back,’ said Ana Ostrova.\n\n"
                        + "Reyes: 'Be ready' for the vote."));
        assertEquals(List.of("the dockers’ union will decide,"),
                quotes("‘the dockers’ union will decide,’ she said."), "a possessive inside closes nothing");
        assertEquals(List.of(), quotes("Velmont’s pier and the dockers’ union, rock 'n' roll in the ’90s, Ana's 'yes"));
        assertEquals(List.of("she said ‘never’ twice"), quotes("“she said ‘never’ twice” he wrote."),
                "inside double marks single ones are a quotation in the quotation");
    }

    @Test
    void mismatchedStylesPair() {
        assertEquals(List.of("opened straight, closed curly"), quotes("She said \"opened straight, closed curly” today."));
    }

    @Test
    void aRightMarkBeforeAWordOpens() {
        assertEquals(List.of("Closed. We are not coming back.", "both ways"),
                quotes("”Closed. We are not coming back.” ― A reader\n\nSwedish marks go ”both ways” there."));
        assertEquals(List.of("closed"), quotes("She said “closed” and left."));
    }

    @Test
    void runsOnAcrossAParagraphBreakToItsClosingMark() {
        List<String> q = quotes("The mayor said the plan \"will go ahead.\n\nThere is no other way” for the city.");
        assertEquals(1, q.size());
        assertEquals("will go ahead.\n\nThere is no other way", q.get(0));
    }

    @Test
    void newsConventionReopensEachContinuedParagraph() {
        List<String> q = quotes("“We will rebuild the bridge.\n\n“It will take two years,” the engineer said.");
        assertEquals(1, q.size());
        assertTrue(q.get(0).startsWith("We will rebuild") && q.get(0).endsWith("two years,"));
    }

    @Test
    void aParagraphOpeningWithAnotherStyleOfMarkStartsAQuotationOfItsOwn() {
        List<String> q = quotes("\"The ferry was late again.\n\n“We waited an hour,” a rider said.");
        assertEquals(List.of("We waited an hour,"), q, "a straight mark left open is not reopened by a curly one");
    }

    @Test
    void anUnclosedMarkIsReportedAndDropped() {
        String text = LEAD + "He said \"this never closes.\n\nA new paragraph with \"a real quote\" here.";
        Article a = PlainTextReader.read("id", "src", text, null);
        QuoteFinder.Result r = QuoteFinder.find(text, a.paragraphs());
        assertEquals(List.of("a real quote"), r.quotes().stream().map(x -> x.content().of(text)).toList());
        assertFalse(r.problems().isEmpty());
    }

    @Test
    void inchesAndApostrophesAreNotQuotes() {
        assertTrue(quotes("The screen is 12\" wide and it's the team's best.").isEmpty());
    }

    @Test
    void aNicknameBetweenNamesIsNoQuotation() {
        assertEquals(List.of("Go,"), quotes("“Go,” Ana \"Nan\" Reis and Tom ‘Big Red’ Reyes said."));
        assertEquals(List.of("Madness", "Blue"), quotes("Reis called it \"Madness\" on Monday. The \"Blue\" Ferry sank."),
                "after a lower-case word or an article");
        assertEquals(List.of("A Fraud"), quotes("Reis Calls Dahl ‘A Fraud’ Over Fares"), "inside a title-case headline");
    }

    @Test
    void aClosingMarkStartingALineOpens() {
        assertEquals(List.of("… the pier is safe,"), quotes("” … the pier is safe,” Dahl said."));
        assertEquals(List.of("the pier is safe,"), quotes("Dahl:\n” the pier is safe,” she said."));
    }
}
