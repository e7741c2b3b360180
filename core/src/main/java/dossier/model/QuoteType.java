package dossier.model;

/** A direct quote is a whole quoted utterance; a partial quote is quoted words inside a reporting clause. */
public enum QuoteType {
    DIRECT, PARTIAL, INDIRECT;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
