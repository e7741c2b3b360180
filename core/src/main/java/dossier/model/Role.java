package dossier.model;

/**
 * A title or function held by a person as the article states it ("spokeswoman", organization "Russian Foreign
 * Ministry"). {@code organization} is the id of an entity, or null; {@code span} covers the whole role phrase.
 */
public record Role(String title, String organization, Span span, String text) {}
