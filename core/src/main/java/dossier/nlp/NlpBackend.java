package dossier.nlp;

/** Tokenizes, splits, tags and recognizes names in one paragraph; offsets are shifted by {@code offset}. */
public interface NlpBackend {
    /** Annotates {@code text} (one paragraph) and returns its sentences as token lists. */
    java.util.List<java.util.List<Token>> annotate(String text, int offset);
}
