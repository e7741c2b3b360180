package dossier.model;

/**
 * Reported speech. {@code span} covers the quoted content without its quote marks; {@code speaker} is an entity
 * id or null when the source is not an entity ("sources said"); {@code speakerMention} is where the text names
 * the source for this quote (possibly a pronoun), {@code cue} the reporting verb or phrase.
 */
public record Quote(String id, Span span, String text, QuoteType type, String speaker,
                    TextSpan speakerMention, TextSpan cue) {}
