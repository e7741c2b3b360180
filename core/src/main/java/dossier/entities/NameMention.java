package dossier.entities;

import dossier.model.EntityType;
import dossier.model.Span;

import java.util.List;

/** A name found in the text before resolution: its span, its words and the type the evidence suggests. */
record NameMention(Span span, String text, EntityType type, List<String> words, boolean tagged) {
    String first() { return words.get(0); }

    String last() { return words.get(words.size() - 1); }

    boolean single() { return words.size() == 1; }
}
