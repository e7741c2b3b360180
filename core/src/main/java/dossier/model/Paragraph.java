package dossier.model;

/** A block of the article text, as laid out by its source. */
public record Paragraph(Span span, Kind kind) {
    public enum Kind { HEADLINE, SUBHEADLINE, BODY, BOILERPLATE }
}
