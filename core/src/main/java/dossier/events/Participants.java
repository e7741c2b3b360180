package dossier.events;

import dossier.entities.MentionIndex;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TextSpan;
import dossier.nlp.Sentence;
import dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in an event, and how: a verb's subjects (through lists, appositions, relative and participle
 * clauses) and object, the agent of a passive, a noun's possessor, "of", "by", "with" and "between" phrases and the
 * name modifying it, and the doers of a light verb. Pronouns resolve here: "he"/"she" to the last person of that
 * gender, "it"/"its" to the organisation or product just named, "we"/"I" in a quote to its speaker's side.
 */
final class Participants {
    private Participants() {}

    static List<Event.Participant> of(EventType type, int k, Sentence s, EventContext c) {
        List<Event.Participant> out = new ArrayList<>();
        Token t = c.t(k);
        boolean legal = EventStage.LEGAL.contains(type.name());
        if (t.isVerb()) {
            // "was made by", "and sentenced to", and the reduced relative "the jet, made by Ardent,".
            boolean passive = t.pos().equals("VBN") && (beBefore(k, s, c) || coordinatedPassive(k, s, c)
                    || c.lower(k + 1).equals("by"));
            List<Ref> subjects = participleClauseSubject(k, s, c);
            if (subjects == null) subjects = coordinatedSubjects(k, s, c);
            Ref object = passive ? byAgent(k, s, c) : objectAfter(k, s, c);
            for (Ref subject : subjects) add(out, passive ? legal ? "defendant" : "patient" : "agent", subject, c);
            add(out, passive ? "agent" : legal ? "defendant" : "patient", object, c);
        } else {
            // "her arrest", "Putin's attack": the possessor; "arrest of X"; "call between X and Y".
            Ref possessor = possessor(k, s, c);
            add(out, legal ? "defendant" : "agent", possessor, c);
            if (c.lower(k + 1).equals("of")) add(out, legal ? "defendant" : "patient", mentionAt(k + 2, s, c), c);
            if (c.lower(k + 1).equals("between") || c.lower(k + 1).equals("with")) {
                add(out, "participant", mentionAt(k + 2, s, c), c);
                int j = k + 2;
                while (j < s.endToken() && !c.lower(j).equals("and") && j < k + 8) j++;
                if (c.lower(j).equals("and")) add(out, "participant", mentionAt(j + 1, s, c), c);
            }
            if (c.lower(k + 1).equals("for")) add(out, "participant", mentionAt(k + 2, s, c), c);
            // "a statement by Ardent Cars"; "the Velmont recall", "Ardent Cars van sales": a name before the noun.
            if (c.lower(k + 1).equals("by")) add(out, "agent", mentionAt(k + 2, s, c), c);
            add(out, "participant", modifierName(k, s, c), c);
            // "The United States and Russia conducted a prisoner exchange", "Velmont posted a quarterly loss", "Ardent
            // filed for bankruptcy": the doers of a light verb, or of a verb that makes the event the subject's own.
            int light = lightVerbBefore(k, s, c);
            if (light >= 0) {
                for (Ref r : coordinatedSubjects(light, s, c)) add(out, "participant", r, c);
            }
        }
        return out;
    }

    /**
     * Verbs whose object event is the subject's own: "posted a loss", "filed for bankruptcy", "suffered a defeat".
     * Reporting verbs are not: "the paper reported the crash" (measured: "report" and "announce" cost precision).
     */
    private static final Set<String> OWNING = Set.of("post", "file", "declare", "suffer",
            "record", "face", "complete", "undergo", "implement", "finalize", "finalise");

    /** A name that modifies an event noun, common nouns between: not a place ("US sales" are sales in the US). */
    private static Ref modifierName(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 3; j--) {
            MentionIndex.Hit hit = c.index().at(j);
            if (hit != null) {
                if (hit.entity().type() == EntityType.LOCATION || hit.entity().type() == EntityType.MISC) return null;
                return new Ref(hit.entity().id(), hit.mention().span());
            }
            if (!c.t(j).isNoun()) return null;
        }
        return null;
    }

    private static int lightVerbBefore(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 4; j--) {
            if (c.t(j).isVerb()) {
                return EventLexicon.LIGHT_VERBS.contains(c.lemma(j)) || OWNING.contains(c.lemma(j)) ? j : -1;
            }
            if (c.index().at(j) != null || c.t(j).isPunctuation()) return -1;
        }
        return -1;
    }

    /**
     * The subject of a verb and anything coordinated with it: "The United States and Russia", "Velmont, Ardent and
     * Halvorsen", "Velmont Motors (VM) and Ardent". Only a list that ends in "and": "In Oslo, Ardent said" is Ardent.
     */
    private static List<Ref> coordinatedSubjects(int verb, Sentence s, EventContext c) {
        List<Ref> out = new ArrayList<>();
        Ref first = subject(verb, s, c);
        if (first == null) return out;
        out.add(first);
        int j = c.tokens().firstTokenStartingAtOrAfter(first.mention().start()) - 1;
        boolean list = false;
        while (j > s.firstToken() && (c.lower(j).equals("and") || list && c.lower(j).equals(","))) {
            list = true;
            Ref more = mentionEndingAt(pastShortName(j - 1, c), c);
            if (more == null) break;
            out.add(more);
            j = c.tokens().firstTokenStartingAtOrAfter(more.mention().start()) - 1;
        }
        return out;
    }

    /** An entity named at a place in the text, with the mention that names it. */
    private record Ref(String entity, Span mention) {}

    private static void add(List<Event.Participant> out, String role, Ref ref, EventContext c) {
        if (ref == null || ref.entity() == null) return;
        for (Event.Participant p : out) if (p.entity().equals(ref.entity())) return;
        out.add(new Event.Participant(role, ref.entity(), TextSpan.of(c.text(), ref.mention())));
    }

    /** "He was convicted of espionage and sentenced to 16 years": the second participle is passive too. */
    private static boolean coordinatedPassive(int k, Sentence s, EventContext c) {
        if (!c.lower(k - 1).equals("and") && !c.lower(k - 1).equals(",")) return false;
        for (int j = k - 2; j > s.firstToken(); j--) {
            if (c.t(j).pos().equals("VBN") && beBefore(j, s, c)) return true;
        }
        return false;
    }

    private static boolean beBefore(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 3; j--) {
            if (c.lemma(j).equals("be") || c.lemma(j).equals("get")) return true;
            if (!c.t(j).pos().startsWith("RB")) return false;
        }
        return false;
    }

    /**
     * The nearest entity or pronoun before the verb in its clause; "X, who ..." is X; "X, the second-largest
     * carmaker in America, will cut" is X, not a name inside the apposition.
     */
    private static Ref subject(int k, Sentence s, EventContext c) {
        Ref beforeApposition = beforeApposition(k, s, c);
        if (beforeApposition != null) return beforeApposition;
        for (int j = k - 1; j >= s.firstToken(); j--) {
            String w = c.lower(j);
            if (w.equals("who") || w.equals("which")) {
                // "Victor Bout, a Russian arms smuggler, who was sentenced": back past the apposition.
                for (int b = j - 1; b >= s.firstToken() && b >= j - 12; b--) {
                    Ref r = mentionEndingAt(b, c);
                    MentionIndex.Hit hit = c.index().at(b);
                    if (r != null && (hit == null || hit.entity().type() != EntityType.MISC)) return r;
                }
                return null;
            }
            if (EventStage.CLAUSE_BREAKS.contains(w) || w.equals(";")) return null;
            Ref r = mentionEndingAt(j, c);
            if (r != null) return r;
        }
        return null;
    }

    /**
     * The subject of a participle clause is the main clause's: "Speaking to reporters, Halvorsen said ..." and
     * "Halvorsen resigned on Friday, citing ill health". Null when the verb heads no such clause.
     */
    private static List<Ref> participleClauseSubject(int k, Sentence s, EventContext c) {
        int head = participleClauseHead(k, s, c);
        if (head < 0) return null;
        if (head < k) return coordinatedSubjects(head, s, c);
        int comma = k + 1;
        while (!c.lower(comma).equals(",")) comma++;
        Ref r = mentionAt(comma + 1, s, c);
        return r == null ? List.of() : List.of(r);
    }

    /**
     * The finite verb of the main clause that the participle at {@code k} opens or closes ("Speaking to reporters,
     * Halvorsen said ...", "Halvorsen resigned on Friday, citing ill health"), or -1 when it heads no such clause.
     */
    static int participleClauseHead(int k, Sentence s, EventContext c) {
        if (!c.t(k).pos().equals("VBG")) return -1;
        if (k == s.firstToken()) {
            for (int j = k + 1; j < s.endToken() - 1 && j <= k + 20; j++) {
                if (c.t(j).isVerb() && !c.t(j).pos().equals("VBG") && !c.t(j).pos().equals("VBN")) return -1;
                if (c.lower(j).equals(",")) {
                    for (int v = j + 1; v < s.endToken(); v++) if (c.t(v).isFiniteOrModal()) return v;
                    return -1;
                }
            }
            return -1;
        }
        if (!c.lower(k - 1).equals(",")) return -1;
        for (int j = k - 2; j >= s.firstToken(); j--) {
            if (c.t(j).isFiniteOrModal()) return j;
        }
        return -1;
    }

    /**
     * The name before ", noun phrase ," or ", who/which ... ," when that comes right before the verb (and its
     * auxiliaries).
     */
    private static Ref beforeApposition(int k, Sentence s, EventContext c) {
        int j = k - 1;
        while (j > s.firstToken() && (c.t(j).pos().equals("MD") || c.t(j).pos().startsWith("RB")
                || EventStage.AUXILIARIES.contains(c.lemma(j)) && c.t(j).isVerb())) j--;
        if (!c.lower(j).equals(",")) return null;
        boolean clause = false;
        for (int p = j - 1; p > s.firstToken() && p >= j - 15; p--) {
            String w = c.lower(p);
            boolean relative = (w.equals("who") || w.equals("which")) && c.lower(p - 1).equals(",");
            if (c.t(p).isFiniteOrModal() || EventStage.CLAUSE_BREAKS.contains(w) && !relative) clause = true;
            if (!w.equals(",")) continue;
            // "The operator, which is the largest in Norway, signed": past a relative clause too.
            if (clause && !(c.lower(p + 1).equals("who") || c.lower(p + 1).equals("which"))) return null;
            return mentionEndingAt(pastShortName(p - 1, c), c);
        }
        return null;
    }

    private static Ref objectAfter(int k, Sentence s, EventContext c) {
        for (int j = k + 1; j < s.endToken() && j <= k + 6; j++) {
            Ref r = mentionAt(j, s, c);
            if (r != null) return r;
            Token t = c.t(j);
            if (t.isPunctuation() || t.isVerb() || t.pos().equals("IN")) return null;
        }
        return null;
    }

    private static Ref byAgent(int k, Sentence s, EventContext c) {
        for (int j = k + 1; j < s.endToken() && j <= k + 4; j++) {
            if (c.lower(j).equals("by")) return mentionAt(j + 1, s, c);
        }
        return null;
    }

    private static Ref possessor(int k, Sentence s, EventContext c) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 4; j--) {
            String w = c.lower(j);
            if (w.equals("'s")) return mentionEndingAt(j - 1, c);
            if (c.t(j).pos().equals("PRP$")) return pronoun(w, c.t(j).span(), c);
            if (c.t(j).isVerb() || c.t(j).isPunctuation() || c.t(j).pos().equals("IN")) return null;
        }
        return null;
    }

    /**
     * The name at {@code j}, past determiners, numbers, adjectives and a description before it ("aircraft maker
     * Ardent", "22 new Ardent A90 jets").
     */
    private static Ref mentionAt(int j, Sentence s, EventContext c) {
        while (j < s.endToken() && (c.t(j).pos().equals("DT") || c.t(j).pos().startsWith("JJ")
                || c.t(j).pos().equals("CD") && c.index().at(j) == null
                || c.t(j).isNoun() && c.index().at(j) == null && nounsThenName(j, s, c))) j++;
        if (j >= s.endToken()) return null;
        MentionIndex.Hit hit = c.index().at(j);
        if (hit != null) return new Ref(hit.entity().id(), hit.mention().span());
        String w = c.lower(j);
        if (c.t(j).pos().equals("PRP")) return pronoun(w, c.t(j).span(), c);
        return null;
    }

    private static boolean nounsThenName(int j, Sentence s, EventContext c) {
        for (int n = j; n < s.endToken() && n <= j + 3; n++) {
            if (c.index().at(n) != null) return true;
            if (!c.t(n).isNoun()) return false;
        }
        return false;
    }

    /** Where a name ends that a bracketed short name follows ("Velmont Motors (VM)"): before it; else {@code end}. */
    private static int pastShortName(int end, EventContext c) {
        return c.lower(end).equals(")") && c.lower(end - 2).equals("(") ? end - 3 : end;
    }

    private static Ref mentionEndingAt(int j, EventContext c) {
        if (j < 0) return null;
        MentionIndex.Hit hit = c.index().at(j);
        if (hit != null) return new Ref(hit.entity().id(), hit.mention().span());
        if (c.t(j).pos().equals("PRP")) return pronoun(c.lower(j), c.t(j).span(), c);
        return null;
    }

    /**
     * A personal pronoun to the most recent person of its gender named before it; "it" and "its" to the organisation
     * or product named last in its sentence or the one before.
     */
    private static Ref pronoun(String w, Span at, EventContext c) {
        if (w.equals("it") || w.equals("its")) return lastNamedThing(at, c);
        if (w.equals("we") || w.equals("our") || w.equals("us")) return speakersOrganisation(at, c);
        if (w.equals("i") || w.equals("my") || w.equals("me")) return speaker(at, c);
        Gender g = switch (w) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> null;
        };
        if (g == null) return null;
        String best = null;
        int bestPos = -1;
        for (Entity e : c.entities()) {
            if (e.type() != EntityType.PERSON || !c.roles().gender(e.id()).compatibleWith(g)) continue;
            for (Mention m : e.mentions()) {
                if (m.end() <= at.start() && m.start() > bestPos) {
                    best = e.id();
                    bestPos = m.start();
                }
            }
        }
        return best == null ? null : new Ref(best, at);
    }

    /** "I" in a quote is its speaker. */
    private static Ref speaker(Span at, EventContext c) {
        Quote q = quoteAround(at, c);
        return q == null ? null : new Ref(q.speaker(), at);
    }

    /**
     * "We" in a quote is the organisation that speaks, or the one its speaker speaks for ("Ardent spokesman X":
     * Ardent); null when neither is known.
     */
    private static Ref speakersOrganisation(Span at, EventContext c) {
        Quote q = quoteAround(at, c);
        Entity speaker = q == null ? null
                : c.entities().stream().filter(e -> e.id().equals(q.speaker())).findFirst().orElse(null);
        if (speaker == null) return null;
        if (speaker.type() == EntityType.ORGANIZATION) return new Ref(speaker.id(), at);
        for (Role r : c.roles().of(speaker.id())) {
            if (r.organization() != null) return new Ref(r.organization(), at);
        }
        return null;
    }

    /** The quoted words (direct or partial) with a known speaker that hold {@code at}, or null. */
    private static Quote quoteAround(Span at, EventContext c) {
        for (Quote q : c.quotes()) {
            if (q.type() != QuoteType.INDIRECT && q.span().contains(at.start()) && q.speaker() != null) return q;
        }
        return null;
    }

    private static Ref lastNamedThing(Span at, EventContext c) {
        int sentence = Math.max(0, c.tokens().sentenceAt(at.start()) - 1);
        int from = c.tokens().sentences().isEmpty() ? 0 : c.tokens().sentences().get(sentence).span().start();
        String best = null;
        int bestPos = from - 1;
        for (Entity e : c.entities()) {
            if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.PRODUCT) continue;
            for (Mention m : e.mentions()) {
                if (m.end() <= at.start() && m.start() > bestPos) {
                    best = e.id();
                    bestPos = m.start();
                }
            }
        }
        return best == null ? null : new Ref(best, at);
    }
}
