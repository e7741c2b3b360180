package dossier.model;

/**
 * A time expression with its TIMEX3 value, or a null value when it cannot be resolved. {@code anchor} is the id
 * of the time expression a relative expression was counted from ("nine days later" from "February 15"), or null
 * when it was counted from the publication date or needs no anchor.
 */
public record TimeExpression(String id, Span span, String text, TimeType type, String value, String anchor) {}
