package dossier.app.eval;

import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's quotes as PolNeAR annotates attributions: the quotes that share a cue are one attribution ("“A,” she
 * said. “B.”" has two content spans); quoted content keeps its quote marks; a reported clause keeps its "that";
 * quoted words inside a reported clause (mixed speech) are part of that clause's content, not an attribution of
 * their own. A quote whose reporting words were not found stays in the record but is no attribution: like
 * Citron's, every attribution scored has a cue or a source. PolNeAR gives each token to one attribution or none
 * (no nesting, unlike PARC 3.0), so a report whose cue lies inside another's content ("According to the Gazette,
 * Reis said ...") stays in the record but is not scored: the annotators keep the outer one.
 */
final class RecordAttributions {
    private RecordAttributions() {}

    static List<Attribution> of(Record r) {
        String text = r.article().text();
        Map<Object, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : r.quotes()) {
            // A quote whose reporting words were not found is kept in the record, but names no attribution.
            if (q.cue() == null && q.speakerMention() == null) continue;
            Object key = q.cue() == null ? q : q.cue().span();
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<Attribution> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            List<Span> contents = new ArrayList<>();
            for (Quote q : group) contents.add(polnearContent(text, q));
            contents.removeIf(c -> contents.stream().anyMatch(o -> o != c && o.contains(c) && !o.equals(c)));
            contents.sort(null);
            Quote first = group.get(0);
            List<Span> cue = first.cue() == null ? List.of() : List.of(first.cue().span());
            List<Span> sources = first.speakerMention() == null ? List.of() : List.of(first.speakerMention().span());
            out.add(new Attribution(cue, sources, contents));
        }
        out.removeIf(inner -> out.stream().anyMatch(outer -> outer != inner && cueInside(inner, outer)));
        return out;
    }

    private static boolean cueInside(Attribution inner, Attribution outer) {
        for (Span cue : inner.cue()) {
            for (Span content : outer.contents()) if (content.contains(cue)) return true;
        }
        return false;
    }

    private static Span polnearContent(String text, Quote q) {
        int start = q.span().start(), end = q.span().end();
        // A quote's own marks are on its line: the mark opening the next paragraph is not this quote's.
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') before--;
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after)) && text.charAt(after) != '\n') after++;
        if (before >= 0 && isMark(text.charAt(before))) start = before;
        if (before >= 1 && text.startsWith("''", before - 1)) start = before - 1;
        if (after < text.length() && isMark(text.charAt(after))) end = after + 1;
        if (text.startsWith("''", after)) end = after + 2;
        if (start == q.span().start() && text.regionMatches(true, Math.max(0, start - 5), "that ", 0, 5)) start -= 5;
        // "said that, “...”": the comma makes the whole quotation the reported clause, which keeps its "that".
        else if (start < q.span().start() && text.regionMatches(true, Math.max(0, start - 6), "that, ", 0, 6)) start -= 6;
        return new Span(start, end);
    }

    private static boolean isMark(char c) {
        return "\"“”«»„".indexOf(c) >= 0;
    }
}
