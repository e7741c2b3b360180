package dossier.events;

import dossier.model.EventType;

import dossier.internal.Lexicons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which words are events and of what type. Verbs take their type from the CAMEO verb dictionary (PETRARCH2, MIT)
 * by code: 04 consult (041 by telephone: CALL), 057 sign an agreement, 0841 release, 163 sanctions, 173 arrest,
 * 18-20 force; dossier's own {@code event-words.tsv} covers the legal process, which CAMEO does not separate, and
 * event nouns. Every other verb, and nouns from {@code event-nouns.txt} or with a nominal suffix, are OTHER.
 */
final class EventLexicon {
    private static volatile EventLexicon shared;

    private final Map<String, EventType> verbs = new HashMap<>();
    private final Map<String, EventType> nouns = new HashMap<>();
    private final Set<String> otherNouns = new HashSet<>();
    /** Verbs typed by dossier's own list, which wins over CAMEO and over the light-verb rule. */
    private final Set<String> own = new HashSet<>();

    private EventLexicon() {
        for (String line : lines("dossier/cameo-verbs.tsv", false)) {
            String[] f = line.split("\t");
            if (f.length == 2) verbs.putIfAbsent(f[0], fromCameo(f[1]));
        }
        for (String line : lines("dossier/event-words.tsv", true)) {
            String[] f = line.split("\t");
            if (f.length != 3) continue;
            EventType t = EventType.valueOf(f[2]);
            if (f[1].equals("v")) {
                verbs.put(f[0], t);
                own.add(f[0]);
            } else {
                nouns.put(f[0], t);
            }
        }
        otherNouns.addAll(lines("dossier/event-nouns.txt", true));
    }

    static EventLexicon get() {
        EventLexicon l = shared;
        if (l == null) {
            synchronized (EventLexicon.class) {
                l = shared;
                if (l == null) shared = l = new EventLexicon();
            }
        }
        return l;
    }

    static EventType fromCameo(String code) {
        if (code.startsWith("041")) return EventType.CALL;
        if (code.startsWith("04")) return EventType.MEETING;
        if (code.startsWith("057")) return EventType.AGREEMENT;
        if (code.startsWith("0841")) return EventType.RELEASE;
        if (code.startsWith("163")) return EventType.SANCTION;
        if (code.startsWith("173")) return EventType.ARREST;
        if (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) return EventType.ATTACK;
        return EventType.OTHER;
    }

    /** Verbs too general for a CAMEO code to type them: "come back", "hold", "take place". */
    static final Set<String> LIGHT_VERBS = Set.of("come", "go", "get", "make", "take", "give", "put", "set", "keep",
            "see", "look", "bring", "turn", "run", "let", "move", "hold", "carry", "lead", "conduct", "have", "reach",
            "strike", "launch", "stage", "mount", "begin", "start", "end", "conclude");
    /** States rather than happenings: events for a corpus, but no step in a story. */
    static final Set<String> STATIVE = Set.of("know", "be", "have", "seem", "appear", "want", "think", "believe",
            "hope", "need", "like", "remain", "mean", "include", "own", "contain", "deserve", "wish", "feel", "face");

    /** The type of a verb by lemma; every verb is an event of some type. */
    EventType verb(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        EventType t = verbs.getOrDefault(l, EventType.OTHER);
        return (LIGHT_VERBS.contains(l) || STATIVE.contains(l)) && !own.contains(l) ? EventType.OTHER : t;
    }

    /** The type of a noun by lemma, or null when the noun does not name an event. */
    EventType noun(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        EventType t = nouns.get(l);
        if (t != null) return t;
        if (otherNouns.contains(l)) return EventType.OTHER;
        if (l.length() > 6 && (l.endsWith("tion") || l.endsWith("sion") || l.endsWith("ment")
                || l.endsWith("ance") || l.endsWith("ence"))) return EventType.OTHER;
        return null;
    }

    private static java.util.List<String> lines(String resource, boolean required) {
        return Lexicons.resourceLines(resource, required);
    }
}
