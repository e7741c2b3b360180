package dossier.model;

/** A span together with the characters it covers, as printed in the record. */
public record TextSpan(int start, int end, String text) {
    public static TextSpan of(String articleText, Span span) {
        return new TextSpan(span.start(), span.end(), span.of(articleText));
    }

    public Span span() { return new Span(start, end); }
}
