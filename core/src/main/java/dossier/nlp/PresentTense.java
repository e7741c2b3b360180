package dossier.nlp;

import dossier.internal.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's tagger now and then reads a present-tense verb after a plural or coordinated subject as a bare
 * infinitive ("Reis and Dahl call/VB them pirates"), which leaves the clause without a finite verb. A base form
 * right after a plural noun or a subject pronoun, whose noun phrase nothing governs (no verb, modal, "to" or
 * preposition before it: "let them call", "will the pilots call", "for pilots to call"), is read as the present,
 * and so is a base form coordinated with a present ("call them pirates and describe their fees as theft").
 * It also reads a verb with an adverb before it as a plural noun ("The ad then references/NNS the fines", "Dahl
 * both documents/NNS the boom and ..."): a plural noun right after a singular subject and an adverb, before what
 * can open its object, is the verb's third person. And a noun after the phrase completing a plural subject, before
 * a pronoun and its verb, is the present ("Records from the audit show/NN he took ...").
 */
final class PresentTense {
    private PresentTense() {}

    static List<Token> repaired(List<Token> sentence) {
        List<Token> out = null;
        for (int k = 1; k < sentence.size(); k++) {
            List<Token> read = out == null ? sentence : out;
            String pos = read.get(k).pos().equals("VB") && (afterSubject(read, k) || coordinatedWithPresent(read, k))
                    || pluralBeforeItsPhrase(read, k) ? "VBP" : thirdPersonAfterAdverb(read, k) ? "VBZ" : null;
            if (pos == null) continue;
            if (out == null) out = new ArrayList<>(sentence);
            Token t = sentence.get(k);
            out.set(k, new Token(t.index(), t.text(), t.span(), pos, t.lemma(), t.ner(), t.sentence()));
        }
        return out == null ? sentence : out;
    }

    private static boolean afterSubject(List<Token> sentence, int verb) {
        int p = verb - 1;
        while (p > 0 && sentence.get(p).pos().startsWith("RB")) p--;
        Token last = sentence.get(p);
        boolean pronoun = SUBJECT_PRONOUNS.contains(last.lower());
        if (!pronoun && !last.pos().equals("NNS") && !last.pos().startsWith("NNP")) return false;
        return ungoverned(sentence, p, pronoun);
    }

    /**
     * Nothing governs the subject ending at {@code last}: no verb, modal, "to" or preposition (a subordinator aside)
     * before the noun phrase it ends, or before {@code last} alone when it is a pronoun.
     */
    private static boolean ungoverned(List<Token> sentence, int last, boolean pronoun) {
        int start = last;
        while (!pronoun && start > 0 && inNounPhrase(sentence, start - 1)) start--;
        return ungovernedFrom(sentence, start);
    }

    /** Nothing governs the phrase opening at {@code start}. */
    private static boolean ungovernedFrom(List<Token> sentence, int start) {
        if (start == 0) return true;
        Token governor = sentence.get(start - 1);
        if (governor.pos().equals("IN")) return SUBORDINATORS.contains(governor.lower());
        return !governor.isVerb() && !governor.pos().equals("MD") && !governor.pos().equals("TO");
    }

    /**
     * "call them pirates and describe their fees as theft": a base form after "and", "or" or "but" shares the tense
     * of the present-tense verb before it, unless a modal or "to" in between governs it.
     */
    private static boolean coordinatedWithPresent(List<Token> sentence, int verb) {
        int p = verb - 1;
        while (p > 0 && sentence.get(p).pos().startsWith("RB")) p--;
        if (!sentence.get(p).pos().equals("CC")) return false;
        for (int j = p - 1; j >= 0; j--) {
            String pos = sentence.get(j).pos();
            if (pos.equals("MD") || pos.equals("TO")) return false;
            if (pos.equals("VBP")) return true;
        }
        return false;
    }

    /** "The ad then references/NNS the fines": see the class comment. */
    private static boolean thirdPersonAfterAdverb(List<Token> sentence, int k) {
        Token t = sentence.get(k);
        boolean plural = t.pos().equals("NNS") && t.text().endsWith("s") && !t.isCapitalized();
        if (!plural || k < 2 || k + 1 >= sentence.size()) return false;
        Token adverb = sentence.get(k - 1);
        if (!adverb.pos().equals("RB") && !adverb.lower().equals("both") || adverb.lower().equals("not")) return false;
        Token subject = sentence.get(k - 2);
        boolean singular = subject.pos().equals("NN") || subject.pos().equals("NNP")
                || SINGULAR_PRONOUNS.contains(subject.lower());
        if (!singular) return false;
        String next = sentence.get(k + 1).pos();
        boolean object = next.equals("DT") || next.equals("PRP$") || next.startsWith("JJ") || next.startsWith("NN")
                || next.equals("CD") || next.startsWith("W") || CLAUSE_OPENERS.contains(sentence.get(k + 1).lower());
        return object && ungoverned(sentence, k - 2, false);
    }

    /**
     * "Records from the audit show/NN he took a loss": a reporting verb's form read as a singular noun right after
     * the phrase that completes a plural subject, and before a clause's pronoun subject and its verb, is the
     * subject's verb in the present. The phrase must end on a noun, as in "the audit show" ("the show he hosted" is
     * a noun with a clause of its own), and the word must report ("Pilots at the ferry office she ran said").
     */
    private static boolean pluralBeforeItsPhrase(List<Token> sentence, int k) {
        Token t = sentence.get(k);
        if (!t.pos().equals("NN") || t.isCapitalized() || k + 2 >= sentence.size() || k < 3
                || !Lexicons.get().isSpeechVerb(t.lemma()) || !sentence.get(k - 1).pos().startsWith("NN")
                || !CLAUSE_SUBJECTS.contains(sentence.get(k + 1).lower())) {
            return false;
        }
        String verb = sentence.get(k + 2).pos();
        if (!verb.equals("VBD") && !verb.equals("VBZ") && !verb.equals("VBP") && !verb.equals("MD")) return false;
        // Back over the prepositional phrase to the plural noun it completes.
        int p = k - 1;
        while (p > 0 && inNounPhrase(sentence, p) && !sentence.get(p).pos().equals("CC")) p--;
        if (!sentence.get(p).pos().equals("IN") || SUBORDINATORS.contains(sentence.get(p).lower())
                || !sentence.get(p - 1).pos().equals("NNS")) {
            return false;
        }
        int start = p - 1;
        while (start > 0 && inNounPhrase(sentence, start - 1)) start--;
        // "once copied figures from ... show": a participle before the noun describes it.
        if (start > 0 && sentence.get(start - 1).pos().equals("VBN")) start--;
        return ungovernedFrom(sentence, start);
    }

    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if");

    /** Determiners, adjectives, nouns, numbers, possessives, and "and" between two of them. */
    private static boolean inNounPhrase(List<Token> sentence, int k) {
        String pos = sentence.get(k).pos();
        if (pos.equals("CC")) return k > 0 && sentence.get(k - 1).isNoun();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                || pos.equals("POS") || pos.equals("PRP$");
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "we", "they");
    private static final Set<String> SUBORDINATORS = Set.of("because", "if", "while", "although", "though", "as",
            "since", "whether", "that", "when", "after", "before", "until", "unless", "once", "where");
}
