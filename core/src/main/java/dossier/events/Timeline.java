package dossier.events;

import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Record;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's dated events in calendar order. Events of a known type are all listed; generic ones only when they
 * have someone taking part, so that a timeline reads as a story rather than as every verb of a dated sentence.
 */
public final class Timeline {
    private Timeline() {}

    public static List<Event> of(Record r) {
        List<Event> out = new ArrayList<>();
        for (Event e : r.events()) {
            if (start(e.time()) == null) continue;
            if (e.type() == EventType.OTHER && (e.participants().isEmpty() || !storyVerb(e))) continue;
            out.add(e);
        }
        out.sort(Comparator.comparing((Event e) -> start(e.time())).thenComparing(e -> e.trigger().start()));
        return out;
    }

    /**
     * Whether an event with no time of its own is dated by the report that states it: something the text asserts as
     * having happened or happening (a past or present tense verb, or an event noun), as news reports what is recent.
     * A plan, a possibility, an infinitive or a participle without a tense ("to sign", "could sign") is not; a
     * participle clause is reported with its main clause ("Speaking to reporters, she said", {@code clauseTense}).
     */
    public static boolean datedByReport(Event e) {
        if (e.time() != null || e.modality() != Event.Modality.ASSERTED) return false;
        String tense = e.attributes().getOrDefault("tense", "NONE");
        if (tense.equals("NONE")) tense = e.attributes().getOrDefault("clauseTense", "NONE");
        return tense.equals("PAST") || tense.equals("PRESENT") || "NOUN".equals(e.attributes().get("pos"));
    }

    /**
     * States and plain statements are not steps of the story: roles and quotes carry them. A report with a story
     * of its own stays ("X warned Russia on February 15").
     */
    private static boolean storyVerb(Event e) {
        return !isState(e) && !SAYING.contains(e.trigger().text().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "say", "told", "tells",
            "added", "noted", "stressed", "pointed", "indicated", "confirmed", "announced", "quoted", "saying");

    /** A state or an attitude ("owns", "remains", "expects", "wants"), TimeML's STATE and I_STATE: nothing happens. */
    public static boolean isState(Event e) {
        String c = e.attributes().get("class");
        return "STATE".equals(c) || "I_STATE".equals(c);
    }

    /** The first day a TIMEX3 calendar value covers ("2022-W29" is Monday 18 July), or null for other values. */
    public static LocalDate start(String value) {
        if (value == null) return null;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return LocalDate.parse(value.substring(0, 10));
            if (value.matches("\\d{4}-\\d{2}")) return LocalDate.parse(value + "-01");
            if (value.matches("\\d{4}-W\\d{2}.*")) {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
                        .with(java.time.DayOfWeek.MONDAY);
            }
            if (value.matches("\\d{4}-Q[1-4]")) {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 3 * (value.charAt(6) - '1') + 1, 1);
            }
            if (value.matches("\\d{4}(-\\w+)?")) return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
