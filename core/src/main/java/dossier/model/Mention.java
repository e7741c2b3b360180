package dossier.model;

/** One place in the text that refers to an entity. */
public record Mention(Span span, String text, EntityType type, Kind kind) {
    /** How the mention refers: by name, by a title ("the US secretary"), or by a pronoun. */
    public enum Kind { NAME, TITLE, PRONOUN }

    public int start() { return span.start(); }

    public int end() { return span.end(); }
}
