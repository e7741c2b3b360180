package dossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech. {@code span} covers the quoted content without its quote marks; {@code speaker} is an entity
 * id or null when the source is not an entity ("sources said"); {@code coSpeakers} are the others a joint source
 * names with it ("Reis and Reyes said": one of them is the speaker, the other a co-speaker), empty for most
 * quotes; {@code speakerMention} is where the text names the source for this quote (possibly a pronoun),
 * {@code cue} the reporting verb or phrase.
 */
public record Quote(String id, Span span, String text, QuoteType type, String speaker, List<String> coSpeakers,
                    TextSpan speakerMention, TextSpan cue) {
    public Quote {
        coSpeakers = coSpeakers == null ? List.of() : List.copyOf(coSpeakers);
    }

    /** The speaker and the co-speakers: everyone the source names. */
    public List<String> speakers() {
        List<String> all = new ArrayList<>();
        if (speaker != null) all.add(speaker);
        all.addAll(coSpeakers);
        return all;
    }

    /** Whether the entity said this, alone or with others. */
    public boolean spokenBy(String entity) {
        return entity != null && (entity.equals(speaker) || coSpeakers.contains(entity));
    }
}
