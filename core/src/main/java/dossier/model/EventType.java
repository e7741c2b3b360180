package dossier.model;

/** What kind of event; OTHER keeps every other eventive predicate so that timelines are complete. */
public enum EventType {
    ARREST, CHARGE, TRIAL, CONVICTION, SENTENCE, RELEASE, EXCHANGE, MEETING, CALL, ATTACK, SANCTION, AGREEMENT, OTHER
}
