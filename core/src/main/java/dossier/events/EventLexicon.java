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

    /** TimeML's event classes, for verbs whose class is not an occurrence (TimeML 1.2.1 guidelines, section 2.3). */
    private static final Set<String> STATES = Set.of("be", "have", "own", "contain", "remain", "seem", "appear",
            "include", "mean", "deserve", "belong", "consist", "exist", "lack", "hold", "stand", "face");
    private static final Set<String> INTENSIONAL_STATES = Set.of("believe", "think", "suspect", "imagine", "doubt",
            "feel", "know", "want", "love", "like", "desire", "hope", "expect", "aspire", "plan", "intend", "aim",
            "seek", "fear", "hate", "worry", "need", "require", "wish", "anticipate", "predict", "forecast");
    private static final Set<String> INTENSIONAL_ACTIONS = Set.of("attempt", "try", "investigate", "delay",
            "postpone", "avoid", "ask", "order", "persuade", "request", "urge", "authorize", "authorise", "promise",
            "offer", "propose", "agree", "decide", "swear", "nominate", "appoint", "claim", "allege", "suggest",
            "refuse", "decline", "threaten", "demand");
    private static final Set<String> ASPECTUALS = Set.of("begin", "start", "initiate", "commence", "continue",
            "proceed", "resume", "stop", "end", "halt", "terminate", "cease", "discontinue", "interrupt", "quit",
            "finish", "complete", "conclude");

    /**
     * An event's TimeML class from its trigger's lemma: REPORTING (a speech verb), STATE, I_STATE ("expects"),
     * I_ACTION ("promised"), ASPECTUAL ("began") or OCCURRENCE, which event nouns always are.
     */
    static String timeMlClass(String lemma, boolean verb) {
        if (!verb) return "OCCURRENCE";
        String l = lemma.toLowerCase(Locale.ROOT);
        if (INTENSIONAL_STATES.contains(l)) return "I_STATE";
        if (INTENSIONAL_ACTIONS.contains(l)) return "I_ACTION";
        if (Lexicons.get().isSpeechVerb(l)) return "REPORTING";
        if (ASPECTUALS.contains(l)) return "ASPECTUAL";
        if (STATES.contains(l)) return "STATE";
        return "OCCURRENCE";
    }

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
