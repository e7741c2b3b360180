package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * Something that happened (or is planned, denied, or only possible), with its trigger word, its people and
 * organisations in their roles, a place and a time. {@code time} is a TIMEX3 value taken from the text (the id of
 * the expression is {@code timeId}) or null: never the publication date by default. {@code sentence} is the span of
 * the sentence that states it.
 */
public record Event(String id, EventType type, TextSpan trigger, Modality modality, String time, String timeId,
                    String place, List<Participant> participants, Map<String, String> attributes, Span sentence) {
    public Event {
        participants = List.copyOf(participants);
        // In key order, so that a record reads and writes the same JSON in every run (Map.copyOf's order is not).
        attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
    }

    /** An entity taking part in an event, and how. */
    public record Participant(String role, String entity, TextSpan mention) {}

    /** Whether the text asserts the event. */
    public enum Modality { ASSERTED, NEGATED, HYPOTHETICAL, PLANNED }
}
