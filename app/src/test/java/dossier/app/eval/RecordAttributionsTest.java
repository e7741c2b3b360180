package dossier.app.eval;

import dossier.Dossier;
import dossier.model.Article;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Record;
import dossier.model.Span;
import dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A record's quotes as PolNeAR attributions, on a record built by hand. */
class RecordAttributionsTest {
    static final String TEXT = "Dam opens\n\n\u201cIt holds,\u201d Ruiz said. \u201cWe tested it.\u201d She said that the lake was full. "
            + "\u201cNobody knows who wrote this.\u201d";

    @Test
    void quotesSharingACueAreOneAttributionAndAQuoteWithNoCueIsNone() {
        Article a = Dossier.readText("dam.txt", TEXT, LocalDate.of(2024, 5, 8));
        TextSpan said = at("said"), ruiz = at("Ruiz"), she = at("She");
        int second = TEXT.indexOf("said that");
        TextSpan secondSaid = TextSpan.of(TEXT, new Span(second, second + 4));
        Record r = new Record(a, List.of(), List.of(
                quote("It holds,", QuoteType.DIRECT, ruiz, said),
                quote("We tested it.", QuoteType.DIRECT, ruiz, said),
                quote("the lake was full", QuoteType.INDIRECT, she, secondSaid),
                quote("Nobody knows who wrote this.", QuoteType.DIRECT, null, null)), List.of(), List.of(), List.of());
        List<Attribution> got = RecordAttributions.of(r);
        assertEquals(2, got.size(), "the unattributed quote names no attribution");
        Attribution first = got.get(0);
        assertEquals(List.of(span("\u201cIt holds,\u201d"), span("\u201cWe tested it.\u201d")), first.contents(),
                "two parts of one report, each with its own quote marks");
        assertEquals(List.of(ruiz.span()), first.sources());
        assertEquals(List.of(span("that the lake was full")), got.get(1).contents(), "a reported clause keeps its 'that'");
    }

    @Test
    void aQuotationSetOffAfterThatAndACommaKeepsTheThat() {
        String text = "Dam\n\nRuiz said that, \u201cThe lake is full.\u201d";
        Article a = Dossier.readText("dam.txt", text, LocalDate.of(2024, 5, 8));
        int q = text.indexOf("The lake"), said = text.indexOf("said");
        Quote full = new Quote("", new Span(q, q + "The lake is full.".length()), "The lake is full.", QuoteType.DIRECT,
                null, List.of(), TextSpan.of(text, new Span(said - 5, said - 1)), TextSpan.of(text, new Span(said, said + 4)));
        Record r = new Record(a, List.of(), List.of(full), List.of(), List.of(), List.of());
        Span content = RecordAttributions.of(r).get(0).contents().get(0);
        assertEquals("that, \u201cThe lake is full.\u201d", content.of(text));
    }

    @Test
    void aReportInsideAnothersContentIsNotScoredSinceEachTokenHasOneAttribution() {
        String text = "Dam\n\nAccording to the Gazette, Ruiz said the dam held. Lopes said it leaked.";
        Article a = Dossier.readText("dam.txt", text, LocalDate.of(2024, 5, 8));
        Quote outer = indirect(text, "Ruiz said the dam held", "the Gazette", "According to", 0);
        Quote inner = indirect(text, "the dam held", "Ruiz", "said", text.indexOf("Ruiz"));
        Quote other = indirect(text, "it leaked", "Lopes", "said", text.indexOf("Lopes"));
        Record r = new Record(a, List.of(), List.of(outer, inner, other), List.of(), List.of(), List.of());
        List<Attribution> got = RecordAttributions.of(r);
        assertEquals(2, got.size(), "Ruiz's report is inside the Gazette's");
        assertEquals("the Gazette", got.get(0).sources().get(0).of(text));
        assertEquals("Lopes", got.get(1).sources().get(0).of(text), "a report beside another is scored");
        assertEquals(3, r.quotes().size(), "the record keeps all three");
    }

    /** An indirect quote; its cue is the first {@code cue} from offset {@code from}. */
    private static Quote indirect(String text, String content, String source, String cue, int from) {
        int c = text.indexOf(content), s = text.indexOf(source), k = text.indexOf(cue, from);
        return new Quote("", new Span(c, c + content.length()), content, QuoteType.INDIRECT, null, List.of(),
                TextSpan.of(text, new Span(s, s + source.length())), TextSpan.of(text, new Span(k, k + cue.length())));
    }

    private static Quote quote(String text, QuoteType type, TextSpan speaker, TextSpan cue) {
        return new Quote("", span(text), text, type, null, List.of(), speaker, cue);
    }

    private static Span span(String s) {
        int at = TEXT.indexOf(s);
        return new Span(at, at + s.length());
    }

    private static TextSpan at(String s) {
        return TextSpan.of(TEXT, span(s));
    }
}
