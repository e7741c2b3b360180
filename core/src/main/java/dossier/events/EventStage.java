package dossier.events;

import dossier.entities.EntityStage;
import dossier.entities.MentionIndex;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.TextSpan;
import dossier.model.TimeExpression;
import dossier.model.TimeType;
import dossier.nlp.NlpStage;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;
import dossier.quotes.QuoteStage;
import dossier.roles.RoleStage;
import dossier.roles.Roles;
import dossier.time.TimeStage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events: every eventive verb and event noun, typed ({@link EventLexicon}), with participants in their roles
 * ({@link Participants}), a place, a time from the same sentence, attributes (TimeML's part of speech, class, tense
 * and aspect; a sentence's length, a charge, an amount) and whether the text asserts, denies, plans or only supposes
 * it. A time bounded by "since" or "until" is not the event's time (a perfect verb's "since" is its start), and the
 * publication date never stands in for a missing one.
 */
public final class EventStage implements Stage {
    public static final Key<List<Event>> EVENTS = Key.of("events", List::of);

    static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "go");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "can", "should", "would", "must");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    private static final Set<String> SUPPOSING_MODIFIERS = Set.of("possible", "potential", "proposed", "alleged",
            "hypothetical", "prospective", "likely", "eventual");
    private static final Set<String> PLANNING_MODIFIERS = Set.of("planned", "upcoming", "scheduled", "future", "next");
    /** Nouns about an event not (yet) happening: "talks on a prisoner exchange", "an offer of release". */
    private static final Set<String> PROSPECT_NOUNS = Set.of("talk", "talks", "negotiation", "offer", "proposal", "plan",
            "deal", "request", "demand", "call", "hope", "possibility", "prospect", "threat", "discussion");
    private static final Set<String> TIME_BOUNDS = Set.of("since", "until", "till", "before", "after", "by");
    static final Set<String> CLAUSE_BREAKS = Set.of(";", "that", "which", "who", "whom", "when", "while",
            "because", "but", "although", "whereas", "where");
    static final Set<String> LEGAL = Set.of("ARREST", "CHARGE", "TRIAL", "CONVICTION", "SENTENCE", "RELEASE");

    private final EventLexicon lexicon = EventLexicon.get();

    @Override public String name() { return "events"; }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(NlpStage.TOKENS, EntityStage.ENTITIES, RoleStage.ROLES, TimeStage.TIMES, QuoteStage.QUOTES);
    }

    @Override public Set<Key<?>> provides() { return Set.of(EVENTS); }

    @Override
    public void process(Analysis analysis) {
        Tokens tokens = analysis.get(NlpStage.TOKENS);
        List<Entity> entities = analysis.get(EntityStage.ENTITIES);
        Roles roles = analysis.get(RoleStage.ROLES);
        MentionIndex index = new MentionIndex(entities, tokens);
        for (Roles.TitleMention t : roles.titleMentions()) {
            for (Entity e : entities) if (e.id().equals(t.entity())) index.add(e, t.mention(), tokens);
        }
        EventContext c = new EventContext(analysis.text(), tokens, index, entities, roles, analysis.get(TimeStage.TIMES),
                analysis.get(QuoteStage.QUOTES));
        List<Event> out = new ArrayList<>();
        Map<Integer, Integer> eventAt = new HashMap<>();
        for (Sentence s : tokens.sentences()) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                EventType type = trigger(c, k);
                if (type == null) continue;
                eventAt.put(k, out.size());
                out.add(event("V" + (out.size() + 1), type, k, s, c));
            }
        }
        eventAt.forEach((k, event) -> {
            Integer main = eventAt.get(Participants.participleClauseHead(k, tokens.sentenceOf(tokens.get(k)), c));
            if (main != null) out.set(event, inClauseOf(out.get(event), out.get(main)));
        });
        datedBySpeakersOccasion(out);
        analysis.put(EVENTS, out);
    }

    /**
     * "Velmont said on Tuesday that sales rose. ... Velmont said the vans sold best": a speaker's later report with no
     * time of its own, in the simple past or present, was made on the occasion of their last dated report in the
     * article, and takes its time. A perfect ("has said") reports an earlier occasion and stays undated.
     */
    private static void datedBySpeakersOccasion(List<Event> events) {
        Map<String, Event> lastDatedReport = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!"REPORTING".equals(e.attributes().get("class")) || e.modality() != Event.Modality.ASSERTED) continue;
            String speaker = e.participants().stream().filter(p -> p.role().equals("agent"))
                    .map(Event.Participant::entity).findFirst().orElse(null);
            if (speaker == null) continue;
            if (e.time() != null) {
                lastDatedReport.put(speaker, e);
                continue;
            }
            Event occasion = lastDatedReport.get(speaker);
            String tense = e.attributes().getOrDefault("tense", "NONE");
            if (occasion == null || !(tense.equals("PAST") || tense.equals("PRESENT"))
                    || e.attributes().getOrDefault("aspect", "").startsWith("PERFECTIVE")) continue;
            events.set(i, withTime(e, occasion, e.attributes()));
        }
    }

    /**
     * "The ferry left at noon, carrying 90 passengers", "Speaking to reporters, Halvorsen said": a participle clause
     * happens when its main clause does. It takes the main verb's time when it states none, and records the main
     * verb's tense ({@code clauseTense}), since a participle has none of its own to say whether it is reported.
     */
    private static Event inClauseOf(Event e, Event main) {
        Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
        attributes.put("clauseTense", main.attributes().getOrDefault("tense", "NONE"));
        return withTime(e, e.time() != null ? e : main, attributes);
    }

    /** {@code e} with the time of {@code dated} (itself, or the event it is dated by) and {@code attributes}. */
    private static Event withTime(Event e, Event dated, Map<String, String> attributes) {
        return new Event(e.id(), e.type(), e.trigger(), e.modality(), dated.time(), dated.timeId(), e.place(),
                e.participants(), attributes, e.sentence());
    }


    /** The event type of token {@code k}, or null when it names no event. */
    private EventType trigger(EventContext c, int k) {
        Token t = c.t(k);
        if (c.index().at(k) != null || !t.text().chars().allMatch(Character::isLetter)) return null;
        if (t.isVerb()) {
            String lemma = c.lemma(k);
            if (AUXILIARIES.contains(lemma) && (lemma.equals("be") || nextIsVerb(c, k))) return null;
            if (t.pos().equals("VBG") && k + 1 < c.tokens().size() && c.t(k + 1).isNoun()
                    && !c.t(k + 1).isProperNoun() && lexicon.noun(c.lemma(k + 1)) == null) {
                return null;  // "a leading company": an adjective; "choosing Ardent" is a verb
            }
            return lexicon.verb(lemma);
        }
        if (t.isNoun() && !t.isProperNoun()) {
            EventType type = lexicon.noun(c.lemma(k));
            if (type == null && t.lower().equals("talks")) type = EventType.MEETING;
            return type;
        }
        return null;
    }

    private static boolean nextIsVerb(EventContext c, int k) {
        for (int j = k + 1; j < c.tokens().size() && j <= k + 3; j++) {
            if (c.t(j).isVerb()) return true;
            if (!c.t(j).pos().startsWith("RB") && !c.t(j).pos().equals("TO")) return false;
        }
        return false;
    }

    private Event event(String id, EventType type, int k, Sentence s, EventContext c) {
        int start = c.t(k).start(), end = c.t(triggerEnd(k, c) - 1).end();
        TextSpan trigger = new TextSpan(start, end, c.text().substring(start, end));
        List<Event.Participant> participants = Participants.of(type, k, s, c);
        Map<String, String> attributes = attributes(type, k, s, c);
        // "have blocked the port since March 3": a perfect verb's "since" is when the event began.
        TimeExpression time = time(k, s, c, attributes.getOrDefault("aspect", "").startsWith("PERFECTIVE"));
        String place = place(k, s, c, participants);
        return new Event(id, type, trigger, modality(k, s, c), time == null ? null : time.value(),
                time == null ? null : time.id(), place, participants, attributes, s.span());
    }

    /**
     * "rolled out", "pushed back": a verb's particle is part of what happened, so the trigger spans it. "faces up to
     * 10 years" is no particle but a number's bound.
     */
    private static int triggerEnd(int k, EventContext c) {
        boolean particle = c.t(k).isVerb() && k + 1 < c.tokens().size() && c.t(k + 1).pos().equals("RP")
                && c.t(k + 1).sentence() == c.t(k).sentence()
                && !(c.lower(k + 2).equals("to") && k + 3 < c.tokens().size() && c.t(k + 3).pos().equals("CD"));
        return particle ? k + 2 : k + 1;
    }

    // ---- modality

    private Event.Modality modality(int k, Sentence s, EventContext c) {
        int start = clauseStart(k, s, c);
        boolean noun = c.t(k).isNoun();
        // "did not lead", "no talks": a negation on the verb's auxiliaries, or right on the noun.
        for (int j = k - 1; j >= start && j >= k - (noun ? 2 : 4); j--) {
            if (NEGATIONS.contains(c.lower(j))) return Event.Modality.NEGATED;
        }
        // A modal bears on a verb, and on a noun only when the noun is what the clause is or holds ("this will be
        // the first call", "may hold talks"), not when it is merely discussed ("will discuss the agreement").
        boolean modalReaches = !noun || copulaOrLightBefore(k, s, c);
        for (int j = k - 1; j >= start && modalReaches; j--) {
            String w = c.lower(j);
            if (!noun && otherVerb(j, c)) break;
            if (c.t(j).pos().equals("MD") && HEDGES.contains(w)) return Event.Modality.HYPOTHETICAL;
            if (w.equals("if") || w.equals("whether")) return Event.Modality.HYPOTHETICAL;
        }
        if (noun) {
            String before = c.lower(k - 1), before2 = c.lower(k - 2);
            if (SUPPOSING_MODIFIERS.contains(before) || SUPPOSING_MODIFIERS.contains(before2)) {
                return Event.Modality.HYPOTHETICAL;
            }
            if (PLANNING_MODIFIERS.contains(before) || PLANNING_MODIFIERS.contains(before2)) return Event.Modality.PLANNED;
            // "prisoner exchange talks": an event named as the topic of talks or an offer is not asserted.
            if (k + 1 < s.endToken() && c.t(k + 1).isNoun() && PROSPECT_NOUNS.contains(c.lower(k + 1))) {
                return Event.Modality.HYPOTHETICAL;
            }
            for (int j = k - 1; j >= s.firstToken() && j >= k - 4; j--) {
                String w = c.lower(j);
                if (w.equals("on") || w.equals("for") || w.equals("about") || w.equals("over") || w.equals("of")) {
                    // "talks were taking place on a prisoner exchange": the topic of talks, an offer, a plan.
                    for (int p = j - 1; p >= start; p--) {
                        if (PROSPECT_NOUNS.contains(c.lower(p)) && c.t(p).isNoun()) return Event.Modality.HYPOTHETICAL;
                    }
                    break;
                }
                if (c.t(j).isVerb() || c.t(j).isPunctuation()) break;
            }
        }
        // "warned Russia against invading": what someone is warned or campaigns against has not happened.
        if (c.t(k).pos().equals("VBG") && c.lower(k - 1).equals("against")) return Event.Modality.HYPOTHETICAL;
        // "agreed to release", "to secure her release": an intention, not a fact; but "prompting X to impose"
        // and "managed to leave" say it happened, and "to end the war" presupposes the war.
        for (int j = k - 1; j >= start && j >= k - 5; j--) {
            if (c.t(j).pos().equals("TO") && j + 1 < c.tokens().size() && c.t(j + 1).pos().equals("VB")) {
                if (implicativeBefore(j, s, c)) break;
                if (!noun || BRINGING_ABOUT.contains(c.lemma(j + 1))) return Event.Modality.HYPOTHETICAL;
                break;
            }
            if (c.t(j).isPunctuation()) break;
        }
        // "The phone call ... will not witness ...": an event that is the subject of a future clause is planned.
        if (noun) {
            for (int j = k + 1; j < s.endToken() && j <= k + 8; j++) {
                if (c.t(j).pos().equals("MD")) {
                    if (FUTURE.contains(c.lower(j))) return Event.Modality.PLANNED;
                    break;
                }
                if (c.t(j).isVerb() || c.lower(j).equals(",")) break;
            }
        }
        for (int j = k - 1; j >= start && modalReaches; j--) {
            String w = c.lower(j);
            if (!noun && otherVerb(j, c)) break;
            if (FUTURE.contains(w) && c.t(j).pos().equals("MD")) return Event.Modality.PLANNED;
            if ((w.equals("plan") || w.equals("plans") || w.equals("planned") || w.equals("going"))
                    && c.lower(j + 1).equals("to")) return Event.Modality.PLANNED;
        }
        return Event.Modality.ASSERTED;
    }

    /** Verbs whose object event does not exist yet: "to secure her release", "to reach a deal". */
    private static final Set<String> BRINGING_ABOUT = Set.of("secure", "reach", "achieve", "facilitate", "obtain",
            "win", "arrange", "seek", "demand", "request", "propose", "plan", "organize", "organise", "negotiate",
            "push", "prepare", "hold", "allow", "avoid", "prevent");
    private static final Set<String> IMPLICATIVE = Set.of("prompt", "force", "lead", "cause", "compel", "manage",
            "begin", "start", "continue", "move", "proceed", "help", "oblige", "push");
    private static final Set<String> COPULA_OR_LIGHT = Set.of("be", "hold", "have", "make", "conduct", "take", "stage");

    /**
     * A verb of another clause: a modal or "whether" before it bears on that verb, not on this one ("which will be
     * the first to fly it, have opened": "opened" happened). Auxiliaries are this verb's own.
     */
    private static boolean otherVerb(int j, EventContext c) {
        return c.t(j).isVerb() && !AUXILIARIES.contains(c.lemma(j));
    }

    private static boolean implicativeBefore(int to, Sentence s, EventContext c) {
        for (int j = to - 1; j >= s.firstToken() && j >= to - 5; j--) {
            if (c.t(j).isVerb()) return IMPLICATIVE.contains(c.lemma(j));
        }
        return false;
    }

    private static boolean copulaOrLightBefore(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 5; j--) {
            if (c.t(j).isVerb()) return COPULA_OR_LIGHT.contains(c.lemma(j));
            if (c.t(j).isPunctuation() || c.t(j).pos().equals("IN")) return false;
        }
        return false;
    }

    private static int clauseStart(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken(); j--) {
            if (CLAUSE_BREAKS.contains(c.lower(j)) || c.t(j).text().equals(",") && c.t(j - 1 >= 0 ? j - 1 : j).isVerb()) {
                return j + 1;
            }
        }
        return s.firstToken();
    }

    // ---- time, place, attributes

    /** The nearest dated expression in the sentence that is not a bound ("since", "until") of something else. */
    private static TimeExpression time(int k, Sentence s, EventContext c, boolean perfect) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        Token t = c.t(k);
        for (TimeExpression x : c.times()) {
            if (x.value() == null || x.type() == TimeType.DURATION || x.type() == TimeType.SET) continue;
            if (!s.span().contains(x.span().start())) continue;
            int first = c.tokens().firstTokenStartingAtOrAfter(x.span().start());
            int last = c.tokens().firstTokenStartingAtOrAfter(x.span().end()) - 1;
            // "since February 15, when X warned": the when-clause happened at the date it hangs on.
            boolean whenClause = k > last && c.lower(last + 1).equals(",") && c.lower(last + 2).equals("when");
            boolean began = perfect && c.lower(first - 1).equals("since") && first > k;
            if (!whenClause && !began && first > 0 && TIME_BOUNDS.contains(c.lower(first - 1))) continue;
            if (!whenClause && anotherEventBetween(k, first, s, c)) continue;
            int d = x.span().start() >= t.end() ? x.span().start() - t.end() : t.start() - x.span().end();
            // A time after the trigger belongs to it more often than one before: "arrested ... in December".
            if (x.span().start() < t.start()) d += 20;
            if (d < bestDistance) {
                best = x;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Prepositions beyond the time bounds that set one event beside another: what follows is no object. */
    private static final Set<String> SEQUENCE = Set.of("following", "during", "amid", "despite", "ahead", "over",
            "because");

    /**
     * Whether the noun at {@code noun} is the direct object of the verb at {@code verb}, only modifiers between. A
     * light verb's object is the event itself ("launched his attack"): the date is the noun's, the verb is none.
     */
    private static boolean objectOf(int verb, int noun, EventContext c) {
        if (noun <= verb || !c.t(verb).isVerb() || EventLexicon.LIGHT_VERBS.contains(c.lemma(verb))) return false;
        // "filed for bankruptcy on Thursday", "voted on the merger": a preposition the verb takes, not one of time.
        int from = verb + 1;
        if (c.t(from).pos().equals("IN") && !TIME_BOUNDS.contains(c.lower(from))
                && !SEQUENCE.contains(c.lower(from))) from++;
        for (int j = from; j < noun; j++) {
            String pos = c.t(j).pos();
            if (!pos.equals("DT") && !pos.equals("PRP$") && !pos.startsWith("JJ") && !pos.equals("CD")) return false;
        }
        return true;
    }

    /**
     * A time belongs to the event next to it: "the decision after her arrest in February" dates the arrest, not
     * the decision. Light verbs ("held", "reached") and intentions ("to export") do not come between.
     */
    private static boolean anotherEventBetween(int k, int timeToken, Sentence s, EventContext c) {
        int from = Math.min(k, timeToken) + 1, to = Math.max(k, timeToken);
        for (int j = from; j < to; j++) {
            Token t = c.t(j);
            if (c.index().at(j) != null) continue;
            if (t.isVerb()) {
                String lemma = c.lemma(j);
                if (AUXILIARIES.contains(lemma) || EventLexicon.LIGHT_VERBS.contains(lemma)) continue;
                if (j > 0 && c.t(j - 1).pos().equals("TO")) continue;
                // A participle before a noun describes it: "a rising cost", "the Craiova-based car maker".
                boolean prenominal = t.pos().equals("VBG") || t.pos().equals("VBN");
                if (prenominal && j + 1 < c.tokens().size() && c.t(j + 1).isNoun()) continue;
                return true;
            }
            // An event noun is another event, unless it is the verb's object: "signed the agreement in Paris on
            // June 15" is dated by what follows.
            if (t.isNoun() && !t.isProperNoun() && EventLexicon.get().noun(c.lemma(j)) != null && !objectOf(k, j, c)) {
                return true;
            }
        }
        return false;
    }

    private static String place(int k, Sentence s, EventContext c, List<Event.Participant> participants) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = s.firstToken() + 1; j < s.endToken(); j++) {
            String prep = c.lower(j - 1);
            if (!prep.equals("in") && !prep.equals("at")) continue;
            int at = c.lower(j).equals("the") ? j + 1 : j;
            MentionIndex.Hit hit = c.index().at(at);
            if (hit == null || hit.entity().type() != EntityType.LOCATION || hit.firstToken() != at) continue;
            if (anotherEventBetween(k, j, s, c)) continue;
            int d = Math.abs(j - k) + (j < k ? 5 : 0);
            if (d < bestDistance) {
                best = hit.entity().id();
                bestDistance = d;
            }
        }
        if (best != null) return best;
        // "arrested by Moscow": a city acting stands for the place as well.
        for (Event.Participant p : participants) {
            for (Entity e : c.entities()) {
                if (e.id().equals(p.entity()) && e.type() == EntityType.LOCATION && "CITY".equals(e.subtype())) {
                    return e.id();
                }
            }
        }
        return null;
    }

    private static Map<String, String> attributes(EventType type, int k, Sentence s, EventContext c) {
        Map<String, String> out = new LinkedHashMap<>();
        grammar(k, s, c, out);
        if (type == EventType.SENTENCE) {
            for (TimeExpression x : c.times()) {
                if (x.type() == TimeType.DURATION && x.value() != null && s.span().contains(x.span().start())
                        && x.span().start() > c.t(k).start()) {
                    out.put("duration", x.value());
                    break;
                }
            }
        }
        if (LEGAL.contains(type.name()) && type != EventType.RELEASE) {
            String charge = charge(k, s, c);
            if (charge != null) out.put("charge", charge);
        }
        for (int j = k + 1; j < s.endToken() && j <= k + 8; j++) {
            if (c.t(j).text().matches("[$€£]")) {
                int end = j + 1;
                while (end < s.endToken() && (c.t(end).pos().equals("CD") || c.lower(end).matches("million|billion|trillion"))) end++;
                if (end > j + 1) out.put("amount", c.text().substring(c.t(j).start(), c.t(end - 1).end()));
                break;
            }
        }
        return out;
    }

    /**
     * The trigger's part of speech and TimeML class, and a verb's tense and aspect, read from its auxiliaries:
     * "has been released" is PRESENT and PERFECTIVE, "was arrested" PAST, "will sign" FUTURE, "is negotiating"
     * PRESENT and PROGRESSIVE. A verb with no tense of its own ("to sign", "could sign", "the plane, built in
     * Seattle") and an event noun get none.
     */
    private static void grammar(int k, Sentence s, EventContext c, Map<String, String> out) {
        Token t = c.t(k);
        out.put("pos", t.isVerb() ? "VERB" : "NOUN");
        out.put("class", EventLexicon.timeMlClass(c.lemma(k), t.isVerb()));
        if (!t.isVerb()) return;
        String pos = t.pos();
        if (pos.equals("VBD")) out.put("tense", "PAST");
        if (pos.equals("VBZ") || pos.equals("VBP")) out.put("tense", "PRESENT");
        if (t.isFinite()) return;
        String aspect = pos.equals("VBG") ? "PROGRESSIVE" : null;
        boolean perfect = false;
        // Back over adverbs, "not" and the participles of the chain ("has not yet been", "had been being").
        for (int j = k - 1; j >= s.firstToken(); j--) {
            Token a = c.t(j);
            if (a.pos().startsWith("RB")) continue;
            String lemma = c.lemma(j);
            if (lemma.equals("be") && (a.pos().equals("VBN") || a.pos().equals("VBG"))) {
                if (a.pos().equals("VBG")) aspect = "PROGRESSIVE";
                continue;
            }
            boolean have = lemma.equals("have") && (pos.equals("VBN") || c.t(j + 1).text().equals("been"));
            if (have) perfect = true;
            if (!have && !lemma.equals("be") && !lemma.equals("do") && !a.pos().equals("MD")) break;
            if (a.pos().equals("MD")) {
                if (FUTURE.contains(c.lower(j))) out.put("tense", "FUTURE");
            } else if (a.pos().equals("VBD")) {
                out.put("tense", "PAST");
            } else if (a.pos().equals("VBZ") || a.pos().equals("VBP")) {
                out.put("tense", "PRESENT");
            } else if (a.pos().equals("VB")) {
                continue;  // "will have signed", "may be leaving": the modal before it decides
            }
            break;
        }
        if (perfect) aspect = aspect == null ? "PERFECTIVE" : "PERFECTIVE_PROGRESSIVE";
        if (aspect != null && out.containsKey("tense")) out.put("aspect", aspect);
    }

    /** "convicted of espionage", "on charges of possessing ...", "arrested ... for cannabis possession". */
    private static String charge(int k, Sentence s, EventContext c) {
        for (int j = k + 1; j < s.endToken() && j <= k + 10; j++) {
            String w = c.lower(j);
            // "convicted of espionage", "on charges of possessing"; not "the arrest of the suspect".
            boolean of = w.equals("of") && (j == k + 1 && c.t(k).isVerb() || c.lower(j - 1).startsWith("charge"));
            boolean forCharge = w.equals("for") && j + 1 < s.endToken() && c.t(j + 1).isNoun()
                    && c.index().at(j + 1) == null;
            if (!of && !forCharge) continue;
            int end = j + 1;
            while (end < s.endToken() && !c.t(end).isPunctuation() && !c.lower(end).matches("in|on|at|and|after|before|by|to|since")
                    && end < j + 7) end++;
            if (end > j + 1) return c.text().substring(c.t(j + 1).start(), c.t(end - 1).end());
        }
        return null;
    }
}
