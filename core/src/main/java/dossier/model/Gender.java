package dossier.model;

public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code pronoun} may refer to something of this gender. */
    public boolean compatibleWith(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
