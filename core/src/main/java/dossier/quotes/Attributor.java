package dossier.quotes;

import dossier.entities.MentionIndex;
import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Paragraph;
import dossier.model.Span;
import dossier.model.TimeExpression;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.roles.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who said a quote, the way a careful reader does without a parser:
 * <ol>
 * <li>a reporting clause right after the quote: {@code ," Reis said}, {@code ," said the minister},
 * {@code ," X quoted Y as saying} (Y speaks), {@code ," according to X};</li>
 * <li>else the nearest reporting verb before the quote in its sentence and that verb's subject, skipping an
 * apposition ({@code Rui Lopes, the spokesman ..., said}); a participle ({@code noting that "..."}) takes the
 * subject of the clause it hangs on; a name after the verb is its object, not its subject
 * ({@code Lopes said Mayor Dias "is prepared"}: Lopes speaks);</li>
 * <li>else a quote that is its own paragraph continues the previous paragraph's speaker.</li>
 * </ol>
 * Reported speech without quote marks ({@link #indirect}) is found from the same reporting verbs, with the clause,
 * object or "to" complement they report. Pronouns go to the last speaker when compatible, else to the most recent
 * person of that gender; titles ("the US secretary") to the person holding the role. Where a source's phrase
 * begins and ends is {@link SourcePhrases}'s business.
 */
final class Attributor {
    record Attribution(String entity, Span mention, Span cue) {}

    /** Words that belong to a cue when they lead into its verb. */
    private static final Set<String> CUE_LEAD = Set.of("has", "have", "had", "will", "would", "also", "did", "does",
            "do", "is", "was", "were", "are", "could", "can", "may", "might", "should", "must", "then", "previously",
            "repeatedly", "again", "later", "once", "already", "recently", "earlier", "never", "not", "n't", "'s",
            "'ve", "'d", "'ll", "been", "be");
    /** Object and possessive pronouns, by their subject form: "according to him", "in his words": he says. */
    private static final Map<String, String> SUBJECT_FORMS = Map.of("him", "he", "his", "he", "her", "she", "them",
            "they", "their", "they", "me", "i", "my", "i", "us", "we", "our", "we");
    /** The previous quote's speaker is a pronoun's first choice only this many paragraphs later. */
    private static final int SPEAKER_MEMORY_PARAGRAPHS = 3;

    private final Lexicons lexicons;
    private final String text;
    private final Tokens tokens;
    private final MentionIndex index;
    private final Roles roles;
    private final List<Entity> entities;
    private final List<Paragraph> paragraphs;
    private final boolean[] quoted;
    private final boolean[] opensQuote;
    private final SourcePhrases phrases;

    /** Who spoke each quotation attributed so far, in the order of the text: a pronoun looks back from itself. */
    private final List<Spoken> spoken = new ArrayList<>();
    private String lastSpeaker;
    private Attribution lastAttribution;
    private int lastQuoteParagraph = -100;
    private boolean lastQuoteEndedParagraph;

    Attributor(Lexicons lexicons, String text, Tokens tokens, MentionIndex index, Roles roles, List<Entity> entities,
               List<QuoteFinder.Raw> quotes, List<Paragraph> paragraphs, List<TimeExpression> times) {
        this.lexicons = lexicons;
        this.text = text;
        this.tokens = tokens;
        this.index = index;
        this.roles = roles;
        this.entities = entities;
        this.paragraphs = paragraphs;
        this.quoted = new boolean[tokens.size()];
        this.opensQuote = new boolean[tokens.size()];
        this.phrases = new SourcePhrases(lexicons, tokens, index, roles, quoted, times);
        for (QuoteFinder.Raw q : quotes) {
            int[] r = tokens.range(new Span(q.open(), q.closeEnd()));
            for (int i = r[0]; i < r[1]; i++) quoted[i] = true;
            if (r[0] < r[1]) opensQuote[r[0]] = true;
        }
    }

    /** Records the speaker of a quote just attributed, for the pronouns and continuations that follow. */
    void remember(QuoteFinder.Raw q, Attribution a) {
        // A speaker carried over to words quoted in a sentence of the writer's leaves the report it continues open.
        if (a == null || a.cue() != null || a.mention() != null) lastAttribution = a;
        String speaker = a == null ? null : a.entity();
        int p = paragraphOf(q.open());
        if (speaker != null) {
            lastSpeaker = speaker;
            spoken.add(new Spoken(speaker, q.closeEnd(), paragraphOf(q.close())));
        }
        lastQuoteParagraph = paragraphOf(q.close());
        Paragraph par = p >= 0 ? paragraphs.get(paragraphOf(q.close())) : null;
        lastQuoteEndedParagraph = par != null && text.substring(q.closeEnd(), par.span().end()).strip().length() <= 1;
    }

    Attribution attribute(QuoteFinder.Raw q) {
        // The tokens holding the marks: the tokenizer may join a mark to the one closing a quotation inside ("’”").
        int openToken = tokens.firstTokenEndingAfter(q.open());
        int closeToken = tokens.firstTokenEndingAfter(q.close());
        if (openToken >= tokens.size() || closeToken >= tokens.size()) return null;
        Attribution setOff = setOffAfterName(openToken, closeToken);
        if (setOff != null) return setOff;
        char last = lastNonSpace(q.content().start(), q.content().end());
        boolean invitesAfter = ",?!—–-…".indexOf(last) >= 0;
        Attribution after = invitesAfter ? after(closeToken) : null;
        if (after != null) return after;
        Attribution before = before(openToken);
        if (before != null) return before;
        after = after(closeToken);
        if (after != null) return after;
        return continuation(q);
    }

    /**
     * "including the guild's chair, Ana Reis — “The fares are too high” — and Tom Reyes": a quotation set off by
     * dashes right after a person's name is that person's words; the opening dash is the cue.
     */
    private Attribution setOffAfterName(int openToken, int closeToken) {
        int dash = openToken - 1;
        if (dash < 1 || closeToken + 1 >= tokens.size() || !SourcePhrases.DASHES.contains(lower(dash))
                || !SourcePhrases.DASHES.contains(lower(closeToken + 1))) return null;
        MentionIndex.Hit hit = index.at(dash - 1);
        if (hit == null || hit.endToken() != dash || hit.entity().type() != EntityType.PERSON) return null;
        return resolve(hit.mention().span(), tokens.get(dash).span());
    }

    /** The last character of a quotation's words, past the marks closing a quotation inside it ("bargains,’"). */
    private char lastNonSpace(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !QUOTE_MARKS.contains(String.valueOf(c))) return c;
        }
        return 0;
    }

    // ---- after the quote: ," Reis said / ," said Reis / ," X quoted Y as saying / ," according to X

    private Attribution after(int closeToken) {
        Attribution reported = reportAfter(closeToken);
        return reported != null ? reported : signature(closeToken);
    }

    /**
     * "“...” ― Sonya Herridge": a dash and a name on the quotation's own line sign it, as under readers' comments
     * and epigraphs ("— Tom Reyes, Velmont": where the signer lives may follow). Only capitalised words ending the
     * line, never a clause.
     */
    private Attribution signature(int closeToken) {
        int dash = closeToken + 1;
        if (dash + 1 >= tokens.size() || !SourcePhrases.DASHES.contains(tokens.get(dash).text())
                || text.substring(tokens.get(closeToken).end(), tokens.get(dash + 1).start()).contains("\n")) return null;
        int end = dash + 1;
        while (end < tokens.size() && end < dash + 8 && !quoted[end]
                && !text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).contains("\n")
                && (Character.isUpperCase(tokens.get(end).text().charAt(0)) || tokens.get(end).text().equals(".")
                        || tokens.get(end).text().equals(",") && end > dash + 1)) end++;
        // The name ends the line: "” — The company declined to comment" is a new sentence, not a signature.
        boolean endsLine = end == tokens.size() || text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).contains("\n");
        if (end == dash + 1 || !endsLine) return null;
        MentionIndex.Hit hit = index.at(dash + 1);
        Span name = hit != null ? hit.mention().span() : new Span(tokens.get(dash + 1).start(), tokens.get(end - 1).end());
        return resolve(name, tokens.get(dash).span());
    }

    private static final Set<String> AFTER_QUOTE_SUBORDINATORS = Set.of("when", "because", "while", "after", "before",
            "since", "although", "though", "if", "unless", "until", "whereas");

    private Attribution reportAfter(int closeToken) {
        Sentence s = tokens.sentenceOf(tokens.get(closeToken));
        int i = closeToken + 1;
        // "...pay his?” a narrator asks": the sentence splitter ends the sentence at the question mark.
        // "“...so soon?” Ana Reis said": so it does after "?" or "!" before a name and its reporting verb.
        if (i == s.endToken() && i < tokens.size() && !tokens.get(i).text().isEmpty()
                && tokens.get(i).sentence() >= 0 && tokens.sentenceOf(tokens.get(i)).paragraph() == s.paragraph()
                && (Character.isLowerCase(tokens.get(i).text().charAt(0)) || endsInQuestionOrExclamation(closeToken)
                && reportOpens(i))) {
            s = tokens.sentenceOf(tokens.get(i));
        }
        while (i < s.endToken() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("—"))) i++;
        int end = i;
        while (end < s.endToken() && !quoted[end] && end < i + 25) end++;
        if (i >= end) return null;
        // ," when Marsh attacked him": a clause of time or cause after the quotation, not its reporting clause.
        if (AFTER_QUOTE_SUBORDINATORS.contains(lower(i))) return null;
        // ," according to X
        if (lower(i).equals("according") && i + 1 < end && lower(i + 1).equals("to")) {
            Span np = phrases.nounPhraseAfter(i + 2, end);
            return np == null ? null : resolve(np, new Span(tokens.get(i).start(), tokens.get(i + 1).end()));
        }
        // ," said Reis / ," added the minister
        if (isCue(i) && !tokens.get(i).pos().equals("VBG")) {
            int cueEnd = particleEnd(i);
            // ," said one source on the panel.": what the source belongs to is part of it.
            Span np = withAffiliation(phrases.nounPhraseAfter(cueEnd, end), end, s);
            if (np != null) return resolve(np, cueSpan(i, cueEnd));
            return null;
        }
        // ," Reis said / ," he added / ," the agency quoted Ana Reis as saying
        for (int k = i; k < end; k++) {
            // "..., X, who has served since 2010, said": a relative clause's verbs are not the report.
            if (phrases.isRelativePronoun(k)) {
                while (k + 1 < end && !tokens.get(k + 1).text().equals(",")) k++;
                continue;
            }
            // ""The Long Wait" opened in the city, and critics called ...": the quote is in another clause.
            // "X, a town fighting the new levy, told": a participle right after a noun describes it.
            boolean participle = tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN");
            // "retired harbour pilot Ana Reis said": a participle before a noun describes it.
            boolean aside = participle && (precededByComma(k) || k > i && tokens.get(k - 1).isNoun()
                    || k + 1 < end && tokens.get(k + 1).isNoun());
            boolean cue = isCue(k) || readsAtTheEnd(k, end, s);
            if (!cue && (tokens.get(k).isVerb() || tokens.get(k).pos().equals("MD")) && !aside) return null;
            if (!cue) continue;
            // ", stressing that ..." after a quote adds more content; it does not report the quote.
            if (tokens.get(k).pos().equals("VBG")) return null;
            if (lower(k).equals("quoted") || lemma(k).equals("quote")) {
                Attribution asSaying = quotedAsSaying(k, end);
                if (asSaying != null) return asSaying;
            }
            Span subject = phrases.subjectBefore(k, i);
            return subject == null ? null : resolve(subject, cueSpan(k, particleEnd(k)));
        }
        return null;
    }

    /**
     * ",” the notice reads.", ",” the sign read, “...": "read" ending the clause around a quotation says what a
     * text says. Anywhere else it is no report ("she read the letter").
     */
    private boolean readsAtTheEnd(int k, int end, Sentence s) {
        return lemma(k).equals("read") && tokens.get(k).isVerb() && (k + 1 == s.endToken()
                || k + 1 < end && tokens.get(k + 1).isPunctuation() && !quoted[k + 1]);
    }

    private boolean endsInQuestionOrExclamation(int closeToken) {
        String before = closeToken > 0 ? tokens.get(closeToken - 1).text() : "";
        return before.equals("?") || before.equals("!");
    }

    /**
     * A sentence that opens with a name or noun phrase and its reporting verb: "Reis said, smiling ...", "Ana Reis,
     * the mayor, said.", "Velmont's mayor, Ana Reis (D-Velmont), shouted.": an apposition set off by commas or
     * brackets, an "of"/"for" phrase inside it and a nickname's quote marks (which the tagger may leave outside the
     * name) belong to the noun phrase too. A verb that goes on to report a clause of its own ("Reis told the crowd
     * that the port would reopen") is not the quotation's.
     */
    private boolean reportOpens(int i) {
        for (int k = i; k < tokens.size() && k < i + 20 && tokens.get(k).sentence() == tokens.get(i).sentence(); k++) {
            if (isCue(k)) return k > i && !tokens.get(k).pos().equals("VBG") && !reportsClause(particleEnd(k));
            boolean insidePhrase = k > i && (APPOSITION_MARKS.contains(lower(k)) || QUOTE_MARKS.contains(lower(k))
                    || AFFILIATIONS.contains(lower(k)) && phrases.isNominal(k - 1));
            if (!phrases.isNominal(k) && index.at(k) == null && !insidePhrase) return false;
        }
        return false;
    }

    private boolean reportsClause(int from) {
        Sentence s = tokens.sentenceOf(tokens.get(from - 1));
        for (int j = from; j < s.endToken(); j++) {
            if (quoted[j] || COMPLEMENTIZERS.contains(lower(j)) || isFinite(j)) return true;
        }
        return false;
    }

    private static final Set<String> APPOSITION_MARKS = Set.of(",", "(", ")");

    /** "X quoted Y(, apposition,) as saying": Y speaks. */
    private Attribution quotedAsSaying(int quotedToken, int end) {
        for (int k = quotedToken + 1; k + 1 < end; k++) {
            if (lower(k).equals("as") && lemma(k + 1).equals("say")) {
                Span np = phrases.nounPhraseAfter(quotedToken + 1, k);
                if (np == null) return null;
                return resolve(np, new Span(tokens.get(quotedToken).start(), tokens.get(k + 1).end()));
            }
        }
        return null;
    }

    // ---- before the quote: the nearest reporting verb and its subject

    private Attribution before(int openToken) {
        Sentence s = tokens.sentenceOf(tokens.get(openToken));
        Attribution found = before(openToken, s);
        // "He said:" ending the paragraph before, and the quotation opening the next one.
        int colon = openToken - 1;
        if (found == null && colon >= 0 && tokens.get(colon).text().equals(":") && !quoted[colon]
                && tokens.get(colon).sentence() != tokens.get(openToken).sentence()) {
            found = before(openToken, tokens.sentenceOf(tokens.get(colon)));
        }
        return found;
    }

    /** The reporting clause before the quotation opening at {@code openToken}, looked for in sentence {@code s}. */
    private Attribution before(int openToken, Sentence s) {
        // "Spokesman X: "..."" or "X said: "...""
        int prev = openToken - 1;
        if (prev >= s.firstToken() && tokens.get(prev).text().equals(":") && !isCue(prev - 1)) {
            // "Said Dahl: “...”": the reporting verb first, then who (the tagger may take "Said" for a name).
            int first = s.firstToken();
            if (INVERTED_OPENERS.contains(lower(first)) && prev - first >= 2 && prev - first <= 8) {
                Span np = phrases.nounPhraseAfter(first + 1, prev);
                Attribution a = np == null ? null : resolve(np, tokens.get(first).span());
                // The source is what follows the verb, not a longer name the verb seemed to begin.
                if (a != null) return new Attribution(a.entity(), np, a.cue());
            }
            Span np = phrases.subjectBefore(prev, s.firstToken());
            // A label opens its sentence, with no verb before it ("Spokesman Ana Reis: “...”"); else the clause the
            // colon ends introduces the quotation, and its subject speaks: "Reis gave a short reply: “...”".
            boolean label = np != null;
            int npStart = label ? tokens.firstTokenStartingAtOrAfter(np.start()) : -1;
            for (int j = s.firstToken(); label && j < npStart; j++) {
                label = !tokens.get(j).isVerb() && !tokens.get(j).pos().equals("MD");
            }
            if (label) return resolve(np, tokens.get(prev).span());
            Attribution introduced = introducingClause(prev, s);
            if (introduced != null) return introduced;
        }
        for (int k = openToken - 1; k >= s.firstToken(); k--) {
            if (quoted[k] || !isCue(k) && !readsAtTheEnd(k, openToken, s)) continue;
            if (lower(k).equals("according")) {
                Span np = phrases.nounPhraseAfter(k + 2, openToken);
                if (np != null) return resolve(np, new Span(tokens.get(k).start(), tokens.get(k + 1).end()));
                continue;
            }
            // "NOS quoted Eriksson as saying: "..."": the one quoted speaks.
            if (lemma(k).equals("say") && lower(k - 1).equals("as")) {
                for (int q = k - 2; q >= s.firstToken(); q--) {
                    if (lemma(q).equals("quote") && tokens.get(q).isVerb()) {
                        Attribution quotedSpeaker = quotedAsSaying(q, k + 1);
                        if (quotedSpeaker != null) return quotedSpeaker;
                        break;
                    }
                }
            }
            return subjectOfCue(k, s);
        }
        return null;
    }

    /** Reporting verbs that may open a sentence before their subject: "Said Dahl: ...", "Added the mayor: ...". */
    private static final Set<String> INVERTED_OPENERS = Set.of("said", "says", "added", "adds", "asked", "asks",
            "wrote", "writes", "replied", "explained", "noted", "recalled", "continued");

    /**
     * "Reis gave a short reply:": the subject of the clause's first verb speaks; the verb to the colon is the
     * cue.
     */
    private Attribution introducingClause(int colon, Sentence s) {
        for (int k = s.firstToken(); k < colon; k++) {
            if (quoted[k]) return null;
            if (!isFiniteOrModal(k)) continue;
            // A short clause only: "gave a short reply:", not a sentence that ends on a quotation.
            if (colon - k > 6) return null;
            Span subject = phrases.subjectBefore(k, s.firstToken());
            return subject == null ? null : resolve(subject, cueSpan(k, colon + 1));
        }
        return null;
    }

    /** The subject of the reporting verb at {@code k}; a participle takes the subject of the clause before it. */
    private Attribution subjectOfCue(int k, Sentence s) {
        Span cue = cueSpan(k, particleEnd(k));
        // "a video of Reis saying ...": a participle right after a name has it as its subject.
        MentionIndex.Hit before = k > 0 ? index.at(k - 1) : null;
        if (tokens.get(k).pos().equals("VBG") && before != null && before.endToken() == k
                && (before.entity().type() == EntityType.PERSON || before.entity().type() == EntityType.ORGANIZATION)) {
            return resolve(before.mention().span(), cue);
        }
        int absolute = absoluteSubject(k, s);
        if (absolute >= 0) {
            int end = k;
            while (end > absolute && tokens.get(end - 1).pos().startsWith("RB")) end--;
            return resolve(phrases.span(absolute, end), cue);
        }
        int medium = mediumBefore(k, s);
        if (medium >= 0) return mediumSource(medium, s, cue);
        int mainClause = openingPhraseEnd(k, s);
        if (mainClause >= 0) {
            // "After saying ..., Ana Reis left": the subject of the main clause after the opening phrase.
            for (int v = mainClause + 1; v < s.endToken(); v++) {
                if (quoted[v]) break;
                if (isFiniteOrModal(v)) {
                    Span subject = phrases.subjectBefore(v, mainClause + 1);
                    return subject == null ? null : subjectOf(v, subject, cue);
                }
            }
            return null;
        }
        if (tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN") && precededByComma(k)) {
            // "Reis said the skippers have grown tired of defending the toll", "... won by questioning": a
            // gerund after "of" or "by" belongs to the nearest clause, whose subject does what the gerund says.
            // ("while", "after" and the like lead an adverbial clause, often of the main clause.)
            if (afterPreposition(k) && NEAREST_CLAUSE_PREPOSITIONS.contains(lower(k - 1)) && !precededByComma(k - 1)) {
                int infinitive = -1;
                for (int v = k - 2; v >= s.firstToken() && !quoted[v]; v--) {
                    if (lower(v).equals("to") && tokens.get(v + 1).pos().equals("VB")) infinitive = v;
                    if (!isFiniteOrModal(v)) continue;
                    // "the guild expects Reis to win by questioning ...": the one who is to do it.
                    Span object = infinitive > v + 1 ? phrases.nounPhraseAfter(v + 1, infinitive) : null;
                    if (object != null && tokens.range(object)[1] == infinitive) return resolve(object, cue);
                    Span subject = phrases.subjectBefore(v, s.firstToken());
                    if (subject != null && !phrases.opensRelativeClause(subject)) return subjectOf(v, subject, cue);
                    break;
                }
            }
            // The first report in the sentence, not one reported inside it ("X said Y doubted ..., adding"): a cue
            // with no subject of its own ("when asked") is not the clause the participle hangs on, nor one in a
            // relative clause ("an architect who said ..., saying").
            for (int j = s.firstToken(); j < k; j++) {
                if (!quoted[j] && isCue(j) && !tokens.get(j).pos().equals("VBG")) {
                    Attribution main = subjectOfCue(j, s);
                    boolean relative = main != null && main.mention() != null
                            && phrases.isRelativePronoun(tokens.firstTokenStartingAtOrAfter(main.mention().start()));
                    if (main != null && !relative) return withCue(main, cue);
                }
            }
            // "Dockers marched through the streets, chanting ...": the subject of the sentence's first verb, past
            // the verbs of a relative clause in the subject ("Pilots who have opposed the toll have backed ...,
            // saying").
            for (int v = s.firstToken(); v < k; v++) {
                if (quoted[v]) break;
                if (!isFiniteOrModal(v)) continue;
                Span main = phrases.subjectBefore(v, s.firstToken());
                if (main != null && phrases.opensRelativeClause(main)) continue;
                if (main == null) break;
                // "The camera points at the ground, and she grows upset, shouting ...": the last clause joined to
                // the first has the participle.
                for (int j = k - 1; j > v + 1; j--) {
                    if (quoted[j]) break;
                    int verb = COORDINATORS.contains(lower(j - 1)) && tokens.get(j - 2).text().equals(",")
                            ? verbOfSubjectAt(j, s) : -1;
                    if (verb >= 0) return subjectOf(verb, phrases.subjectBefore(verb, j), cue);
                }
                return subjectOf(v, main, cue);
            }
            Span subject = phrases.firstNounPhrase(s, k);
            if (subject == null) return null;
            // "Ana Reis, head of the guild, closed the pier, saying ...": read against the verb it is subject of.
            for (int v = tokens.range(subject)[1]; v < k; v++) {
                if (quoted[v]) break;
                if (isFiniteOrModal(v)) return subjectOf(v, subject, cue);
            }
            // "Tom Reyes, R-Va., despite admitting ..., voted": or the verb after the participle set off.
            int setOff = setOffParticipleEnd(k, s);
            if (setOff >= 0) {
                int v = setOff + 1;
                while (v + 1 < s.endToken() && tokens.get(v).pos().startsWith("RB")) v++;
                return subjectOf(v, subject, cue);
            }
            return resolve(subject, cue);
        }
        return subjectOrCoordinated(k, s, cue);
    }

    /** The subject before the verb at {@code k}; without one, the subject of a verb it is coordinated with. */
    private Attribution subjectOrCoordinated(int k, Sentence s, Span cue) {
        Span subject = phrases.subjectBefore(k, s.firstToken());
        return subject == null ? coordinatedSource(k, s, cue) : resolve(subject, cue);
    }

    /** A comma before {@code k}, or one inside the closing marks of a quotation before it ("...,” adding"). */
    private boolean precededByComma(int k) {
        return k > 0 && tokens.get(k - 1).text().equals(",")
                || k > 1 && quoted[k - 1] && !quoted[k] && tokens.get(k - 2).text().equals(",");
    }

    /**
     * "by saying", "after warning", "aside from noting": an -ing form after a preposition of time or means reports
     * for the subject of the clause it hangs on. Not "for saying" or "without saying": one is blamed for what
     * someone said, the other says nothing.
     */
    private boolean afterPreposition(int k) {
        if (k < 1 || !tokens.get(k).pos().equals("VBG")) return false;
        String p = lower(k - 1);
        // "In defending the plan, Reis said": "in" leads a participle only opening the sentence ("interested in
        // learning" is no report).
        boolean opening = p.equals("in") && k - 1 == tokens.sentenceOf(tokens.get(k)).firstToken();
        return PARTICIPLE_PREPOSITIONS.contains(p) || opening
                || p.equals("from") && k >= 2 && (lower(k - 2).equals("aside") || lower(k - 2).equals("apart"));
    }

    /**
     * "appeared to suggest", "seemed to think", "went on to explain", "continued to call for": the verb a cue after
     * "to" hangs on, which has the clause's subject and opens the cue; else {@code k}.
     */
    private int chainHead(int k) {
        if (k < 2 || !tokens.get(k).pos().equals("VB") || !lower(k - 1).equals("to")) return k;
        boolean goOn = lower(k - 2).equals("on") && k >= 3 && lemma(k - 3).equals("go");
        int head = goOn ? k - 3 : k - 2;
        return tokens.get(head).isVerb() && (goOn || CHAIN_VERBS.contains(lemma(head))) && !quoted[head] ? head : k;
    }

    private static final Set<String> CHAIN_VERBS = Set.of("appear", "seem", "continue", "tend", "begin", "start",
            "try");

    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "after", "before", "while", "upon", "of",
            "despite");
    private static final Set<String> NEAREST_CLAUSE_PREPOSITIONS = Set.of("by", "of", "from");

    /**
     * "..., with the Gazette showing her ahead", "..., with the guild offering its own figures", "despite a few
     * skippers, such as Tom Reyes, now saying": the first token of the noun phrase between "with" or "despite" and
     * the participle at {@code k}, which is its subject; else -1.
     */
    private int absoluteSubject(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBG") || k <= s.firstToken()) return -1;
        int nounEnd = k - 1;
        while (nounEnd > s.firstToken() && tokens.get(nounEnd).pos().startsWith("RB")) nounEnd--;
        // The comma that closes a list set off inside the phrase.
        if (lower(nounEnd).equals(",") && nounEnd > s.firstToken()) nounEnd--;
        if (!tokens.get(nounEnd).isNoun() && index.at(nounEnd) == null) return -1;
        int j = nounEnd;
        boolean list = false;
        while (j > s.firstToken() && j > k - 30 && !quoted[j]
                && (phrases.isNominal(j) || index.at(j) != null || LIST_MARKS.contains(lower(j)) || abbreviation(j))) {
            list |= lower(j).equals("such") || lower(j).equals("including");
            j--;
        }
        boolean commas = false;
        for (int c = j + 1; c < nounEnd; c++) commas |= lower(c).equals(",");
        boolean lead = lower(j).equals("with") && j - 1 >= s.firstToken() && tokens.get(j - 1).text().equals(",")
                || lower(j).equals("despite");
        return j < nounEnd && lead && (!commas || list) ? j + 1 : -1;
    }

    /** "R-S.C.": a period the tokenizer split off an abbreviation it is attached to. */
    private boolean abbreviation(int j) {
        return lower(j).equals(".") && j > 0 && tokens.get(j - 1).end() == tokens.get(j).start()
                && tokens.get(j - 1).isProperNoun();
    }

    /** What an "of" phrase and a list set off inside a noun phrase are made of: ", such as A and B,". */
    private static final Set<String> LIST_MARKS = Set.of(",", "and", "such", "as", "including", "of");

    /**
     * "released a statement on Friday saying", "sent a letter urging": a participle after the medium of a report
     * (and when it came) says what the medium said. The medium's noun; else -1.
     */
    private int mediumBefore(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBG")) return -1;
        int j = k - 1;
        while (j > s.firstToken() && phrases.isTime(j)) j--;
        while (j > s.firstToken() && TIME_PREPOSITIONS.contains(lower(j))) j--;
        boolean medium = j > s.firstToken() && tokens.get(j).isNoun() && SourcePhrases.SETTINGS.contains(lower(j));
        return medium ? j : -1;
    }

    /**
     * Who a medium at {@code medium} speaks for: its owner ("Reis's tweets", "her statement"), else the subject of
     * the verb it is the object of ("Reis released a statement", "after Reyes sent a letter").
     */
    private Attribution mediumSource(int medium, Sentence s, Span cue) {
        int j = medium - 1;
        while (j > s.firstToken() && !quoted[j] && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).isNoun()
                && !tokens.get(j).isProperNoun() || lower(j).equals("-"))) j--;
        if (j >= s.firstToken() && tokens.get(j).pos().equals("PRP$")) return resolve(tokens.get(j).span(), cue);
        if (j - 1 >= s.firstToken() && tokens.get(j).pos().equals("POS")) {
            Span owner = phrases.nounPhraseEndingAt(j - 1, s.firstToken());
            return owner == null ? null : resolve(new Span(owner.start(), tokens.get(j).end()), cue);
        }
        int verb = finiteBefore(medium - 1, s);
        return verb < 0 ? null : verbSubject(verb, s, cue);
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "late", "early");

    /** The participle of the phrase "with" at {@code j} opens, its subject before it ("with X showing"); else -1. */
    private int absoluteParticiple(int j, Sentence s) {
        if (!lower(j).equals("with")) return -1;
        for (int v = j + 2; v < s.endToken() && v <= j + 7; v++) if (absoluteSubject(v, s) == j + 1) return v;
        return -1;
    }

    /**
     * The comma that ends a phrase opening the sentence with the participle at {@code k}, alone or after a
     * preposition ("After saying the docks were unsafe, Reis left"), where the main clause begins; else -1.
     */
    private int openingPhraseEnd(int k, Sentence s) {
        // "Citing rising costs, Reis closed the pier": a participle may open the sentence on its own.
        int opening = afterPreposition(k) ? (lower(k - 1).equals("from") ? k - 2 : k - 1)
                : tokens.get(k).pos().equals("VBG") ? k : -1;
        if (opening != s.firstToken()) return -1;
        for (int c = k + 1; c + 1 < s.endToken(); c++) {
            if (!quoted[c] && tokens.get(c).text().equals(",") && startsClause(c + 1, s)) return c;
            // "After saying the pier was “far too old,” she left": the comma inside the closing mark; the mark ends
            // the phrase.
            if (!quoted[c] && quoted[c - 1] && precededByComma(c) && startsClause(c, s)) return c - 1;
        }
        return -1;
    }

    /**
     * "While Reis acknowledged the toll was high, the guild kept it", "Although a judge found that it was unfair, his
     * ruling was overturned": a report in a clause that opens the sentence with a subordinator ends where the main
     * clause begins, at a comma before a subject and its verb; that comma, or -1.
     */
    private int subordinateClauseEnd(int k, Sentence s) {
        int first = leadStart(s);
        if (!OPENING_SUBORDINATORS.contains(lower(first)) || quoted[first]) return -1;
        for (int j = first + 1; j < k; j++) if (quoted[j] || tokens.get(j).text().equals(",")) return -1;
        for (int c = particleEnd(k); c + 1 < s.endToken(); c++) {
            if (quoted[c] || !tokens.get(c).text().equals(",")) continue;
            if (subjectAndVerbAt(c + 1, s)) return c;
        }
        return -1;
    }

    private static final Set<String> OPENING_SUBORDINATORS = Set.of("while", "although", "though", "when", "if",
            "because", "since", "after", "before", "once", "whereas", "unless", "until", "whenever");

    /**
     * "Ana Reis, arguing that the toll was fair, left the hall", "Reis, despite admitting ..., voted": a participle
     * set off between the subject and its verb; the comma before that verb, or -1.
     */
    private int setOffParticipleEnd(int k, Sentence s) {
        int comma = afterPreposition(k) ? k - 2 : k - 1;
        if (comma <= s.firstToken() || !tokens.get(comma).text().equals(",")) return -1;
        for (int j = s.firstToken(); j < comma; j++) if (!quoted[j] && isFiniteOrModal(j)) return -1;
        for (int c = k + 1; c + 1 < s.endToken(); c++) {
            if (quoted[c] || !tokens.get(c).text().equals(",")) continue;
            int v = c + 1;
            while (v < s.endToken() && tokens.get(v).pos().startsWith("RB")) v++;
            if (v < s.endToken() && isFiniteOrModal(v)) return c;
        }
        return -1;
    }

    /** "aide", "longtime lawyer", "campaign manager": a person's role among the words from {@code from}. */
    private boolean ownsAPerson(int from, int end) {
        for (int k = from; k < end; k++) if (phrases.isTitleWord(k)) return true;
        return false;
    }

    /** Turns the noun phrase that names the source into an entity: a name, a title's holder, a pronoun's referent. */
    private Attribution resolve(Span np, Span cue) {
        int[] r = tokens.range(np);
        if (r[0] >= r[1]) return null;
        String w = text.substring(np.start(), np.end()).toLowerCase(Locale.ROOT);
        if (r[1] - r[0] == 1 && SourcePhrases.PRONOUNS.contains(w)) {
            // "My brother and I knew", "Reyes and she agreed": the pronoun ends a coordinated subject, all of which
            // is the source.
            boolean joined = cue != null && r[0] > 0 && SourcePhrases.SUBJECT_COORDINATORS.contains(lower(r[0] - 1));
            // "The Harbour Board said fares would rise. It added that ...": "it" opening a sentence, speaking.
            String verb = cue == null ? "" : lemma(tokens.range(cue)[0]);
            boolean speaks = lexicons.isSpeechVerb(verb) && !EVIDENCING.contains(verb);
            String organization = w.equals("it") && speaks && r[0] == leadStart(tokens.sentenceOf(tokens.get(r[0])))
                    ? organizationJustBefore(np.start()) : null;
            String referent = organization != null ? organization : pronoun(w, np.start());
            return new Attribution(referent, joined ? phrases.sourcePhrase(r[0], r[1], cue) : np, cue);
        }
        if (r[1] - r[0] == 1 && phrases.isRelativePronoun(r[0])) {
            int floor = tokens.sentenceOf(tokens.get(r[0])).firstToken();
            boolean comma = tokens.get(r[0] - 1).text().equals(",") || SourcePhrases.DASHES.contains(lower(r[0] - 1));
            Span antecedent = phrases.subjectBefore(comma ? r[0] - 1 : r[0], floor);
            Attribution a = antecedent == null ? null : resolve(antecedent, null);
            return new Attribution(a == null ? null : a.entity(), np, cue);
        }
        Span phrase = phrases.sourcePhrase(r[0], r[1], cue);
        // Names that complete a common noun ("relatives of Bott") are not the source: only names before them are;
        // nor is where the source lives ("Ana Reis, of Braga,").
        int end = r[1];
        for (int k = r[0] + 1; k + 1 < r[1]; k++) {
            boolean residence = tokens.get(k - 1).text().equals(",") && phrases.opensResidence(k);
            // "A survey that ran in the Velmont Gazette": a relative clause says who the source is not.
            boolean relative = (lower(k).equals("that") || phrases.isRelativePronoun(k)) && tokens.get(k - 1).isNoun();
            boolean owner = SourcePhrases.OWNER_LINKS.contains(lower(k)) && phrases.isCommonNounHead(k - 1);
            if (owner || residence || relative) {
                end = k;
                break;
            }
        }
        // "Radio Braga host Ana Reis": the person the phrase ends on; else its first name of anything but a place.
        MentionIndex.Hit chosen = null;
        for (int k = r[0]; k < end; k++) {
            MentionIndex.Hit hit = index.at(k);
            // "Marsh’s aide said": the owner of a person who speaks is not the speaker ("Marsh’s campaign" speaks
            // for her).
            boolean ownsSpeaker = hit != null && hit.endToken() + 1 < end
                    && tokens.get(hit.endToken()).pos().equals("POS") && ownsAPerson(hit.endToken() + 1, end);
            if (hit == null || ownsSpeaker) continue;
            boolean whole = r[1] - r[0] == hit.endToken() - hit.firstToken();
            if (hit.entity().type() == EntityType.PERSON) chosen = hit;
            else if (chosen == null && (hit.entity().type() != EntityType.LOCATION || whole)) chosen = hit;
        }
        // "said the guild's treasurer and former pilot Tom Reyes": the titles are joined by "and"; the name that ends
        // them is whom they describe.
        int phraseEnd = tokens.range(phrase)[1];
        if (chosen == null && phraseEnd > r[1] && lower(r[1]).equals("and")) {
            MentionIndex.Hit last = index.at(phraseEnd - 1);
            boolean person = last != null && last.entity().type() == EntityType.PERSON;
            if (person && last.endToken() == phraseEnd) chosen = last;
        }
        return new Attribution(chosen == null ? null : chosen.entity().id(), phrase, cue);
    }

    private record Spoken(String entity, int end, int paragraph) {}

    private String pronoun(String word, int offset) {
        Gender g = switch (word) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        // Reported speech is attributed after every quotation: the speaker that counts is the last one before the
        // pronoun, not the last one attributed.
        Spoken last = null;
        for (Spoken x : spoken) if (x.end() <= offset) last = x;
        boolean recent = last != null && paragraphOf(offset) - last.paragraph() <= SPEAKER_MEMORY_PARAGRAPHS;
        if (g == Gender.UNKNOWN) {
            boolean organization = recent && (word.equals("they") || word.equals("it")) && !isPerson(last.entity());
            return organization ? last.entity() : null;
        }
        String bound = subjectOfClauseAbove(tokens.firstTokenStartingAtOrAfter(offset), g);
        if (bound != null) return bound;
        if (recent && isPerson(last.entity()) && roles.gender(last.entity()).compatibleWith(g)) {
            String subject = lastSubjectOfGender(last.end(), offset, g, true);
            return subject != null ? subject : last.entity();
        }
        // Else the last subject of that gender in the paragraphs before, or the most recent person of that gender,
        // named or titled.
        int window = paragraphOf(offset) - SPEAKER_MEMORY_PARAGRAPHS;
        int from = window <= 0 ? 0 : paragraphs.get(window).span().start();
        String subject = lastSubjectOfGender(from, offset, g, false);
        if (subject != null) return subject;
        String best = null;
        int bestPos = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || !roles.gender(e.id()).compatibleWith(g)) continue;
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > bestPos) {
                    best = e.id();
                    bestPos = m.start();
                }
            }
        }
        for (Roles.TitleMention t : roles.titleMentions()) {
            if (t.mention().end() <= offset && t.mention().start() > bestPos && isPerson(t.entity())
                    && roles.gender(t.entity()).compatibleWith(g)) {
                best = t.entity();
                bestPos = t.mention().start();
            }
        }
        return best;
    }

    /**
     * "Reis said she would stay", "Reis has insisted that she ...": "he" or "she" opening the clause of a person's
     * verb is that person, when the gender allows ("they" there is others).
     */
    private String subjectOfClauseAbove(int pronoun, Gender g) {
        int verb = pronoun - 1;
        if (verb > 0 && lower(verb).equals("that")) verb--;
        if (verb <= 0 || !tokens.get(verb).pos().startsWith("VB") || quoted[verb]) return null;
        while (verb > 0 && (tokens.get(verb - 1).pos().startsWith("RB") || CUE_LEAD.contains(lower(verb - 1)))) verb--;
        MentionIndex.Hit hit = verb > 0 ? index.at(verb - 1) : null;
        if (hit == null || hit.endToken() != verb || hit.entity().type() != EntityType.PERSON) return null;
        return roles.gender(hit.entity().id()).compatibleWith(g) ? hit.entity().id() : null;
    }

    /** What a text or a recording does as well as an organisation: "It shows", "It found". */
    private static final Set<String> EVIDENCING = Set.of("show", "find", "suggest", "indicate", "reveal", "read");

    /** The organisation that is the subject of the sentence before the one at {@code offset}, or null. */
    private String organizationJustBefore(int offset) {
        int at = tokens.firstTokenStartingAtOrAfter(offset);
        int sentence = at < tokens.size() ? tokens.get(at).sentence() : -1;
        if (sentence < 1) return null;
        MentionIndex.Hit hit = subjectNamed(tokens.sentences().get(sentence - 1), offset, EntityType.ORGANIZATION);
        return hit == null ? null : hit.entity().id();
    }

    /**
     * "“...,” Reis said. Marsh thinks the talks will fail. “...,” she said.": a person of the pronoun's gender who
     * became a sentence's subject after the last quotation, before the pronoun, is whom it now means. With
     * {@code known} false, a subject whose gender is not known counts too.
     */
    private String lastSubjectOfGender(int from, int to, Gender g, boolean known) {
        String found = null;
        for (Sentence s : sentencesStartingIn(from, to)) {
            List<MentionIndex.Hit> subjects = new ArrayList<>();
            subjects.add(subjectPerson(s, to));
            subjects.addAll(coordinatedSubjects(s, to));
            for (MentionIndex.Hit hit : subjects) {
                Gender its = hit == null ? null : roles.gender(hit.entity().id());
                if (its != null && (its == g || !known && its.compatibleWith(g))) found = hit.entity().id();
            }
        }
        return found;
    }

    /** "The union plans to strike, and Minister Ines Duarte declined to comment": the subjects of later clauses. */
    private List<MentionIndex.Hit> coordinatedSubjects(Sentence s, int to) {
        List<MentionIndex.Hit> out = new ArrayList<>();
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (quoted[k] || !tokens.get(k).pos().equals("CC") || !tokens.get(k - 1).text().equals(",")) continue;
            MentionIndex.Hit hit = namedBeforeVerb(k + 1, s, to, EntityType.PERSON);
            int verb = hit == null ? -1 : hit.endToken();
            while (verb >= 0 && verb < s.endToken() && tokens.get(verb).pos().startsWith("RB")) verb++;
            if (verb >= 0 && verb < s.endToken() && isFiniteOrModal(verb)) out.add(hit);
        }
        return out;
    }

    /**
     * The person a sentence's subject names, ending before {@code to}: past a conjunction ("But Reis"), after an
     * opening phrase or clause ("In May, Reis", "After Marsh left, Reis"), or in that clause when the main subject
     * names nobody ("Although Reis agreed, she ...").
     */
    private MentionIndex.Hit subjectPerson(Sentence s, int to) {
        return subjectNamed(s, to, EntityType.PERSON);
    }

    /** As {@link #subjectPerson}, for an entity of {@code type}. */
    private MentionIndex.Hit subjectNamed(Sentence s, int to, EntityType type) {
        int first = s.firstToken();
        if (first + 1 < s.endToken() && tokens.get(first).pos().equals("CC")) first++;
        if (quoted[first]) return null;
        if (!tokens.get(first).pos().equals("IN")) return namedBeforeVerb(first, s, to, type);
        // "In her memoir, Living Waters, Reis wrote": the main subject follows the last comma before a verb.
        boolean pastComma = false;
        for (int k = first + 1; k < s.endToken() - 1 && !quoted[k]; k++) {
            if (pastComma && isFiniteOrModal(k)) break;
            if (!tokens.get(k).text().equals(",")) continue;
            pastComma = true;
            MentionIndex.Hit main = namedBeforeVerb(k + 1, s, to, type);
            if (main != null) return main;
        }
        return namedBeforeVerb(first + 1, s, to, type);
    }

    /**
     * The last entity of {@code type} named from {@code from} up to the first verb or comma ("Harbour Board
     * spokeswoman Ana Reis said"), not an owner or a preposition's object ("Reis's aide", "a friend of Reis").
     */
    private MentionIndex.Hit namedBeforeVerb(int from, Sentence s, int to, EntityType type) {
        MentionIndex.Hit found = null;
        for (int k = from; k < s.endToken() && !quoted[k] && !isFiniteOrModal(k); k++) {
            if (tokens.get(k).text().equals(",")) break;
            MentionIndex.Hit hit = index.at(k);
            if (hit == null || hit.firstToken() != k) continue;
            int after = hit.endToken();
            boolean owned = after < s.endToken() && (tokens.get(after).pos().equals("POS")
                    || SourcePhrases.SUBJECT_COORDINATORS.contains(lower(after)) || lower(after).equals("of"));
            boolean object = k > from && tokens.get(k - 1).pos().matches("IN|TO");
            if (hit.entity().type() == type && !owned && !object && hit.mention().end() <= to) found = hit;
            k = after - 1;
        }
        return found;
    }

    private boolean isPerson(String id) {
        for (Entity e : entities) if (e.id().equals(id)) return e.type() == EntityType.PERSON;
        return false;
    }

    /** A quote alone in its paragraph, right after a paragraph that ended in a quote, continues that speaker. */
    private Attribution continuation(QuoteFinder.Raw q) {
        int p = paragraphOf(q.open());
        // "“A,” she said. “B.”": the second quote is the rest of the same attribution; words quoted inside a
        // sentence of the writer's ("... talked about “the long wait” ...") are the same speaker's, but that
        // report's cue and source are not theirs.
        if (lastAttribution != null && lastAttribution.cue() != null && p == lastQuoteParagraph) {
            return insideWritersSentence(q) ? new Attribution(lastAttribution.entity(), null, null) : lastAttribution;
        }
        if (p <= 0 || paragraphs.get(p).span().start() != q.open()) return null;
        // A quotation that is a paragraph of its own goes on from the paragraph before: "“...,” Reis said. / “...”"
        // or "Reis said the rise was unavoidable. / “...”" is Reis's; "“...,” Reis said. Reyes disagreed. / “...”"
        // is Reyes's.
        // A quotation running on into later paragraphs fills its first one too.
        int paragraphEnd = paragraphs.get(p).span().end();
        boolean whole = q.closeEnd() >= paragraphEnd
                || text.substring(q.closeEnd(), paragraphEnd).strip().length() <= 1;
        boolean quotedBefore = lastSpeaker != null && p == lastQuoteParagraph + 1;
        if (!whole && !(quotedBefore && lastQuoteEndedParagraph)) return null;
        Span before = paragraphs.get(p - 1).span();
        int lastQuoteEnd = spoken.isEmpty() ? 0 : spoken.get(spoken.size() - 1).end();
        int from = quotedBefore ? Math.max(before.start(), lastQuoteEnd) : before.start();
        String reporter = lastReporter(from, before.end());
        if (reporter != null) return new Attribution(reporter, null, null);
        return quotedBefore ? new Attribution(lastSpeaker, null, null) : null;
    }

    /** The sentences that begin in {@code [from, to)}, found from the first token there rather than from the top. */
    private List<Sentence> sentencesStartingIn(int from, int to) {
        int first = tokens.firstTokenStartingAtOrAfter(from);
        while (first < tokens.size() && tokens.get(first).sentence() < 0) first++;
        if (first >= tokens.size()) return List.of();
        int i = tokens.get(first).sentence();
        List<Sentence> all = tokens.sentences();
        if (tokens.get(all.get(i).firstToken()).start() < from) i++;
        int end = i;
        while (end < all.size() && tokens.get(all.get(end).firstToken()).start() < to) end++;
        return all.subList(i, end);
    }

    /** The person who is the subject of the last sentence in {@code [from, to)} with a reporting verb. */
    private String lastReporter(int from, int to) {
        String found = null;
        for (Sentence s : sentencesStartingIn(from, to)) {
            MentionIndex.Hit subject = subjectPerson(s, to);
            if (subject == null) continue;
            for (int k = subject.endToken(); k < s.endToken(); k++) {
                if (!quoted[k] && isCue(k) && isFiniteOrModal(chainHead(k))) {
                    found = subject.entity().id();
                    break;
                }
            }
        }
        return found;
    }

    /** Words before the opening mark in its sentence, or a lowercase start: a quotation inside a sentence. */
    private boolean insideWritersSentence(QuoteFinder.Raw q) {
        int open = tokens.firstTokenEndingAfter(q.open());
        boolean wordsBefore = open < tokens.size() && open > tokens.sentenceOf(tokens.get(open)).firstToken()
                && !tokens.get(open - 1).isPunctuation();
        return wordsBefore || Character.isLowerCase(text.codePointAt(q.content().start()));
    }

    // ---- reported speech without quote marks: "X said (that) ...", "..., X said", "according to X, ..."

    /** Reported content and who reported it. */
    record Indirect(Span content, Attribution attribution) {}

    private static final Set<String> TELL_VERBS = Set.of("tell", "inform", "assure", "remind", "warn", "ask", "urge",
            "encourage", "brief", "promise", "notify", "advise", "show", "convince", "persuade");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "how", "what", "why", "when",
            "who", "where");

    /** Every reported clause in the article whose cue is not already the cue of a whole direct quote. */
    List<Indirect> indirect(Set<Integer> directCues) {
        List<Indirect> out = new ArrayList<>();
        for (Sentence s : tokens.sentences()) {
            Indirect labelled = speakerLabel(s, directCues);
            if (labelled != null) out.add(labelled);
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (quoted[k] || directCues.contains(k)) continue;
                List<Indirect> found = lower(k).equals("in") ? inTheirWords(k, s) : !isCue(k) ? List.of()
                        : lower(k).equals("according") ? accordingTo(k, s) : reportedClause(k, s);
                if (found.isEmpty()) {
                    Indirect intention = intention(k, s);
                    if (intention == null) intention = nominalReport(k, s);
                    if (intention == null) intention = madeReport(k, s);
                    if (intention == null) intention = heldBelief(k, s);
                    if (intention == null) intention = sideTaken(k, s);
                    if (intention == null) intention = castAs(k, s);
                    if (intention != null) found = List.of(intention);
                }
                for (Indirect x : found) if (!asksForAnonymity(x)) out.add(x);
            }
        }
        return out;
    }

    /** "asked not to be quoted" (or named, or identified): the terms a source spoke on, not something it said. */
    private boolean asksForAnonymity(Indirect x) {
        int[] r = tokens.range(x.content());
        return r[1] - r[0] >= 4 && lower(r[0]).equals("not") && lower(r[0] + 1).equals("to")
                && lower(r[0] + 2).equals("be") && ANONYMOUS.contains(lemma(r[0] + 3));
    }

    private static final Set<String> ANONYMOUS = Set.of("name", "identify", "quote");

    /**
     * "REIS: Well, we closed half of it" in a transcript, "Lopes: talks have not ended" in a headline: a name
     * opening its paragraph, then a colon, then what the named one said, to the end of the paragraph.
     */
    private Indirect speakerLabel(Sentence s, Set<Integer> directCues) {
        int first = s.firstToken();
        if (first > 0 && tokens.get(first - 1).sentence() >= 0
                && tokens.sentences().get(tokens.get(first - 1).sentence()).paragraph() == s.paragraph()) return null;
        // A transcript quoted whole opens each of its paragraphs with a quotation mark: "CHEN: ...
        if (first + 1 < s.endToken() && SourcePhrases.OPENING_MARKS.contains(tokens.get(first).text())) first++;
        int colon = first;
        while (colon < s.endToken() && colon < first + 5 && !tokens.get(colon).text().equals(":")) colon++;
        if (colon >= s.endToken() - 1 || colon == first || !tokens.get(colon).text().equals(":")) return null;
        if (directCues.contains(colon)) return null;
        MentionIndex.Hit hit = index.at(colon - 1);
        boolean named = hit != null && hit.firstToken() == first && hit.endToken() == colon
                && (hit.entity().type() == EntityType.PERSON || hit.entity().type() == EntityType.ORGANIZATION);
        boolean allCaps = colon - first <= 2 && text.substring(tokens.get(first).start(), tokens.get(colon - 1).end())
                .matches("[\\p{Lu} .'-]{3,}");
        if (!named && !allCaps && !headlineLabel(s, first, colon)) return null;
        int end = s.endToken();
        while (end < tokens.size() && tokens.sentenceOf(tokens.get(end)).paragraph() == s.paragraph()) end++;
        // The next paragraph's opening mark, which sentence splitting may leave at the end of this one.
        if (end - 1 > colon + 1 && QUOTE_MARKS.contains(tokens.get(end - 1).text())
                && text.substring(tokens.get(end - 2).end(), tokens.get(end - 1).start()).contains("\n")) end--;
        // What a headline says ends before a closing full stop (headlines rarely have one; exports add it).
        Paragraph.Kind kind = paragraphs.get(s.paragraph()).kind();
        boolean headline = kind == Paragraph.Kind.HEADLINE || kind == Paragraph.Kind.SUBHEADLINE;
        if (headline && end - 1 > colon + 1 && tokens.get(end - 1).text().equals(".")) end--;
        Span np = phrases.span(first, colon);
        // A transcript's label gives the family name in capitals ("BAKER"), which the tagger may not see as one.
        Entity labelled = named ? hit.entity() : TranscriptTurns.speaker(np.of(text), entities);
        Attribution a = new Attribution(labelled == null ? null : labelled.id(), np, tokens.get(colon).span());
        return new Indirect(phrases.span(colon + 1, end), a);
    }

    /** The paragraph after the one {@code s} ends; null if it opens with a quotation mark or is not running text. */
    private Span nextParagraph(Sentence s) {
        int next = s.endToken();
        if (next >= tokens.size() || tokens.get(next).sentence() < 0 || quoted[next]) return null;
        int p = tokens.sentenceOf(tokens.get(next)).paragraph();
        Paragraph.Kind kind = paragraphs.get(p).kind();
        if (p == s.paragraph() || kind == Paragraph.Kind.HEADLINE || kind == Paragraph.Kind.BOILERPLATE) return null;
        int end = next;
        while (end < tokens.size() && tokens.get(end).sentence() >= 0
                && tokens.sentenceOf(tokens.get(end)).paragraph() == p) end++;
        return phrases.span(next, end);
    }

    /**
     * "In his words, the talks have stalled", "In Reis's words, ...", "..., in the words of Ana Reis.": like
     * "according to", a phrase naming whose words the rest of the sentence gives (common in translated news).
     * The phrase is the cue, the one it names the source.
     */
    private List<Indirect> inTheirWords(int k, Sentence s) {
        int j = k + 1;
        if (quoted[k] || j + 1 >= s.endToken()) return List.of();
        Span source;
        int wordsAt;
        if (SUBJECT_FORMS.containsKey(lower(j))) {
            source = tokens.get(j).span();
            wordsAt = j + 1;
        } else if (j + 3 < s.endToken() && lower(j).equals("the") && lower(j + 1).equals("words")
                && lower(j + 2).equals("of")) {
            source = phrases.nounPhraseAfter(j + 3, unquotedPhraseEnd(j + 3, s));
            wordsAt = j + 1;
        } else {
            MentionIndex.Hit hit = index.at(j);
            boolean owner = hit != null && hit.firstToken() == j && hit.endToken() + 1 < s.endToken()
                    && tokens.get(hit.endToken()).pos().equals("POS");
            source = owner ? hit.mention().span() : null;
            wordsAt = owner ? hit.endToken() + 1 : -1;
        }
        if (source == null || wordsAt < 0 || !lower(wordsAt).equals("words")) return List.of();
        int sourceEnd = Math.max(tokens.range(source)[1], wordsAt + 1);
        // "In the words of" before its source, as "according to"; "In her words" around it.
        int cueEnd = wordsAt == j + 1 && lower(j).equals("the") ? wordsAt + 1 : sourceEnd - 1;
        Span cue = new Span(tokens.get(k).start(), tokens.get(cueEnd).end());
        String pronoun = SUBJECT_FORMS.get(lower(j));
        Attribution a = pronoun != null ? new Attribution(pronoun(pronoun, source.start()), source, cue)
                : resolve(source, cue);
        if (a == null) return List.of();
        a = new Attribution(a.entity(), source, cue);
        if (sourceEnd < s.endToken() && lower(sourceEnd).equals(",")) {
            Span rest = clause(sourceEnd + 1, s);
            return rest == null ? List.of() : List.of(new Indirect(rest, a));
        }
        boolean last = onlyPunctuationAfter(sourceEnd, s) && k - 1 > s.firstToken() && lower(k - 1).equals(",");
        Span lead = last ? leadingContent(s, k - 1) : null;
        return lead == null ? List.of() : List.of(new Indirect(lead, a));
    }

    /** "Poll: Dockers Back the Strike", "Reis: Talks Must Go On": a headline opening with a short capitalised noun. */
    private boolean headlineLabel(Sentence s, int first, int colon) {
        Paragraph.Kind kind = paragraphs.get(s.paragraph()).kind();
        if (kind != Paragraph.Kind.HEADLINE && kind != Paragraph.Kind.SUBHEADLINE || colon - first > 3) return false;
        if (!tokens.get(first).isCapitalized()) return false;
        for (int k = first; k < colon; k++) if (!tokens.get(k).isNoun()) return false;
        return true;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "'", "‘", "’", "«", "»");

    /** The first token from {@code from} that breaks a phrase or is quoted; else the sentence's end. */
    private int unquotedPhraseEnd(int from, Sentence s) {
        int k = from;
        while (k < s.endToken() && !phrases.breaksPhrase(k) && !quoted[k]) k++;
        return k;
    }

    private List<Indirect> accordingTo(int k, Sentence s) {
        Span cue = new Span(tokens.get(k).start(), tokens.get(k + 1).end());
        int npEnd = unquotedPhraseEnd(k + 2, s);
        Span np = phrases.nounPhraseAfter(k + 2, npEnd);
        if (np == null) return List.of();
        String object = SUBJECT_FORMS.get(np.of(text).toLowerCase(Locale.ROOT));
        Attribution a = object != null ? new Attribution(pronoun(object, np.start()), np, cue) : resolve(np, cue);
        if (a == null) return List.of();
        // "according to the Harbour Alliance (HA)": a label in parentheses.
        int sourceEnd = appositionAfter(phrases.afterLabel(npEnd, s), s);
        // "according to Reyes, head of the guild, and other skippers.": a conjunct after the apposition ends it.
        boolean closed = tokens.get(sourceEnd - 1).text().equals(",");
        if (closed && sourceEnd + 1 < s.endToken() && COORDINATORS.contains(lower(sourceEnd))) {
            int conjunctEnd = phrases.phraseEnd(sourceEnd + 1, s.endToken());
            if (phrases.nounPhraseAfter(sourceEnd + 1, conjunctEnd) != null && onlyPunctuationAfter(conjunctEnd, s)) {
                sourceEnd = conjunctEnd;
                closed = false;
            }
        }
        // After the words it attributes, the comma that closes an apposition is the sentence's, not the source's
        // (opening the sentence, "According to X, head of Y, the pier ...", the convention keeps it).
        boolean trimmed = closed && k > leadStart(s);
        a = new Attribution(a.entity(), phrases.span(k + 2, trimmed ? sourceEnd - 1 : sourceEnd), cue);
        // "According to X, CLAUSE.", "CLAUSE, according to X." and "CLAUSE, according to X, and CLAUSE."
        int after = tokens.get(sourceEnd - 1).text().equals(",") ? sourceEnd : sourceEnd + 1;
        Span rest = null;
        if (after < s.endToken() && tokens.get(after - 1).text().equals(",")) {
            if (after + 1 < s.endToken() && COORDINATORS.contains(lower(after))) after++;
            rest = phrases.isRelativePronoun(after) ? null : clause(after, s);
        }
        // The words before, up to a comma or a dash ("is out of date -- and in places false -- according to X").
        boolean comma = k - 1 > s.firstToken() && tokens.get(k - 1).text().equals(",");
        boolean dash = k - 1 > s.firstToken() && SourcePhrases.DASHES.contains(lower(k - 1));
        Span lead = !comma && !dash || !hasClause(s.firstToken(), k - 1) ? null
                : phrases.span(leadStart(s), comma ? k - 1 : k);
        List<Indirect> out = new ArrayList<>();
        if (lead != null) out.add(new Indirect(lead, a));
        if (rest != null) out.add(new Indirect(rest, a));
        return out;
    }

    /**
     * "according to Ana Reis, head of the guild, the pier ...", "..., according to X, a former harbour clerk.": the end
     * of the source's apposition after {@code comma} (its closing comma included), or {@code comma} if there is
     * none.
     */
    private int appositionAfter(int comma, Sentence s) {
        if (comma + 1 >= s.endToken() || !tokens.get(comma).text().equals(",")) return comma;
        int close = comma + 1;
        while (close < s.endToken() && !quoted[close] && !tokens.get(close).text().equals(",")) close++;
        boolean quotation = close < s.endToken() && quoted[close];
        boolean apposition = !quotation && close - comma <= 15 && !hasClause(comma + 1, close)
                && phrases.opensApposition(comma + 1, close);
        if (!apposition) {
            return comma;
        }
        if (close < s.endToken()) return close + 1;
        int end = phrases.trimEnd(comma + 1, close);
        return end > comma + 1 ? end : comma;
    }

    /**
     * "Ruiz wants to appeal", "the union plans to strike", "the minister declined to comment", "she vowed to
     * fight": an intention or speech verb with a "to" complement, attributed only to someone who can intend (a
     * named person or organisation, a title's holder, a personal pronoun): "the vote is expected to pass" has no
     * source.
     */
    private Indirect intention(int k, Sentence s) {
        Token verb = tokens.get(k);
        String pos = verb.pos();
        boolean finite = finiteGroup(k);
        // "..., promising to lift the rules": a participle after a comma takes the subject of its clause.
        boolean participle = pos.equals("VBG") && (precededByComma(k) || afterPreposition(k));
        boolean intends = lexicons.isIntentionVerb(verb.lemma()) || lexicons.isSpeechVerb(verb.lemma());
        if (!finite && !participle || !intends || k + 2 >= s.endToken() || quoted[k + 1]) return null;
        // "continued to call for": the report is the cue after "to", which this verb only leads into.
        if (isCue(k + 2) && chainHead(k + 2) == k) return null;
        if (!tokens.get(k + 1).pos().equals("TO") && !(lexicons.isIntentionVerb(verb.lemma()) && toAfterObject(k, s))) {
            return null;
        }
        Attribution source;
        Span subject;
        if (participle) {
            source = subjectOfCue(k, s);
            subject = source == null ? null : source.mention();
        } else {
            subject = phrases.subjectBefore(k, s.firstToken());
            Span cue = cueSpan(k, k + 1);
            source = subject == null ? coordinatedSource(k, s, cue) : resolve(subject, cue);
            if (subject == null && source != null) subject = source.mention();
        }
        if (subject == null) return null;
        int head = tokens.range(subject)[1] - 1;
        // "The guild vowed to fight": a body of people speaks; "The plan promises to cut costs" does not.
        boolean body = lexicons.isSpeechVerb(verb.lemma()) && lexicons.isCollectiveAgent(lower(head));
        boolean someone = source != null && (source.entity() != null
                || SourcePhrases.PRONOUNS.contains(text.substring(subject.start(), subject.end()).toLowerCase(Locale.ROOT))
                || phrases.isTitleWord(head) || tokens.get(head).pos().equals("NNS") || body);
        if (!someone) return null;
        int end = s.endToken();
        for (int j = k + 2; j < s.endToken(); j++) {
            if (quoted[j]) continue;
            // "vowed to cut them, and Reis is promising ...": a new clause ends what is intended.
            boolean clause = lower(j).equals("and") && startsClause(j + 1, s);
            // "promised to keep fighting and said ...": a second report of the same subject ends it too.
            if (lower(j).equals(";") || coordinatedReport(j, s)
                    || tokens.get(j - 1).text().equals(",") && (lower(j).equals("but") || lower(j).equals("while")
                            || lower(j).equals("according") || tokens.get(j).pos().equals("VBG") || clause)) {
                end = tokens.get(j - 1).text().equals(",") ? j - 1 : j;
                break;
            }
        }
        end = phrases.trimEnd(k + 1, beforeFinalReport(k + 1, end));
        return end <= k + 2 ? null : new Indirect(phrases.span(k + 1, end), source);
    }

    /**
     * A finite verb, or one that heads a finite verb group: "didn't expect", "will refuse", "has vowed" (a bare form
     * or participle after its auxiliary), "is promising".
     */
    private boolean finiteGroup(int k) {
        String pos = tokens.get(k).pos();
        return isFinite(k) || (pos.equals("VB") || pos.equals("VBN")) && k > 0 && afterAuxiliary(k) || progressive(k);
    }

    /** "expects prices to rise", "wants the council to act": a short object, then "to" and a verb. */
    private boolean toAfterObject(int k, Sentence s) {
        int j = k + 1;
        while (j < s.endToken() && j <= k + 6 && !quoted[j]
                && (phrases.isNominal(j) || tokens.get(j).pos().equals("PRP") || index.at(j) != null)) j++;
        return j > k + 1 && j + 1 < s.endToken() && tokens.get(j).pos().equals("TO")
                && tokens.get(j + 1).pos().equals("VB");
    }

    /**
     * "Reis's claim that ...", "her warning that ...": a noun of saying
     * with its owner and a "that" clause is a report too; the owner is the source.
     */
    private Indirect nominalReport(int k, Sentence s) {
        if (!tokens.get(k).isNoun() || !REPORT_NOUNS.contains(lemma(k)) || k + 2 >= s.endToken()
                || !lower(k + 1).equals("that") || quoted[k + 1] || !startsClause(k + 2, s)) return null;
        Span owner = null;
        // "the coast guard's earlier claim that", "her repeated warning that": adjectives between owner and noun.
        int o = k - 1;
        while (o > s.firstToken() && o > k - 3 && (tokens.get(o).pos().startsWith("JJ")
                || tokens.get(o).pos().equals("RBR") || tokens.get(o).pos().equals("VBN"))) o--;
        if (o >= s.firstToken() && tokens.get(o).pos().equals("PRP$")) {
            owner = tokens.get(o).span();
        } else if (o - 1 >= s.firstToken() && tokens.get(o).pos().equals("POS")) {
            Span name = phrases.nounPhraseEndingAt(o - 1, s.firstToken());
            // ", contradicting the police's claim that": the participle whose object the report is owns nothing.
            int first = name == null ? -1 : tokens.firstTokenStartingAtOrAfter(name.start());
            if (first >= 0 && first < o - 1 && tokens.get(first).pos().equals("VBG") && precededByComma(first)) {
                name = new Span(tokens.get(first + 1).start(), name.end());
            }
            if (name != null) owner = new Span(name.start(), tokens.get(o).end());
        } else if (k - 1 >= s.firstToken()) {
            // "a Velmont Gazette report that ...", "the Harbour Board statement that": a name before the noun, with
            // its determiner, is whose report it is.
            MentionIndex.Hit name = index.at(k - 1);
            boolean source = name != null && name.endToken() == k && (name.entity().type() == EntityType.ORGANIZATION
                    || name.entity().type() == EntityType.PERSON);
            if (source) {
                int first = name.firstToken();
                if (first - 1 >= s.firstToken() && tokens.get(first - 1).pos().equals("DT")) first--;
                owner = new Span(tokens.get(first).start(), tokens.get(k - 1).end());
            }
        }
        if (owner == null) return null;
        String possessive = lower(tokens.firstTokenStartingAtOrAfter(owner.start()));
        String entity = switch (possessive) {
            case "his" -> pronoun("he", owner.start());
            case "her" -> pronoun("she", owner.start());
            default -> {
                int[] r = tokens.range(owner);
                MentionIndex.Hit hit = null;
                for (int i = r[0]; i < r[1] && hit == null; i++) hit = index.at(i);
                yield hit == null ? null : hit.entity().id();
            }
        };
        Span content = clause(k + 1, s);
        if (content != null && tokens.firstTokenStartingAtOrAfter(owner.start()) == leadStart(s)) {
            content = beforeSubjectsVerb(content);
        }
        Span cue = new Span(tokens.get(o + 1).start(), tokens.get(k).end());
        return content == null ? null : new Indirect(content, new Attribution(entity, owner, cue));
    }

    /**
     * "Reis's claim that the toll is illegal has been rejected": a report noun in the subject reports a clause that
     * ends where the sentence's own verb begins, a second verb with no auxiliary, "and", comma or subject of its own
     * before it.
     */
    private Span beforeSubjectsVerb(Span content) {
        int[] r = tokens.range(content);
        boolean verbSeen = false;
        for (int j = r[0]; j < r[1]; j++) {
            if (quoted[j] || !isFiniteOrModal(j)) continue;
            Token before = tokens.get(j - 1);
            boolean joined = CUE_LEAD.contains(before.lower()) || before.pos().equals("CC") || before.text().equals(",")
                    || before.pos().startsWith("PRP") || before.pos().startsWith("W")
                    || COMPLEMENTIZERS.contains(before.lower());
            if (verbSeen && !joined) {
                int end = phrases.trimEnd(r[0], j);
                return end > r[0] ? phrases.span(r[0], end) : content;
            }
            verbSeen = true;
        }
        return content;
    }

    /**
     * "made it clear that ...", "has made the case for ...", "made a comment about ...": "make" with "clear" or a
     * noun of saying reports what follows; the words up to it (and its preposition) are the cue.
     */
    private Indirect madeReport(int k, Sentence s) {
        if (!lemma(k).equals("make") || !tokens.get(k).isVerb()) return null;
        if (!finiteGroup(k)) return null;
        int j = k + 1;
        if (j < s.endToken() && lower(j).equals("it")) j++;
        if (j >= s.endToken() || !lower(j).equals("clear")) {
            j = k + 1 < s.endToken() && tokens.get(k + 1).pos().equals("DT") ? k + 2 : k + 1;
            j = pastModifiers(j, s);
            if (j >= s.endToken() || quoted[j] || !tokens.get(j).isNoun()
                    || !MADE_NOUNS.contains(lemma(j)) && !REPORT_NOUNS.contains(lemma(j))) return null;
        }
        int cueEnd = j + 1;
        if (cueEnd >= s.endToken()) return null;
        Span cue = cueSpan(k, cueEnd);
        Attribution source = subjectOrCoordinated(k, s, cue);
        if (source == null) return null;
        if (lower(cueEnd).equals("that") || startsClause(cueEnd, s)) {
            Span content = clause(cueEnd, s);
            return content == null ? null : new Indirect(content, source);
        }
        if (!TOPIC_PREPOSITIONS.contains(lower(cueEnd))) return null;
        return objectAt(cueEnd + 1, s, new Attribution(source.entity(), source.mention(), cueSpan(k, cueEnd + 1)));
    }

    /**
     * "Reis is confident that the pier will open", "the pilots were not sure the ferry would run": being sure,
     * convinced or afraid of a clause reports it; the form of "be" through the adjective is the cue.
     */
    private Indirect heldBelief(int k, Sentence s) {
        String pos = tokens.get(k).pos();
        if (!BELIEF_ADJECTIVES.contains(lower(k)) || !pos.startsWith("JJ") && !pos.equals("VBN") || k + 2 >= s.endToken()) {
            return null;
        }
        int be = k - 1;
        while (be > s.firstToken() && (tokens.get(be).pos().startsWith("RB") || lower(be).equals("not"))) be--;
        int clause = lower(k + 1).equals("that") || COMPLEMENTIZERS.contains(lower(k + 1)) ? k + 1 : -1;
        // "remains hopeful, as the talks go on": a clause set off by a comma is no belief's content.
        if (clause < 0 && !tokens.get(k + 1).isPunctuation() && startsClause(k + 1, s)) clause = k + 1;
        if (clause < 0) return null;
        Attribution source = copulaSubject(be, k + 1, s);
        Span content = source == null ? null : clause(clause, s);
        return content == null ? null : new Indirect(content, source);
    }

    /**
     * "is a fierce opponent of the tolls", "has long been an outspoken supporter of": being someone who takes a
     * side on something is a view of it; the subject is the source, "of" and what follows the content.
     */
    private Indirect sideTaken(int k, Sentence s) {
        if (!tokens.get(k).isNoun() || !SIDE_TAKERS.contains(lemma(k)) || k + 2 >= s.endToken()
                || !lower(k + 1).equals("of") || quoted[k + 1]) {
            return null;
        }
        int be = k - 1;
        while (be > s.firstToken() && !quoted[be] && (tokens.get(be).pos().startsWith("JJ")
                || tokens.get(be).pos().startsWith("RB") || tokens.get(be).pos().equals("DT")
                || lower(be).equals("and") || lower(be).equals(","))) be--;
        Attribution source = copulaSubject(be, k + 2, s);
        return source == null ? null : objectAt(k + 2, s, source);
    }

    /**
     * When {@code be} is a form of "be" (or "remain") whose predicate reports a view ("is sure that", "is a critic
     * of"): its subject as the source, the words from it to {@code cueEnd} as the cue; else null.
     */
    private Attribution copulaSubject(int be, int cueEnd, Sentence s) {
        if (!BE_FORMS.contains(lower(be)) && !lemma(be).equals("remain")) return null;
        Span subject = phrases.subjectBefore(be, s.firstToken());
        return subject == null ? null : resolve(subject, cueSpan(be, cueEnd));
    }

    private static final Set<String> SIDE_TAKERS = Set.of("supporter", "opponent", "critic", "defender", "advocate",
            "proponent", "champion", "backer", "foe", "skeptic", "sceptic");

    private static final Set<String> BELIEF_ADJECTIVES = Set.of("sure", "certain", "confident", "convinced",
            "afraid", "worried", "concerned", "hopeful", "optimistic", "pessimistic", "adamant", "aware", "skeptical",
            "sceptical", "doubtful", "frustrated", "unsure", "uncertain");

    private static final Set<String> MADE_NOUNS = Set.of("case", "point", "comment", "remark");

    private static final Set<String> REPORT_NOUNS = Set.of("claim", "statement", "assertion", "argument", "warning",
            "promise", "pledge", "suggestion", "insistence", "belief", "announcement", "accusation", "allegation",
            "admission", "prediction", "contention", "complaint", "threat", "vow", "acknowledgment", "acknowledgement",
            "view", "declaration", "testimony", "report", "conclusion", "finding", "assessment", "observation",
            "recommendation", "emphasis", "hope", "fear", "concern", "doubt", "suspicion", "assurance", "reminder",
            "charge");

    /**
     * "keeps casting Reyes as a “harbour pirate”", "praises the mayor as a “safe pair of hands”": whatever the verb,
     * casting someone or something as words in quote marks is the subject's view of them.
     */
    private Indirect castAs(int k, Sentence s) {
        Token verb = tokens.get(k);
        if (!verb.isVerb() || BE_FORMS.contains(lower(k)) || CUE_LEAD.contains(lower(k))) return null;
        int j = k + 1;
        // "went after Reyes as", "came down on the plan as": a particle or preposition before the object.
        if (j < s.endToken() && (tokens.get(j).pos().equals("RP") || CAST_PARTICLES.contains(lower(j)))) j++;
        int object = j;
        // "saw renewal of the program as a chance": an "of" phrase may complete the object.
        while (j < s.endToken() && j < object + 8 && !quoted[j]
                && (phrases.isNominal(j) || index.at(j) != null || tokens.get(j).pos().equals("PRP")
                        || lower(j).equals("of") && j > object)) {
            j++;
        }
        // "linked the outage to the storm": linking one thing to another is a claim about both.
        boolean linking = lemma(k).equals("link") && j + 1 < s.endToken() && lower(j).equals("to");
        if (j == object || j + 1 >= s.endToken() || !lower(j).equals("as") && !linking) return null;
        int mark = j + 1;
        if (mark + 1 < s.endToken() && tokens.get(mark).pos().equals("DT")) mark++;
        // "painted the guild as greedy", "cast herself as a reformer": these verbs cast without quote marks too.
        boolean casting = CASTING.contains(lemma(k)) || linking;
        if (!opensQuote[mark] && !casting) return null;
        // "Do the skippers see both fees as fair?": a question casts nothing.
        if (!opensQuote[mark] && endsInQuestion(s)) return null;
        // "saw the ferry as it left": "as" opening a clause is when, not what as.
        if (!opensQuote[mark] && subjectAndVerbAt(j + 1, s)) return null;
        Span cue = cueSpan(k, object > k + 1 ? k + 2 : k + 1);
        Attribution source = verb.pos().equals("VBG") && precededByComma(k) ? subjectOfCue(k, s)
                : subjectOrCoordinated(k, s, cue);
        if (source == null) return null;
        source = withCue(source, cue);
        if (!opensQuote[mark]) return objectAt(object, s, source);
        int end = mark;
        while (end < s.endToken() && quoted[end]) end++;
        return new Indirect(phrases.span(object, end), source);
    }

    /** The sentence ends in a question mark (inside closing quote marks or not). */
    private boolean endsInQuestion(Sentence s) {
        int last = s.endToken() - 1;
        while (last > s.firstToken() && QUOTE_MARKS.contains(lower(last))) last--;
        return lower(last).equals("?");
    }

    /** Verbs whose object "as" something is the subject's view of it: "painted the pier as a relic". */
    private static final Set<String> CASTING = Set.of("paint", "cast", "portray", "depict", "characterize",
            "characterise", "frame", "see", "view", "regard");

    private static final Set<String> CAST_PARTICLES = Set.of("after", "on", "against", "at");

    private List<Indirect> reportedClause(int k, Sentence s) {
        // "quoted Dahl as saying ...": the one quoted reports, at "saying"; "Reis, asked about it, said": the
        // one asked does not report the asking.
        if (quotedAs(k, s) >= 0 || phrases.passiveAside(k)) return List.of();
        Indirect passive = passiveReport(k, s);
        if (passive != null) return List.of(passive);
        List<Indirect> asReported = asReported(k, s);
        if (!asReported.isEmpty()) return asReported;
        Indirect quotedAsSaying = quotedAsSaying(k, s);
        if (quotedAsSaying != null) return List.of(quotedAsSaying);
        // "appeared to suggest", "went on to explain": the verb the cue hangs on is the clause's.
        int head = chainHead(k);
        String pos = tokens.get(head).pos();
        boolean finite = isFinite(head) || pos.equals("VB")
                || pos.equals("VBN") && head > 0 && (afterAuxiliary(head) || coordinatorOf(head, s) >= 0)
                || actsFinite(head) || progressive(head);
        // ", saying", ", even suggesting": a participle after the main clause.
        boolean participle = pos.equals("VBG") && (precededByComma(head) || afterPreposition(head)
                || head == s.firstToken() || absoluteSubject(head, s) >= 0 || mediumBefore(head, s) >= 0
                || head > 0 && participleAt(head - 1, s) == head && precededByComma(head - 1) || perceived(head));
        // "left the hall, waving flags and saying ...": a participle joined to one after the main clause.
        int firstParticiple = finite || participle ? -1 : participleJoinedTo(head, s);
        participle |= firstParticiple >= 0;
        if (!finite && !participle) return List.of();
        int cueEnd = particleEnd(k);
        Span cue = cueSpan(head, cueEnd);
        Attribution source = !participle ? null : firstParticiple < 0 ? subjectOfCue(head, s)
                : withCue(subjectOfCue(firstParticiple, s), cue);
        // ", each praising the pier and saying ...": the quantifier names the source, one of the subject's.
        boolean floating = firstParticiple > s.firstToken()
                && SourcePhrases.FLOATING_QUANTIFIERS.contains(lower(firstParticiple - 1));
        if (floating && source != null) {
            source = new Attribution(source.entity(), tokens.get(firstParticiple - 1).span(), cue);
        }
        if (!participle) {
            Span subject = phrases.subjectBefore(head, s.firstToken());
            if (subject != null) source = resolve(subject, cue);
        }
        // "..., said the minister." / "..., she said." : the content comes first.
        if (source == null && head - 1 > s.firstToken() && precededByComma(head)) {
            int npEnd = phrases.phraseEnd(k + 1, s.endToken());
            Span np = withAffiliation(phrases.nounPhraseAfter(cueEnd, npEnd), npEnd, s);
            // "..., said Marta Ruiz." and "..., said Marta Ruiz, an adviser to the board who ...".
            boolean apposition = npEnd + 1 < s.endToken() && tokens.get(npEnd).text().equals(",")
                    && phrases.appositionEnd(npEnd, npEnd + 1) > npEnd;
            Span content = leadingContent(s, head - 1);
            // "..., shows private operators outpacing the city": a verb after the noun phrase makes it the
            // object of a report whose subject came before, not a speaker after the words.
            int afterNp = np == null ? npEnd : tokens.range(np)[1];
            boolean object = afterNp < npEnd && (tokens.get(afterNp).pos().equals("VBG") || isFiniteOrModal(afterNp));
            if (np != null && content != null && !object && (onlyPunctuationAfter(npEnd, s) || apposition)) {
                Attribution a = resolve(np, cue);
                return a == null ? List.of() : List.of(new Indirect(content, a));
            }
            if (source == null) return List.of();
        }
        if (source == null) source = coordinatedSource(head, s, cue);
        if (source == null) {
            // An infinitive's source brings its cue, "to" included.
            source = purposeSource(head, s, cue);
            if (source == null) source = causedSource(head, s);
            if (source != null) cue = source.cue();
        }
        if (source == null) return List.of();
        source = withCue(source, cue);
        // "The governor added:" ending its paragraph: the next one, with no quote marks (a block quotation whose
        // indentation the text lost), is what was added.
        if (lower(cueEnd - 1).equals(":") && onlyPunctuationAfter(cueEnd, s)) {
            Span block = nextParagraph(s);
            if (block != null) return List.of(new Indirect(block, source));
        }
        // "the storms, which they said were the worst in years", "what the engineers said was a waste": a report
        // inside a relative clause; what it reports is the rest of that clause, from its verb after the cue.
        if (cueEnd < s.endToken() && isFiniteOrModal(cueEnd) && afterRelativeWord(source.mention())) {
            Span content = clause(cueEnd, s);
            if (content != null) return List.of(new Indirect(content, source));
        }
        // "The timetable, she told the Gazette on Monday, was ...": a reporting clause set off by commas inside the
        // sentence reports the words around it, not what follows the one told.
        int subjectStart = tokens.firstTokenStartingAtOrAfter(source.mention().start());
        boolean setOff = subjectStart < head && subjectStart - 1 > s.firstToken()
                && tokens.get(subjectStart - 1).text().equals(",")
                && !phrases.opensRelativeClause(source.mention()) && reportingClauseEnd(k, cueEnd, s) > cueEnd;
        // "As Reis noted in a letter last week, the fees have doubled": a clause opening the sentence with "as"
        // and its reporting verb reports the main clause after it, whatever adverbials end the "as" clause.
        Span afterAs = setOff ? null : afterOpeningAs(subjectStart, cueEnd, s);
        if (afterAs != null) return List.of(new Indirect(afterAs, source));
        // "voiced doubts that it would open": what the view says follows its noun, which belongs to the cue.
        int view = viewNounEnd(k, cueEnd, s);
        if (view >= 0 && lower(view).equals("that")) {
            Span content = clause(view, s);
            Span named = new Span(cue.start(), tokens.get(view - 1).end());
            if (content != null) {
                return List.of(new Indirect(content, new Attribution(source.entity(), source.mention(), named)));
            }
        }
        // "pointed to claims that ...": what is pointed to is an object, not someone told.
        boolean pointing = lemma(k).equals("point") && cueEnd < s.endToken() && lower(cueEnd).equals("to");
        int after = setOff || pointing ? -1 : contentStart(k, cueEnd, s);
        if (after >= 0) {
            Span content = clause(after, s);
            // "After saying the docks were unsafe, Reis left": the report ends where the main clause begins.
            int mainClause = !participle ? subordinateClauseEnd(head, s)
                    : Math.max(openingPhraseEnd(head, s), setOffParticipleEnd(head, s));
            if (content != null && mainClause > after && tokens.get(mainClause).start() < content.end()) {
                // A closing mark that ends the phrase is the quotation's: "saying it was “too old,” she left".
                content = phrases.span(after, quoted[mainClause] ? mainClause + 1 : mainClause);
            }
            if (content != null && phrases.opensRelativeClause(source.mention())) {
                content = relativeClauseContent(after, content);
            }
            // "urges sanctions on Velmont; ...": what looked like a clause has no verb of its own; it is an object.
            if (content != null) return List.of(new Indirect(content, source));
        }
        Span proForm = setOff ? null : proFormContent(k, cueEnd, s);
        if (proForm != null) return List.of(new Indirect(proForm, source));
        Indirect object = setOff ? null : objectContent(k, cueEnd, s, source);
        if (object != null) return List.of(object);
        // "CLAUSE, X said (on Tuesday)." and "A, X said (in a report), (and) B."
        int comma = subjectStart - 1;
        // "CLAUSE, as X put it."
        boolean as = comma > s.firstToken() && lower(comma).equals("as");
        if (as) comma--;
        // "... is a “lawful source of income,” as a memo put it.": the words put that way are the quotation, which
        // the quote rules attribute; the writer's words before it are no report of the memo's.
        if (as && comma - 1 > s.firstToken() && quoted[comma] && tokens.get(comma - 1).text().equals(",")
                && !quoted[s.firstToken()]) {
            return List.of();
        }
        // "The harbour “has changed for the better,” she said.": words of the writer's, then the speaker's, the
        // comma inside the closing marks.
        if (comma - 1 > s.firstToken() && quoted[comma] && !quoted[s.firstToken()]
                && tokens.get(comma - 1).text().equals(",") && onlyAdverbialsAfter(cueEnd, s)) {
            return List.of(new Indirect(phrases.span(s.firstToken(), comma + 1), source));
        }
        if (comma <= s.firstToken() || !tokens.get(comma).text().equals(",") || quoted[comma - 1]) return List.of();
        Span lead = phrases.span(leadStart(s), comma);
        int past = reportingClauseEnd(k, cueEnd, s);
        if (past < s.endToken() && tokens.get(past).text().equals(",")) {
            int rest = past + 1;
            // "..., the board said, citing the figures": a participle that reports after the reporting clause is a
            // report of its own, no second part of what was said.
            if (rest < s.endToken() && tokens.get(rest).pos().equals("VBG") && isCue(rest)) {
                return hasClause(s.firstToken(), comma) ? List.of(new Indirect(lead, source)) : List.of();
            }
            if (rest < s.endToken() && COORDINATORS.contains(lower(rest))) rest++;
            int restEnd = phrases.trimEnd(rest, beforeFinalReport(rest, writersClause(rest, s.endToken())));
            if (restEnd <= rest || !hasClause(s.firstToken(), comma) && !hasClause(rest, restEnd)) {
                return List.of();
            }
            return List.of(new Indirect(lead, source), new Indirect(phrases.span(rest, restEnd), source));
        }
        // "Pilots with twenty years at sea, she said.": a sentence that is only a noun phrase and its reporting clause reports
        // the phrase (an answer, in speech, needs no verb).
        boolean fragment = !hasClause(s.firstToken(), comma) && phrases.isNominal(s.firstToken())
                && !phrases.isTime(s.firstToken()) && comma - s.firstToken() >= 2 && onlyPunctuationAfter(cueEnd, s);
        if (!onlyAdverbialsAfter(cueEnd, s) || !hasClause(s.firstToken(), comma) && !fragment
                || subordinateClause(s.firstToken(), comma)) {
            return List.of();
        }
        return List.of(new Indirect(lead, source));
    }

    /**
     * "said as much on the radio", "said the same of the pier", "does not think so.": a pro-form stands for words
     * reported before it, and is what this report says ("the same rules" is an object, read elsewhere).
     */
    private Span proFormContent(int k, int cueEnd, Sentence s) {
        int j = TELL_VERBS.contains(lemma(k)) ? pastTheOneTold(cueEnd, s) : cueEnd;
        if (j >= s.endToken() || quoted[j]) return null;
        boolean endsHere = j + 1 == s.endToken() || tokens.get(j + 1).isPunctuation();
        // "said so", "said no", "said yes": the answer stands for what was asked.
        if (ANSWER_WORDS.contains(lower(j)) && endsHere) return tokens.get(j).span();
        if (j + 1 >= s.endToken()) return null;
        if (lower(j).equals("as") && lower(j + 1).equals("much")) return phrases.span(j, j + 2);
        if (!lower(j).equals("the") || !lower(j + 1).equals("same")) return null;
        int end = j + 2;
        if (end < s.endToken() && tokens.get(end).isNoun()) return null;
        // "the same of Reis": whom it is said of belongs to it.
        if (end + 1 < s.endToken() && SAME_OF.contains(lower(end))) {
            Span np = phrases.nounPhraseAfter(end + 1, phrases.phraseEnd(end + 1, s.endToken()));
            if (np != null) return new Span(tokens.get(j).start(), np.end());
        }
        return phrases.span(j, end);
    }

    private static final Set<String> SAME_OF = Set.of("of", "about", "for");

    private static final Set<String> ANSWER_WORDS = Set.of("so", "no", "yes");

    /** The main clause after an "as" clause that opens the sentence and holds the report, or null. */
    private Span afterOpeningAs(int subjectStart, int cueEnd, Sentence s) {
        int as = subjectStart - 1;
        if (as < s.firstToken() || as != leadStart(s) || !lower(as).equals("as") || quoted[as]) return null;
        boolean relative = false;
        for (int j = cueEnd; j + 1 < s.endToken() && j < cueEnd + 15 && !quoted[j]; j++) {
            // "in a letter that she sent,": a relative clause inside the adverbial may have verbs of its own.
            relative |= RELATIVE_OBJECTS.contains(lower(j)) && j > cueEnd && tokens.get(j - 1).isNoun();
            if (!relative && (tokens.get(j).isVerb() || COMPLEMENTIZERS.contains(lower(j)))) return null;
            if (lower(j).equals(",")) return clause(j + 1, s);
        }
        return null;
    }

    /** Whether a relative word opens the clause that {@code subject} is the subject of: "which they said". */
    private boolean afterRelativeWord(Span subject) {
        int before = tokens.firstTokenStartingAtOrAfter(subject.start()) - 1;
        return before >= 0 && !quoted[before] && RELATIVE_OBJECTS.contains(lower(before));
    }

    private static final Set<String> RELATIVE_OBJECTS = Set.of("which", "that", "what", "who", "whom");

    /**
     * "After the board raised the fees, the skippers said no.": words from {@code from} to {@code comma}
     * that are one adverbial clause, when or why the main clause happens, not what was said (unlike "Though the
     * pier held, she said, the fees ...", where the report goes on after it).
     */
    private boolean subordinateClause(int from, int comma) {
        if (from < comma && COORDINATORS.contains(lower(from))) from++;
        if (from >= comma || !AFTER_QUOTE_SUBORDINATORS.contains(lower(from))) return false;
        for (int j = from + 1; j < comma; j++) if (tokens.get(j).text().equals(",")) return false;
        return true;
    }

    /**
     * "A, X said(, in a statement), B", "A, she told the Gazette in May, B": past whom she told, where and when, to the
     * comma that closes the reporting clause; else {@code cueEnd}.
     */
    private int reportingClauseEnd(int k, int cueEnd, Sentence s) {
        // "told me", "told the Gazette": the one told.
        int j = TELL_VERBS.contains(lemma(k)) ? pastTheOneTold(cueEnd, s) : cueEnd;
        // "in a statement", "on Friday": where and when.
        while (j < s.endToken() && !quoted[j] && (tokens.get(j).pos().equals("IN")
                && !COMPLEMENTIZERS.contains(lower(j)) || phrases.isTime(j))) {
            int n = phrases.nominalRunEnd(j + 1, Math.min(s.endToken(), j + 7));
            if (n == j + 1 && !phrases.isTime(j)) break;
            j = n;
        }
        return j > cueEnd && j < s.endToken() && tokens.get(j).text().equals(",") ? j : cueEnd;
    }

    /**
     * Past a short pronoun or noun phrase from {@code from}, whom a tell-verb told: "me", "the Gazette", "two of the
     * skippers" (a share of those told, "of" and all: it is no topic).
     */
    private int pastTheOneTold(int from, Sentence s) {
        int j = pastNominal(from, s);
        boolean share = j == from + 1 && j + 1 < s.endToken() && lower(j).equals("of")
                && (SourcePhrases.QUANTIFIER_SUBJECTS.contains(lower(from)) || tokens.get(from).pos().equals("CD"));
        int whole = share ? pastNominal(j + 1, s) : j;
        return whole > j + 1 ? whole : j;
    }

    private int pastNominal(int from, Sentence s) {
        int j = from;
        while (j < s.endToken() && j < from + 5 && !quoted[j] && !phrases.isTime(j)
                && (tokens.get(j).pos().equals("PRP") || phrases.isNominal(j) || index.at(j) != null)) {
            j++;
        }
        return j;
    }

    /**
     * "urged members of the harbour board to ...", "told Tom Reyes, the host of the morning show, that ...": the one
     * told, ending at {@code j}, goes on with an "of" phrase or an apposition between commas when "that" or "to" and
     * a verb follows them; the token after them, or {@code j} when nothing such follows (then "of" may be the topic:
     * "warned him of the risk").
     */
    private int pastWhatCompletesTheOneTold(int j, Sentence s) {
        int k = j;
        for (int parts = 0; parts < 3 && k < s.endToken(); parts++) {
            boolean apposition = lower(k).equals(",");
            if (!apposition && !lower(k).equals("of")) break;
            int end = k + 1;
            // Between commas a time may be an owner: "Kari Dahl, the host of this year's debate, to".
            while (end < s.endToken() && end < k + 12 && !quoted[end] && (!phrases.isTime(end) || apposition)
                    && (phrases.isNominal(end) || index.at(end) != null || apposition && end > k + 1
                    && APPOSITION_PREPOSITIONS.contains(lower(end)))) {
                end++;
            }
            if (end == k + 1 || apposition && (end >= s.endToken() || !lower(end).equals(","))) break;
            k = apposition ? end + 1 : end;
            if (k >= s.endToken()) break;
            if (COMPLEMENTIZERS.contains(lower(k))
                    || tokens.get(k).pos().equals("TO") && k + 1 < s.endToken() && tokens.get(k + 1).isVerb()) {
                return k;
            }
        }
        return j;
    }

    private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("of", "for", "at");

    /**
     * "..., said one engineer in the harbour office.", "said a spokeswoman for the board": what a source named by a
     * common noun belongs to, to the phrase's end (before {@code limit}), is part of who it is; not when or how it
     * was said ("said a clerk on Monday", "in a statement"), and not after a name ("said Reis on the radio").
     */
    private Span withAffiliation(Span np, int limit, Sentence s) {
        if (np == null) return null;
        int j = tokens.range(np)[1];
        int end = phrases.phraseEnd(j, limit);
        boolean name = index.at(j - 1) != null && index.at(j - 1).endToken() == j;
        if (j >= end || name || !AFFILIATIONS.contains(lower(j)) || reportSetting(j, s)) return np;
        for (int k = j + 1; k < end; k++) {
            if (quoted[k] || phrases.isTime(k) || !phrases.isNominal(k) && index.at(k) == null) return np;
        }
        return end > j + 1 ? new Span(np.start(), tokens.get(end - 1).end()) : np;
    }

    private static final Set<String> AFFILIATIONS = Set.of("of", "for", "in", "at", "on", "inside", "within", "with",
            "from");

    private static final Set<String> SIDING = Set.of("agree", "disagree", "side");
    /** Verbs of attacking or recoiling whose target, after "at", is what they say something about. */
    private static final Set<String> AIMED_AT = Set.of("bristle", "balk", "scoff", "poke", "lash", "jab", "snipe",
            "swipe");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "over");

    /**
     * "The fare rise was reported by the Gazette", "her doubts were echoed by several pilots": a passive report
     * with its agent, who is the source; the subject is what was reported, or what the report was about.
     */
    private Indirect passiveReport(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBN")) return null;
        int by = particleEnd(k);
        while (by < s.endToken() && tokens.get(by).pos().equals("RB")) by++;
        // "has been called a fraud by rival skippers": what one is named comes before who named one.
        int named = by;
        if (NAMING.contains(lemma(k))) {
            while (by < s.endToken() && by < named + 8 && (quoted[by] || phrases.isNominal(by))) by++;
        }
        if (by + 1 >= s.endToken() || !lower(by).equals("by") || quoted[by]) return null;
        // "was reported", "has been endorsed", "was being told": a form of "be" before the participle.
        int first = auxiliariesStart(k, s);
        if (!passiveBetween(first, k)) return null;
        Span subject = phrases.subjectBefore(first, s.firstToken());
        Span agent = phraseAfter(by + 1, s);
        // "by scores of harbour pilots from three towns", "by a number of the pilots I asked": a share or a number
        // is of those after "of".
        int of = agent == null ? -1 : tokens.range(agent)[1];
        if (of > 0 && of + 1 < s.endToken() && lower(of).equals("of")) {
            Span whole = phrases.nounPhraseAfter(of + 1, phrases.nominalRunEnd(of + 1, s.endToken()));
            // "by 61 percent of those surveyed": those the participle picks out.
            int last = whole == null ? -1 : tokens.range(whole)[1];
            if (last > 0 && last < s.endToken() && lower(last - 1).equals("those")
                    && (tokens.get(last).pos().equals("VBG") || tokens.get(last).pos().equals("VBN"))) {
                whole = new Span(whole.start(), tokens.get(last).end());
            }
            if (whole != null) agent = new Span(agent.start(), whole.end());
        }
        if (subject == null || agent == null) return null;
        agent = withRestriction(agent, s);
        if (by > named) {
            Attribution namer = resolve(agent, new Span(tokens.get(first).start(), tokens.get(named - 1).end()));
            return namer == null ? null : new Indirect(phrases.span(named, by), namer);
        }
        Attribution source = resolve(agent, new Span(tokens.get(first).start(), tokens.get(by).end()));
        return source == null ? null : new Indirect(subject, source);
    }

    /** The noun phrase opening at {@code from}, with the affiliation that completes it ("a lawyer for the guild"). */
    private Span phraseAfter(int from, Sentence s) {
        int end = phrases.phraseEnd(from, s.endToken());
        return withAffiliation(phrases.nounPhraseAfter(from, end), end, s);
    }

    /**
     * "Dahl was quoted as saying the toll was unfair", "was quoted by the Gazette as saying ...", "The Gazette quoted
     * Dahl as saying ...": the one quoted is the source, what follows "as saying" what was said; whoever quoted only
     * passed it on.
     */
    private Indirect quotedAsSaying(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBG") || k - 2 < s.firstToken() || !lower(k - 1).equals("as")) return null;
        int quotedAt = -1;
        for (int v = k - 2; v >= s.firstToken() && v > k - 12 && quotedAt < 0; v--) {
            if (quotedAs(v, s) == k - 1) quotedAt = v;
        }
        if (quotedAt < 0) return null;
        int first = auxiliariesStart(quotedAt, s);
        boolean passive = passiveBetween(first, quotedAt);
        Span quotedOne = passive ? phrases.subjectBefore(first, s.firstToken())
                : lower(quotedAt + 1).equals("by") ? null : phrases.span(quotedAt + 1, k - 1);
        int after = quotedOne == null ? -1 : contentStart(k, particleEnd(k), s);
        Span content = after < 0 ? null : clause(after, s);
        if (content == null) return null;
        // The cue runs from the verb of quoting (with its auxiliaries in the passive) to "saying".
        Span cue = new Span(tokens.get(passive ? first : quotedAt).start(), tokens.get(k).end());
        Attribution source = resolve(quotedOne, cue);
        if (source == null) return null;
        return new Indirect(content, passive ? source : new Attribution(source.entity(), quotedOne, cue));
    }

    /** The first of the auxiliaries and adverbs before the verb at {@code k} ("has also been", "was being"). */
    private int auxiliariesStart(int k, Sentence s) {
        int first = k;
        while (first - 1 >= s.firstToken() && (tokens.get(first - 1).pos().startsWith("RB")
                || CUE_LEAD.contains(lower(first - 1)) || BE_FORMS.contains(lower(first - 1))
                || lower(first - 1).equals("being"))) {
            first--;
        }
        return first;
    }

    /** A form of "be" among the auxiliaries from {@code first} to the participle at {@code k}: a passive. */
    private boolean passiveBetween(int first, int k) {
        for (int j = first; j < k; j++) if (BE_FORMS.contains(lower(j)) || lower(j).equals("being")) return true;
        return false;
    }

    /**
     * After "quoted" or "cited" at {@code k}, the "as" that introduces what was said ("quoted as saying", "quoted by
     * the Gazette as saying", "quoted Dahl as saying"); -1 if none.
     */
    private int quotedAs(int k, Sentence s) {
        if (!tokens.get(k).isVerb() || !lemma(k).equals("quote") && !lemma(k).equals("cite")) return -1;
        int j = k + 1;
        if (j < s.endToken() && lower(j).equals("by")) j++;
        while (j < s.endToken() && j < k + 10 && !quoted[j] && (phrases.isNominal(j) || index.at(j) != null)) j++;
        boolean as = j + 1 < s.endToken() && lower(j).equals("as") && tokens.get(j + 1).pos().equals("VBG");
        return as ? j : -1;
    }

    /**
     * "As reported by the Gazette, the fees have doubled", "The pier is unsafe, as noted in the council's
     * survey.": "as", a participle and who (by) or what (in) reported, set off from the main clause, which is what
     * was reported; the participle is the cue.
     */
    private List<Indirect> asReported(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBN") && !tokens.get(k).pos().equals("VBD")) return List.of();
        // "as first reported by", "as previously noted in": an adverb (or "first", tagged as an adjective).
        int as = k - 1;
        while (as > s.firstToken() && as >= k - 2 && (tokens.get(as).pos().equals("RB") || lower(as).equals("first"))) {
            as--;
        }
        if (!lower(as).equals("as") || quoted[as]) return List.of();
        int by = particleEnd(k);
        if (by + 1 >= s.endToken() || !(lower(by).equals("by") || lower(by).equals("in"))) return List.of();
        Span agent = phraseAfter(by + 1, s);
        Attribution source = agent == null ? null : resolve(agent, tokens.get(k).span());
        if (source == null) return List.of();
        int after = tokens.range(agent)[1];
        if (as == leadStart(s)) {
            if (after >= s.endToken() || !lower(after).equals(",")) return List.of();
            Span content = clause(after + 1, s);
            if (content == null) return List.of();
            // "As reported by the Gazette, the fees ...": what follows the comma is the report, no apposition.
            return List.of(new Indirect(content, new Attribution(source.entity(), agent, source.cue())));
        }
        // "The fees have doubled, as noted by Ana Reis, the mayor.": the report ends the sentence.
        boolean last = onlyPunctuationAfter(tokens.range(source.mention())[1], s);
        if (!lower(as - 1).equals(",")) return List.of();
        if (last) {
            Span content = leadingContent(s, as - 1);
            return content == null ? List.of() : List.of(new Indirect(content, source));
        }
        // "The board, as reported by the Gazette, insists on inspections": the words around the aside, as around a
        // reporting clause set off inside the sentence.
        Span rest = after < s.endToken() && lower(after).equals(",") ? clause(after + 1, s) : null;
        if (rest == null || as - 1 <= leadStart(s)) return List.of();
        return List.of(new Indirect(phrases.span(leadStart(s), as - 1), source), new Indirect(rest, source));
    }

    private static final Set<String> EXPRESSING = Set.of("express", "voice");

    /** Past the possessive, adjectives and adverbs from {@code from} that lead into a noun ("their deep", "real"). */
    private int pastModifiers(int from, Sentence s) {
        int j = from;
        while (j < s.endToken() && !quoted[j] && (tokens.get(j).pos().equals("PRP$")
                || tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("RB"))) j++;
        return j;
    }

    /**
     * "voiced real unease about", "aired their doubts that": after a verb that expresses a view, the token
     * past the noun naming the view (perhaps led by a possessive and adjectives); -1 if none.
     */
    private int viewNounEnd(int k, int cueEnd, Sentence s) {
        if (!EXPRESSING.contains(lemma(k))) return -1;
        int noun = pastModifiers(cueEnd, s);
        int end = noun;
        while (end < s.endToken() && !quoted[end] && tokens.get(end).isNoun() && index.at(end) == null) end++;
        return end > noun && end < s.endToken() ? end : -1;
    }

    /**
     * "criticized the plan", "warned of a war", "called for a ceasefire": the object is the reported content, and a
     * preposition after a speech verb belongs to the cue.
     */
    private Indirect objectContent(int k, int cueEnd, Sentence s, Attribution source) {
        int from = cueEnd;
        Span cue = source.cue();
        // "voiced real unease about the fares": the view named belongs to the cue, what it is about follows.
        int view = viewNounEnd(k, cueEnd, s);
        if (view >= 0 && TOPIC_PREPOSITIONS.contains(lower(view))) {
            cue = new Span(cue.start(), tokens.get(view).end());
            from = view + 1;
        }
        // "did not respond to two emails", "responded with a strike": what an answer was, or what it
        // answered, is what the answer says.
        if (ANSWERING.contains(lemma(k)) && from + 1 < s.endToken() && ANSWER_PREPOSITIONS.contains(lower(from))) {
            Indirect answered = objectAt(from + 1, s, source);
            return answered == null ? null
                    : new Indirect(new Span(tokens.get(from).start(), answered.content().end()), answered.attribution());
        }
        // "pointed to the strike as a reason": what one points to is cited.
        if (lemma(k).equals("point") && from < s.endToken() && lower(from).equals("to")) {
            Span pointed = new Span(cue.start(), tokens.get(from).end());
            return objectAt(from + 1, s, new Attribution(source.entity(), source.mention(), pointed));
        }
        int topic = from == cueEnd ? topicPreposition(k, from, s) : -1;
        // "asked the board about the funds", "warned him about ...": the one told, then what about.
        if (topic < 0 && TELL_VERBS.contains(lemma(k))) {
            int j = pastTheOneTold(from, s);
            if (j > from && j < s.endToken() && DISTANT_TOPICS.contains(lower(j)) && !approximates(j)
                    && pastWhatCompletesTheOneTold(j, s) == j) topic = j;
        }
        if (topic >= 0 && (lexicons.isSpeechVerb(lemma(k)) || lexicons.isOpinionVerb(lemma(k)))) {
            cue = new Span(cue.start(), tokens.get(topic).end());
            from = topic + 1;
        } else {
            // "spoke on Monday", "said in a statement": when or how it was said, not what about; "announced on
            // Sunday the closure of ...": the object may follow it.
            if (from < s.endToken() && reportSetting(from, s)) {
                from = settingEnd(from, s);
                if (from >= s.endToken() || !tokens.get(from).pos().equals("DT")) return null;
            }
            if (NAMING.contains(lemma(k))) {
                // "called the charges unfounded", "called him “a liar”": naming someone something is an opinion.
                if (!hasComplement(from, s)) return null;
            } else if (!lexicons.isOpinionVerb(lemma(k)) && !(lemma(k).equals("find") && isStudy(source.mention()))) {
                // "A 2019 study by the guild found 31 cases": what a study finds is its finding ("the police
                // found a gun" is none).
                return null;
            }
        }
        return objectAt(from, s, withCue(source, cue));
    }

    /**
     * "by scores of groups ranging from old allies to new ones", "by skippers who use the lock", "by skippers I spoke
     * to": a participle's phrase or a restrictive relative clause after a noun phrase restricts it, as it does before
     * a verb; through a list that ends the sentence ("... such as the Gazette, the Herald and the Post").
     */
    private Span withRestriction(Span np, Sentence s) {
        int after = tokens.range(np)[1];
        if (after >= s.endToken() || quoted[after]) return np;
        boolean participle = tokens.get(after).pos().equals("VBG") && !isCue(after);
        // "by skippers I spoke to": a clause with no relative word.
        boolean contact = SourcePhrases.CONTACT_SUBJECTS.contains(lower(after)) && after + 1 < s.endToken()
                && tokens.get(after + 1).isFinite();
        if (!participle && !contact && !SourcePhrases.RESTRICTIVE_RELATIVES.contains(lower(after))) return np;
        int end = phrases.phraseEnd(after, s.endToken());
        int last = s.endToken();
        while (last > end && tokens.get(last - 1).isPunctuation()) last--;
        boolean list = true;
        for (int k = end; k < last && list; k++) list = !quoted[k] && !tokens.get(k).isVerb();
        if (list) end = Math.max(end, last);
        return new Span(np.start(), tokens.get(end - 1).end());
    }

    /** Whether the head noun of {@code phrase} (before any preposition) names a study: "A 2019 study by ...". */
    private boolean isStudy(Span phrase) {
        if (phrase == null) return false;
        int[] r = tokens.range(phrase);
        String head = null;
        for (int j = r[0]; j < r[1] && (phrases.isNominal(j) || index.at(j) != null); j++) {
            if (tokens.get(j).isNoun()) head = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
        }
        return head != null && STUDIES.contains(head);
    }

    private static final Set<String> STUDIES = Set.of("study", "survey", "poll", "report", "analysis", "review",
            "audit", "investigation", "research", "probe", "census", "count", "tally", "inquiry", "paper");

    private static final Set<String> ANSWERING = Set.of("respond", "reply");
    private static final Set<String> ANSWER_PREPOSITIONS = Set.of("to", "with", "by");

    /** The noun phrase (or gerund) opening at {@code from} as what {@code source} reported, to where it ends. */
    private Indirect objectAt(int from, Sentence s, Attribution source) {
        if (from >= s.endToken()) return null;
        // "called for immediately cutting the tax": an adverb may lead into the object.
        int head = from;
        while (head + 1 < s.endToken() && tokens.get(head).pos().equals("RB") && !quoted[head]) head++;
        String pos = tokens.get(head).pos();
        // "cited rising costs", "proposes scrapping the surcharge", "called for increased spending": a
        // participle or gerund opens it too; "long-standing fees": so does a hyphen the tagger left after an
        // adverb (isNominal knows an attached hyphen).
        boolean nounPhrase = phrases.isNominal(head) || pos.startsWith("PRP") || quoted[head] || index.at(head) != null
                || pos.equals("VBG")
                || pos.equals("VBN") && head + 1 < s.endToken() && tokens.get(head + 1).isNoun();
        if (!nounPhrase) return null;
        int end = s.endToken();
        for (int j = from + 1; j < s.endToken(); j++) {
            if (quoted[j]) continue;
            // The object ends before a clause about it ("the health of X, who is 70"), the main clause after a
            // relative or opening one ("who ... called for a recount, met", "When she wrote her memoir, Reis
            // said") or the time, occasion or medium of the report ("criticized the board in late-night posts",
            // "... on Thursday").
            boolean comma = tokens.get(j - 1).text().equals(",");
            // "cited three fares, including the one from Velmont": a list's examples are part of it.
            boolean listing = lower(j).equals("including");
            // "accused him of lying, though records show ...": a concession of the writer's, with its own subject.
            boolean concession = CONCESSIONS.contains(lower(j)) && subjectAndVerbAt(j + 1, s);
            if (lower(j).equals(";") || concession || comma && (participleAt(j, s) >= 0 && !listing
                    || lower(j).equals("according") || lower(j).equals("but") || lower(j).equals("while")
                    || lower(j).equals("and") && !nounPhraseAndOnly(j + 1, s)
                    || lower(j).equals("not") || absoluteParticiple(j, s) >= 0
                    || phrases.isRelativePronoun(j) || isFiniteOrModal(j) || subjectAndVerbAt(j, s))) {
                end = comma ? j - 1 : j;
                break;
            }
            // "praises the old pier -- has proposed ...": a spaced dash closes an aside the object was in.
            if (OBJECT_ENDS.contains(lower(j)) || reportSetting(j, s) || SourcePhrases.DASHES.contains(lower(j))) {
                end = j;
                break;
            }
            // "praised the dockers but has said ...": a second report begins.
            if (coordinatedReport(j, s) || verbOfSubjectAround(j, source.cue(), s)) {
                end = comma ? j - 1 : j;
                break;
            }
        }
        end = phrases.trimEnd(from, beforeFinalReport(from, end));
        if (end <= from) return null;
        return new Indirect(phrases.span(from, end), source);
    }

    private static final Set<String> CONCESSIONS = Set.of("although", "though", "whereas");

    /** From {@code from}, a noun phrase with no verb to the sentence's end: a last item joined to a list. */
    private boolean nounPhraseAndOnly(int from, Sentence s) {
        if (from >= s.endToken() || !opensNounPhrase(from)) return false;
        for (int j = from; j < s.endToken(); j++) if (quoted[j] || isFiniteOrModal(j)) return false;
        return true;
    }

    /**
     * "about" in "spoke out on Tuesday about", "called Friday for", "spoke emotionally of": the preposition that
     * says what the report at {@code k} is about, right after it or after a particle, adverbs and when or where
     * it was said; -1 if none.
     */
    private int topicPreposition(int k, int from, Sentence s) {
        int j = from;
        while (j < s.endToken() && j < from + 6 && !quoted[j]) {
            if (reportSetting(j, s)) {
                j = settingEnd(j, s);
            } else if (lower(j).equals("at") && j == from && AIMED_AT.contains(lemma(k))) {
                return j;
            } else if (sideTakenIn(j, s)) {
                // "spoke in favour of", "spoke out in defence of": the side taken, as "against" is.
                return j + 2;
            } else if (lower(j).equals("with") && j == from && SIDING.contains(lemma(k))) {
                // "agreed with the harbour master", "disagrees with her old deputy": whom one sides with is the view.
                return j;
            } else if (TOPIC_PREPOSITIONS.contains(lower(j)) && !approximates(j) && !onTerms(j)) {
                // After a setting, "on" and "for" are more often where and for whom ("wrote in May for readers
                // abroad", "talked for an hour on the quay"); "called Friday for" still asks.
                boolean topic = j == from || DISTANT_TOPICS.contains(lower(j))
                        || lower(j).equals("for") && NAMING.contains(lemma(k));
                return topic ? j : -1;
            } else if (phrases.isTime(j) || lower(j).equals("out")
                    || tokens.get(j).pos().equals("RB") && !lower(j).equals("not") && !lower(j).equals("n't")) {
                j++;
            } else {
                break;
            }
        }
        return -1;
    }

    private static final Set<String> DISTANT_TOPICS = Set.of("about", "of", "against");
    private static final Set<String> SIDES = Set.of("favor", "favour", "support", "defence", "defense");

    /** "in favour of", "in support of", "in defence of" at {@code j}. */
    private boolean sideTakenIn(int j, Sentence s) {
        return j + 3 < s.endToken() && lower(j).equals("in") && SIDES.contains(lower(j + 1))
                && lower(j + 2).equals("of") && !quoted[j + 3];
    }

    /**
     * "spoke on condition that she not be named", "spoke on behalf of the guild", "on the record": the terms on
     * which, or for whom, one speaks, not what about.
     */
    private boolean onTerms(int j) {
        if (!lower(j).equals("on") || j + 1 >= tokens.size()) return false;
        int k = lower(j + 1).equals("the") && j + 2 < tokens.size() ? j + 2 : j + 1;
        return SPEAKING_TERMS.contains(lower(k));
    }

    private static final Set<String> SPEAKING_TERMS = Set.of("condition", "behalf", "background", "record");

    private static final Set<String> OBJECT_ENDS = Set.of("during", "since", "while", "when", "because", "amid",
            "despite", "until");

    /** "in a statement", "on Thursday", "at a rally", "in early-morning tweets": when, where or how it was said. */
    private boolean reportSetting(int j, Sentence s) {
        // "talked for nearly an hour": how long, not what for.
        if (lower(j).equals("for")) {
            int k = j + 1;
            while (k < s.endToken() && k < j + 4 && tokens.get(k).pos().startsWith("RB")) k++;
            return k < s.endToken() && phrases.isTime(k);
        }
        if (!lower(j).equals("in") && !lower(j).equals("on") && !lower(j).equals("at")) return false;
        int k = j + 1;
        while (k < s.endToken() && k < j + 5 && phrases.isNominal(k)) {
            String w = lower(k);
            if (phrases.isTime(k) || SourcePhrases.SETTINGS.contains(w)) return true;
            k++;
        }
        return false;
    }

    /** The token after the setting phrase that {@link #reportSetting} found at {@code j}. */
    private int settingEnd(int j, Sentence s) {
        int k = j + 1;
        // The setting's own determiner, not the one opening the object after it; "for about an hour": its time.
        while (k < s.endToken() && k < j + 5 && (phrases.isTime(k) || tokens.get(k).pos().startsWith("RB")
                || phrases.isNominal(k) && (k == j + 1 || !tokens.get(k).pos().equals("DT")))) k++;
        return k;
    }

    /**
     * An object and then what it is called: "the plan a farce", "him “a liar”", "her vote on the war a mistake":
     * a noun phrase begins right after a noun, with no verb before it ("a group called the Friends met" has none).
     */
    private boolean hasComplement(int from, Sentence s) {
        for (int j = from + 1; j < s.endToken(); j++) {
            Token t = tokens.get(j), before = tokens.get(j - 1);
            if (t.isVerb() && !quoted[j] && !gerundAsNoun(j) || t.pos().equals("MD")) return false;
            boolean afterNoun = before.isNoun() || before.pos().equals("PRP") || quoted[j - 1] && !opensQuote[j - 1]
                    || gerundAsNoun(j - 1);
            boolean phrase = t.pos().equals("DT") || t.pos().startsWith("JJ") || opensQuote[j];
            if (afterNoun && phrase) return true;
        }
        return false;
    }

    /** "the ruling", "Friday's ruling", "her handling": an -ing form after a determiner or possessive is a noun. */
    private boolean gerundAsNoun(int j) {
        if (j == 0 || !tokens.get(j).pos().equals("VBG")) return false;
        String before = tokens.get(j - 1).pos();
        return before.equals("DT") || before.equals("POS") || before.equals("PRP$");
    }

    /** "two of them", "40 skippers": a number counting those told (not "show 411, ..."). */
    private boolean countsOneTold(int j, Sentence s) {
        return tokens.get(j).pos().equals("CD") && j + 1 < s.endToken()
                && (lower(j + 1).equals("of") || tokens.get(j + 1).isNoun());
    }

    /** Where the reported clause after a cue starts, or -1: after "that", an indirect object, or a colon. */
    private int contentStart(int k, int cueEnd, Sentence s) {
        int i = cueEnd;
        // "a group called the Friends met": what a naming verb names is no clause it reports.
        if (NAMING.contains(lemma(k))) return -1;
        if (i < s.endToken() && TELL_VERBS.contains(lemma(k))) {
            // "told reporters that", "warned Russia that", "told two of them that": skip the person told.
            int j = i;
            while (j < s.endToken() && j < i + 8 && !COMPLEMENTIZERS.contains(lower(j))
                    && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("PRP") || tokens.get(j).pos().equals("DT")
                    || countsOneTold(j, s)
                    || tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("POS") || quoted[j]
                    || index.at(j) != null)) j++;
            if (j < s.endToken() && COMPLEMENTIZERS.contains(lower(j))) return j;
            int completed = pastWhatCompletesTheOneTold(j, s);
            if (completed > j) return COMPLEMENTIZERS.contains(lower(completed)) ? completed : i;
            boolean tell = lemma(k).equals("tell") || lemma(k).equals("show");
            if (tell && j > i && j < s.endToken() && startsClause(j, s)) return j;
            // "urged Republicans to join", "told his advisers to find a way": the one told and what they are to do.
            if (j > i && j + 1 < s.endToken() && tokens.get(j).pos().equals("TO") && tokens.get(j + 1).isVerb()) return i;
            // "told reporters on Sunday that", "told Marlow on Thursday how": an adverbial between the person told
            // and the clause.
            // "showed in detail how": or between the verb and the clause, no one told.
            int that = thatAfterAdverbial(j, s);
            if (that >= 0) return that;
            int past = afterAdverbial(j, s);
            if (past > j && past < s.endToken() && COMPLEMENTIZERS.contains(lower(past))) return past;
            // "told him the pier was closed", "warned the council the pier was unsafe": the words taken for the
            // one told run into the clause's subject; it starts at the last pronoun, determiner or name before
            // the verb.
            for (int p = j - 1; p > i; p--) {
                MentionIndex.Hit name = index.at(p);
                boolean opens = SUBJECT_PRONOUNS.contains(lower(p)) || tokens.get(p).pos().equals("DT")
                        || name != null && name.firstToken() == p;
                if (opens && startsClause(p, s)) return p;
            }
            if (tell) return -1;
        }
        boolean comma = i < s.endToken() && tokens.get(i).text().equals(",");
        if (i < s.endToken() && (tokens.get(i).text().equals(":") || comma)) i++;
        if (i >= s.endToken()) return -1;
        // "The talks go on, she said.": after a comma, a reporting clause of its own is the writer's
        // attribution of what came before, not what this verb reports.
        boolean pronounReports = i + 1 < s.endToken() && tokens.get(i).pos().equals("PRP") && isCue(i + 1)
                && !reportsClause(particleEnd(i + 1));
        if (comma && (pronounReports || reportOpens(i))) return -1;
        if (COMPLEMENTIZERS.contains(lower(i))) return i;
        // "agreed, but also argued that ...", "mocked and derided the guild", "said and the guild agreed": a
        // coordinator after the cue opens another clause or verb, not what this one reports.
        if (COORDINATORS.contains(lower(i))) return -1;
        // "warned, as did the guild itself, that ...", "argued, as she had in May, that": a comparison set off;
        // "said, citing its survey, that", "argued, speaking after the vote, that": a participle set off.
        if (i > cueEnd && (lower(i).equals("as") || tokens.get(i).pos().equals("VBG"))) {
            int closes = closingComma(i, s);
            if (closes >= 0) return lower(closes + 1).equals("that") ? closes + 1 : -1;
        }
        // "said on Tuesday that", "said in a statement that": adverbials before the complementizer.
        int that = thatAfterAdverbial(i, s);
        if (that >= 0) return that;
        // "said after the meeting she would ...": a time or place phrase, then the clause.
        int past = afterAdverbial(i, s);
        if (past > i && startsClause(past, s)) return past;
        if (!startsClause(i, s)) return -1;
        for (int j = i; j < s.endToken() && j < i + 30; j++) {
            if (!quoted[j] && isFiniteOrModal(j)) return verbOfSubjectAround(j, tokens.get(k).span(), s) ? -1 : i;
        }
        return i;
    }

    /**
     * "Pilots who praised the plan said it would fail": the verb at {@code j} is the sentence's own, whose subject
     * takes in the cue (which is in a relative clause of that subject), so it is no clause the cue reports.
     */
    private boolean verbOfSubjectAround(int j, Span cue, Sentence s) {
        if (!isFiniteOrModal(j) && !actsFinite(j)) return false;
        int relative = tokens.firstTokenStartingAtOrAfter(cue.start()) - 1;
        while (relative > s.firstToken() && (tokens.get(relative).pos().startsWith("RB")
                || tokens.get(relative).pos().equals("MD") || CUE_LEAD.contains(lower(relative)))) relative--;
        if (relative <= s.firstToken() || !phrases.isRelativePronoun(relative)) return false;
        Span subject = phrases.subjectBefore(j, s.firstToken());
        return subject != null && subject.start() < tokens.get(relative).start() && subject.end() >= cue.end();
    }

    /** The comma closing a phrase set off from {@code i} (", citing its survey, that"), if it comes soon; else -1. */
    private int closingComma(int i, Sentence s) {
        for (int j = i + 1; j + 1 < s.endToken() && j < i + 12 && !quoted[j]; j++) if (lower(j).equals(",")) return j;
        return -1;
    }

    /** The token after a time or place phrase starting at {@code i} ("after the meeting", "in Braga"), or i. */
    private int afterAdverbial(int i, Sentence s) {
        if (!ADVERBIAL_PREPOSITIONS.contains(lower(i))) return i;
        int j = phrases.nominalRunEnd(i + 1, Math.min(s.endToken(), i + 7));
        // "said on Monday the rota was unsafe": a determiner or pronoun after the phrase's noun opens the clause.
        for (int k = i + 2; k < j; k++) {
            String pos = tokens.get(k).pos();
            if ((pos.equals("DT") || pos.equals("PRP")) && tokens.get(k - 1).isNoun()) {
                j = k;
                break;
            }
        }
        // "said in a report, and B": a comma after the phrase ends the report; what follows is another part,
        // unless it is a clause of its own ("said under the plan, fares would rise"), not a relative one about
        // the phrase ("show a close race in the state, where ...").
        if (j < s.endToken() && tokens.get(j).text().equals(",")) {
            boolean clause = j > i + 1 && j + 1 < s.endToken() && !tokens.get(j + 1).pos().startsWith("W")
                    && startsClause(j + 1, s);
            return clause ? j + 1 : i;
        }
        return j > i + 1 ? j : i;
    }

    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("after", "before", "at", "in", "on", "during",
            "following", "since", "outside", "inside", "under", "amid");

    /**
     * The "that" within a few words from {@code i} with no verb or quote before it, or -1: "said in a press
     * conference, Wednesday evening, that".
     */
    private int thatAfterAdverbial(int i, Sentence s) {
        // "rejects the notion that ...", "cited early reports that ...": an object and its clause, no adverbial.
        String pos = i < s.endToken() ? tokens.get(i).pos() : "";
        boolean adverbial = pos.equals("IN") || pos.startsWith("RB") || phrases.isTime(i) || lower(i).equals(",");
        if (!adverbial && !lower(i).equals("that")) return -1;
        boolean relative = false;
        for (int j = i; j < s.endToken() && j < i + 16; j++) {
            // "said at a meeting that lasted an hour that ...": "that" with a verb right after it opens the
            // adverbial's relative clause; the clause reported comes after it, if at all.
            if (lower(j).equals("that") && j > i && j + 1 < s.endToken() && isFiniteOrModal(j + 1)) {
                relative = true;
                j++;
                continue;
            }
            // "tells so many tales that ...", "such a fuss that": a clause of result, not one reported.
            if (lower(j).equals("so") || lower(j).equals("such")) return -1;
            if (lower(j).equals("that")) return j;
            // "shows her on the quay, contradicting the claim that ...": a participle set off by a comma
            // has an object of its own, and a "that" inside it is not this verb's; only right after the phrase
            // ("said on Monday, citing a survey, that") does the clause come.
            if (precededByComma(j) && tokens.get(j).pos().equals("VBG")) {
                int closes = closingComma(j, s);
                return closes >= 0 && lower(closes + 1).equals("that") ? closes + 1 : -1;
            }
            // A base form or participle inside the adverbial is a noun the tagger misread ("a campaign stop") or
            // describes it ("a statement released Monday"); a finite verb ends it, and so does a report of its own
            // after a comma ("praised the ferry, saying that ...").
            if (!relative && isFiniteOrModal(j) || quoted[j] || precededByComma(j) && isCue(j)) break;
        }
        return -1;
    }

    /**
     * "Reis says the mayor promised ... and said she would appeal": a reporting verb after "and" or "but" shares the
     * subject of the reporting verb before it in the sentence.
     */
    private Attribution coordinatedSource(int k, Sentence s, Span cue) {
        int coordinator = coordinatorOf(k, s);
        if (coordinator <= s.firstToken()) return null;
        // "Reis laughed and said", "Ruiz paused, and added": a verb with nothing after it shares its subject.
        int bare = coordinator - 1;
        if (tokens.get(bare).text().equals(",") && bare > s.firstToken()) bare--;
        if (!quoted[bare] && isFinite(bare) && !isCue(bare)) {
            Span subject = phrases.subjectBefore(bare, s.firstToken());
            if (subject != null) return subjectOf(bare, subject, cue);
        }
        for (int j = coordinator - 1; j >= s.firstToken(); j--) {
            // "did not deny this, but emphasized": the earlier verb may be a bare form after an auxiliary.
            // "is telling X that ... and says", "has encouraged X ... but has said": or a progressive or perfect.
            // Not an infinitive: "say it is too early to discuss a run but noted" shares the subject of "say".
            boolean perfect = tokens.get(j).pos().equals("VBN") && afterAuxiliary(j);
            boolean bareForm = tokens.get(j).pos().equals("VB") && afterAuxiliary(j);
            if (quoted[j] || !isCue(j) || !isFinite(j) && !bareForm && !progressive(j) && !perfect) continue;
            return verbSubject(j, s, cue);
        }
        // "who have marched through the town and called for ...": the subject of the perfect it shares.
        int perfect = perfectBefore(coordinator, s);
        Span subject = perfect < 0 ? null : phrases.subjectBefore(perfect, s.firstToken());
        if (subject != null) return subjectOf(perfect, subject, cue);
        return mainClauseSource(coordinator, s, cue);
    }

    /**
     * "met on Friday to discuss the fees", "called a press conference to announce that ...": an infinitive of
     * purpose after a clause of meeting or going (not after a verb that takes it: "wants to discuss") reports for
     * the subject of that clause's verb; "to" is part of the cue.
     */
    private Attribution purposeSource(int k, Sentence s, Span cue) {
        if (k - 2 < s.firstToken() || !tokens.get(k - 1).pos().equals("TO")) return null;
        Token before = tokens.get(k - 2);
        if (before.isVerb() || before.pos().equals("MD") || quoted[k - 2] || before.isPunctuation()) return null;
        int verb = finiteBefore(k - 2, s);
        if (verb < 0 || !GATHERING.contains(lemma(verb))) return null;
        return verbSubject(verb, s, new Span(tokens.get(k - 1).start(), cue.end()));
    }

    /**
     * "forced Reyes to admit that ...", "led the mayor, who had been silent, to declare ...": an infinitive after the
     * object of a verb that makes someone act reports for that object; "to" is part of the cue.
     */
    private Attribution causedSource(int k, Sentence s) {
        if (k - 3 < s.firstToken() || !tokens.get(k - 1).pos().equals("TO")) return null;
        int end = k - 2;
        // ", who runs the port,": a clause about the object, set off by commas.
        if (lower(end).equals(",")) {
            int open = phrases.relativeClauseOpening(end, s.firstToken(), 25);
            if (open < 0) return null;
            end = open - 1;
        }
        Span object = end >= s.firstToken() ? phrases.nounPhraseEndingAt(end, s.firstToken()) : null;
        if (object == null) return null;
        int verb = tokens.firstTokenStartingAtOrAfter(object.start()) - 1;
        if (verb < s.firstToken() || !tokens.get(verb).isVerb() || !CAUSING.contains(lemma(verb))) return null;
        Attribution a = resolve(object, new Span(tokens.get(k - 1).start(), tokens.get(particleEnd(k) - 1).end()));
        // The object as it stands, without the clause about it.
        return a == null ? null : new Attribution(a.entity(), object, a.cue());
    }

    /** Verbs that make someone act: their object does what the infinitive after it says. */
    private static final Set<String> CAUSING = Set.of("force", "lead", "prompt", "cause", "compel", "push", "drive",
            "pressure", "persuade", "convince", "spur", "inspire");

    /** The nearest finite verb at or before {@code from} in the sentence, outside quotation marks; else -1. */
    private int finiteBefore(int from, Sentence s) {
        for (int v = from; v >= s.firstToken(); v--) if (!quoted[v] && isFinite(v)) return v;
        return -1;
    }

    /** "can be heard yelling", "was seen telling": a participle after a passive verb of perceiving. */
    private boolean perceived(int k) {
        if (k < 2 || !tokens.get(k).pos().equals("VBG") || !tokens.get(k - 1).pos().equals("VBN")) return false;
        return PERCEIVING.contains(lemma(k - 1)) && BE_FORMS.contains(lower(k - 2));
    }

    private static final Set<String> PERCEIVING = Set.of("hear", "see", "catch", "film", "record", "show", "overhear");

    /**
     * "marched on, waving flags and saying ...": the participle after the main clause, set off by its comma, that
     * the participle at {@code k} is joined to by "and"; -1 if none.
     */
    private int participleJoinedTo(int k, Sentence s) {
        if (!tokens.get(k).pos().equals("VBG") || k - 1 <= s.firstToken() || !COORDINATORS.contains(lower(k - 1))) {
            return -1;
        }
        for (int j = k - 2; j > s.firstToken() && j > k - 15 && !quoted[j]; j--) {
            if (!tokens.get(j).pos().equals("VBG")) {
                if (isFiniteOrModal(j) || tokens.get(j).text().equals(",")) return -1;
                continue;
            }
            // ", each praising the pier and saying ...": a quantifier may stand for the subject.
            boolean floating = j - 1 > s.firstToken() && SourcePhrases.FLOATING_QUANTIFIERS.contains(lower(j - 1));
            int lead = floating ? j - 1 : j;
            return precededByComma(lead) ? j : -1;
        }
        return -1;
    }

    /** The same source for another cue; null for none. */
    private static Attribution withCue(Attribution a, Span cue) {
        return a == null ? null : new Attribution(a.entity(), a.mention(), cue);
    }

    /** The subject before the verb at {@code verb}, as the source of {@code cue}; null if it has none. */
    private Attribution verbSubject(int verb, Sentence s, Span cue) {
        Span subject = phrases.subjectBefore(verb, s.firstToken());
        return subject == null ? null : subjectOf(verb, subject, cue);
    }

    /** Verbs of meeting and going somewhere, whose infinitive says what for ("gathered to discuss"). */
    private static final Set<String> GATHERING = Set.of("meet", "gather", "convene", "assemble", "rally", "travel",
            "come", "go", "fly", "visit", "return", "arrive", "call", "hold", "speak", "appear", "stop");

    /**
     * The subject of the verb at {@code verb}, as the source of {@code cue} further on: its span is read against
     * its own verb ("X, her rival, bemoaned the unrest and said": the apposition before "bemoaned" is X's).
     */
    private Attribution subjectOf(int verb, Span subject, Span cue) {
        Attribution a = resolve(subject, cueSpan(verb, verb + 1));
        return withCue(a, cue);
    }

    /**
     * "Ana Reis, the mayor, bemoaned the delay and said ...": the sentence's only verb before the coordinator,
     * whose subject opens the sentence, shares that subject with the cue.
     */
    private Attribution mainClauseSource(int coordinator, Sentence s, Span cue) {
        int verb = -1;
        for (int j = s.firstToken(); j < coordinator; j++) {
            if (quoted[j] || !isFiniteOrModal(j)) continue;
            if (verb >= 0) return null;
            verb = j;
        }
        if (verb < 0) return null;
        Attribution a = verbSubject(verb, s, cue);
        // Read against its verb, the subject takes in a title before the name ("Mr. Reyes is wary ...").
        if (a == null || tokens.firstTokenStartingAtOrAfter(a.mention().start()) != s.firstToken()) return null;
        return a;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /** Prepositions that govern a noun phrase and never open a clause. */
    private static final Set<String> GOVERNING_PREPOSITIONS = Set.of("in", "on", "at", "with", "from", "for", "of",
            "into", "onto", "under", "through", "during", "within", "without", "about", "via", "among", "across",
            "against", "toward", "towards", "inside", "outside", "amid");

    /**
     * A past form the tagger took for a participle that is the sentence's verb: "The union called for a strike",
     * "X, director of the fund, urged ..." (not "a film called", "the figures cited by", "a plan described as").
     */
    private boolean actsFinite(int k) {
        if (!tokens.get(k).pos().equals("VBN") || k == 0 || k + 1 >= tokens.size()) return false;
        String next = lower(k + 1);
        if (NOT_AFTER_FINITE.contains(next) || tokens.get(k + 1).isPunctuation()) return false;
        // "dockers nearly unanimously voiced anger": adverbs may stand between the subject and the verb.
        int b = k - 1;
        while (b > 0 && tokens.get(b).pos().equals("RB") && !quoted[b]) b--;
        Token before = tokens.get(b);
        if (!before.isNoun() && !before.text().equals(",")) return false;
        // "The scheme is taken from a pamphlet published days before": the clause has its verb already, so the
        // participle describes the noun.
        if (before.isNoun() && clauseHasVerbBefore(b)) return false;
        // "In a letter posted Friday, Reis said": a noun governed by a preposition that opens the sentence (or
        // follows a comma) is no subject ("those at the back of the queue paid" still has one); a time
        // stands between a subject and its verb ("Reyes, the mayor, on Friday called for").
        if (before.isNoun() && !phrases.isTime(b)) {
            int first = b;
            while (first > 0 && !tokens.get(first).pos().equals("DT") && !quoted[first - 1]
                    && (phrases.isNominal(first - 1) || index.at(first - 1) != null)) {
                first--;
            }
            int preposition = first - 1;
            boolean opening = preposition >= 0 && (preposition == tokens.sentenceOf(tokens.get(k)).firstToken()
                    || preposition > 0 && tokens.get(preposition - 1).text().equals(","));
            if (opening && GOVERNING_PREPOSITIONS.contains(lower(preposition))) return false;
        }
        // Naming verbs name after a noun unless they ask for something ("called for", "called on") or a person
        // or organisation names something ("Reis called Friday's vote a farce"; "a group called the Friends").
        if (NAMING.contains(lemma(k))) {
            MentionIndex.Hit namer = index.at(k - 1);
            boolean someone = namer != null && namer.endToken() == k && (namer.entity().type() == EntityType.PERSON
                    || namer.entity().type() == EntityType.ORGANIZATION);
            Sentence s = tokens.sentenceOf(tokens.get(k));
            int topic = topicPreposition(k, k + 1, s);
            return topic >= 0 && (lower(topic).equals("for") || lower(topic).equals("on"))
                    || someone && hasComplement(k + 1, s);
        }
        return true;
    }

    /** Whether a finite verb comes before {@code k} in its clause (back to a comma, a relative word or the start). */
    private boolean clauseHasVerbBefore(int k) {
        Sentence s = tokens.sentenceOf(tokens.get(k));
        for (int j = k - 1; j >= s.firstToken(); j--) {
            if (quoted[j] || tokens.get(j).text().equals(",") || phrases.isRelativePronoun(j)
                    || COMPLEMENTIZERS.contains(lower(j)) || COORDINATORS.contains(lower(j))) {
                return false;
            }
            if (isFiniteOrModal(j)) return true;
        }
        return false;
    }

    private static final Set<String> NOT_AFTER_FINITE = Set.of("by", "in", "as", "at", "from", "with", "to", "into");
    private static final Set<String> NAMING = Set.of("call", "name", "dub", "title", "label", "term", "nickname",
            "brand");

    /** The -ing participle at {@code j}, or after an adverb there (", even suggesting"); else -1. */
    private int participleAt(int j, Sentence s) {
        if (tokens.get(j).pos().equals("VBG")) return j;
        boolean led = tokens.get(j).pos().equals("RB") && j + 1 < s.endToken() && tokens.get(j + 1).pos().equals("VBG");
        return led ? j + 1 : -1;
    }

    /** "is calling for", "were warning that": a form of "be" and the cue's -ing form make the clause's verb. */
    private boolean progressive(int k) {
        if (!tokens.get(k).pos().equals("VBG")) return false;
        int j = k - 1;
        while (j > 0 && tokens.get(j).pos().startsWith("RB")) j--;
        return j >= 0 && BE_FORMS.contains(lower(j));
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "'s", "'re", "been", "be");

    private boolean isFinite(int k) {
        return tokens.get(k).isFinite();
    }

    /** A finite verb or a modal: where a clause has its verb. */
    private boolean isFiniteOrModal(int k) {
        return tokens.get(k).isFiniteOrModal();
    }

    /**
     * "... and said ...": a second report begins at the coordinator, so the first one's content ends there. The
     * tagger may read "had stalled and added that" as two participles: a cue followed by "that" counts too.
     */
    private boolean coordinatedReport(int j, Sentence s) {
        // ", yet refuses to": "yet" joins two verbs only after a comma ("has not yet said" is an adverb).
        boolean yet = lower(j).equals("yet") && j > 0 && tokens.get(j - 1).text().equals(",");
        if (!COORDINATORS.contains(lower(j)) && !yet) return false;
        // "and has said", "but has since denied": auxiliaries and adverbs before the verb.
        int v = j + 1;
        while (v < s.endToken() && !quoted[v] && (CUE_LEAD.contains(lower(v)) || tokens.get(v).pos().startsWith("RB"))) v++;
        if (v >= s.endToken() || quoted[v]) return false;
        // "and seemed to think": the cue after "to" hangs on the verb after the coordinator.
        int chained = v + 2 < s.endToken() && lower(v + 1).equals("to") ? v + 2 : -1;
        // "and plans to cut the fees", "and expects it to run late": an intention is a report of its own too.
        boolean intends = lexicons.isIntentionVerb(lemma(v))
                && (lower(v + 1).equals("to") || toAfterObject(v, s));
        if (!isCue(v) && !intends && (chained < 0 || chainHead(chained) != v)) return false;
        String pos = tokens.get(v).pos();
        return isFinite(v) || v > j + 1 && (pos.equals("VBN") || pos.equals("VB"))
                || v + 1 < s.endToken() && lower(v + 1).equals("that")
                || pos.equals("VBN") && (perfectBefore(j, s) >= 0 || pastBefore(j, s));
    }

    /** Verbs of saying more that a speaker, in the writer's words, did not do: "but did not elaborate". */
    private static final Set<String> SAYING_MORE = Set.of("elaborate", "specify", "explain", "comment");
    /** "gave no details", "offered no evidence": what a speaker, in the writer's words, did not give. */
    private static final Set<String> GIVING = Set.of("give", "offer", "provide");

    /**
     * "said talks were set for Monday but did not elaborate / but gave no details": the subject's next act, a
     * remark of the writer's on what the speaker left out, is no part of what was said.
     */
    private boolean withholdsMore(int j, Sentence s) {
        if (!COORDINATORS.contains(lower(j))) return false;
        int v = j + 1;
        boolean negated = false;
        while (v < s.endToken() && !quoted[v]
                && (CUE_LEAD.contains(lower(v)) || tokens.get(v).pos().startsWith("RB"))) {
            negated |= lower(v).equals("not") || lower(v).equals("n't") || lower(v).equals("never");
            v++;
        }
        if (v >= s.endToken() || quoted[v] || !tokens.get(v).isVerb()) return false;
        if (negated) return SAYING_MORE.contains(lemma(v));
        return GIVING.contains(lemma(v)) && v + 1 < s.endToken() && lower(v + 1).equals("no");
    }

    /**
     * "branded the rota “a mess” and called/VBN for ...": the tagger may take a past form right after the
     * coordinator {@code j} for a participle; when the verb before the coordinator is a simple past, the two are
     * one subject's verbs. Not "the fees approved and backed by ..." (a participle coordinated with a participle).
     */
    private boolean pastBefore(int j, Sentence s) {
        for (int verb = j - 1; verb > s.firstToken() && verb > j - 25; verb--) {
            if (quoted[verb]) continue;
            String pos = tokens.get(verb).pos();
            if (pos.equals("VBD")) return isCue(verb) && !afterAuxiliary(verb);
            if (pos.equals("VBN") || isFiniteOrModal(verb)) return false;
        }
        return false;
    }

    /**
     * "has criticized the tax and called for new fees": a participle right after the coordinator {@code j} shares
     * the perfect of the participle before it (returned; -1 if none), so it is a verb of its own clause, not a
     * participle describing a noun.
     */
    private int perfectBefore(int j, Sentence s) {
        // Back past the first verb's object, which may hold participles and infinitives of its own; the tagger
        // may take the participle after "have" for a past form ("who have sailed/VBD").
        for (int verb = j - 1; verb > s.firstToken(); verb--) {
            String pos = tokens.get(verb).pos();
            if ((pos.equals("VBN") || pos.equals("VBD")) && lemma(auxiliaryBefore(verb)).equals("have")) return verb;
            if (isFiniteOrModal(verb)) return -1;
        }
        return -1;
    }

    /**
     * "said the pier was safe, and the dockers warned that ...", "— and she noted that ...": a comma or dash and a
     * coordinator, then a new subject and its reporting verb: a second report, not more of the first one's content.
     */
    private boolean reportWithItsOwnSubject(int j, Sentence s) {
        boolean set = j > s.firstToken() && (lower(j - 1).equals(",") || SourcePhrases.DASHES.contains(lower(j - 1)));
        // Not "Velmont and its pilots back ..." (one subject), nor "— and why he believes ..." (one object);
        // ", while the guild said ...": a contrast of another source's report too.
        boolean joins = COORDINATORS.contains(lower(j)) || CONTRASTS.contains(lower(j));
        if (!set || !joins || COMPLEMENTIZERS.contains(lower(j + 1)) || !startsClause(j + 1, s)) {
            return false;
        }
        int v = j + 1;
        while (v < s.endToken() && v < j + 8 && !quoted[v] && !isFiniteOrModal(v)) v++;
        if (v >= s.endToken() || quoted[v] || v == j + 1) return false;
        // "and she has warned", "and he will urge": past the auxiliaries to the verb.
        int verb = v;
        while (verb + 1 < s.endToken() && (CUE_LEAD.contains(lower(verb)) || tokens.get(verb).pos().startsWith("RB"))
                && !isCue(verb)) verb++;
        return isCue(verb) && !tokens.get(verb).pos().equals("VBG") && phrases.subjectBefore(verb, j + 1) != null;
    }

    /**
     * A short subject from {@code j} and then its verb, with no punctuation between: "Ana Reis said", "the guild
     * has voted" (not "Braga, Portugal, arguing", nor a list "the fares, the fees and ...").
     */
    private boolean subjectAndVerbAt(int j, Sentence s) {
        return verbOfSubjectAt(j, s) >= 0;
    }

    /** The verb of {@link #subjectAndVerbAt}'s short subject opening at {@code j}; else -1. */
    private int verbOfSubjectAt(int j, Sentence s) {
        int v = j;
        while (v < s.endToken() && v < j + 8 && !quoted[v] && !tokens.get(v).isPunctuation() && !isFiniteOrModal(v)) {
            v++;
        }
        if (v == j || v >= s.endToken() || !isFiniteOrModal(v)) return -1;
        Span subject = phrases.subjectBefore(v, j);
        return subject != null && tokens.firstTokenStartingAtOrAfter(subject.start()) == j ? v : -1;
    }

    /** A determiner, noun, pronoun or adjective that is not a time: where an object may begin. */
    private boolean opensNounPhrase(int k) {
        String pos = tokens.get(k).pos();
        boolean opens = pos.equals("DT") || pos.startsWith("PRP") || pos.startsWith("JJ") || pos.equals("CD")
                || tokens.get(k).isNoun() && !tokens.get(k).isProperNoun();
        return opens && !phrases.isTime(k) && !COMPLEMENTIZERS.contains(lower(k)) && index.at(k) == null;
    }

    /** The "and" or "but" that coordinates the report at {@code k} with one before it, or -1. */
    private int coordinatorOf(int k, Sentence s) {
        int j = auxiliaryBefore(k);
        if (CUE_LEAD.contains(lower(j))) j--;
        while (j > s.firstToken() && tokens.get(j).pos().startsWith("RB")) j--;
        return j > s.firstToken() && coordinatedReport(j, s) ? j : -1;
    }

    /** The word before {@code k} and the adverbs before it: the auxiliary of "has long said", or what is there. */
    private int auxiliaryBefore(int k) {
        int j = k - 1;
        while (j > 0 && tokens.get(j).pos().startsWith("RB") && !CUE_LEAD.contains(lower(j))) j--;
        return j;
    }

    /** "has said", "has long said", "will also argue": an auxiliary, perhaps past adverbs, before {@code k}. */
    private boolean afterAuxiliary(int k) {
        return leadsCue(auxiliaryBefore(k));
    }

    /** An auxiliary or adverb that belongs to the cue after it; a possessive "'s" is not "is". */
    private boolean leadsCue(int j) {
        // "paid tolls in May shows": the month is no auxiliary, whatever its tag.
        return CUE_LEAD.contains(lower(j)) && !tokens.get(j).pos().equals("POS") && !phrases.isTime(j);
    }

    /** A clause begins here: words up to a finite verb (its subject), or a quote. */
    private boolean startsClause(int i, Sentence s) {
        if (i >= s.endToken()) return false;
        if (quoted[i]) return true;
        boolean preposition = tokens.get(i).pos().equals("IN") && !approximates(i);
        // "said selling the boats now would be madness": a gerund right after the verb may be the clause's subject
        // (after a comma it is a participle: ", he said, adding that").
        boolean gerund = tokens.get(i).pos().equals("VBG") && i > 0 && !tokens.get(i - 1).isPunctuation();
        if (preposition || tokens.get(i).isVerb() && !gerund || tokens.get(i).pos().equals("TO")) return false;
        for (int j = i; j < s.endToken() && j < i + 30; j++) {
            if (gerund && tokens.get(j).isPunctuation()) return false;
            // "praised the river, which had recovered", "a new role, in which she advises": the verb belongs to a
            // clause about a noun.
            if (phrases.isRelativePronoun(j) && tokens.get(j - 1).text().equals(",")) return false;
            boolean prepositionRelative = (lower(j).equals("which") || lower(j).equals("whom")) && j - 2 >= i
                    && tokens.get(j - 1).pos().equals("IN") && tokens.get(j - 2).text().equals(",");
            if (prepositionRelative) return false;
            if (isFiniteOrModal(j)) return j > i;
            if (quoted[j]) return j > i;
        }
        return false;
    }

    /** "said about 20 pilots have applied": "about" before a number is how many, not what a report is about. */
    private boolean approximates(int k) {
        return lower(k).equals("about") && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("CD");
    }

    private boolean isOpeningMark(int i) {
        return opensQuote[i];
    }

    /**
     * "said, citing ...", "said on Monday, citing ...": a participle set off by a comma after a reporting verb (or
     * its adverbial), whose object starts at {@code from}.
     */
    private boolean precededBySetOffParticiple(int from, Sentence s) {
        int participle = from - 1;
        return participle - 2 >= s.firstToken() && tokens.get(participle).pos().equals("VBG")
                && tokens.get(participle - 1).text().equals(",");
    }

    /** The reported clause from token {@code from}: to the end of the sentence, or to the next reporting phrase. */
    private Span clause(int from, Sentence s) {
        if (from >= s.endToken()) return null;
        // A whole direct quote is attributed by the quote rules.
        if (isOpeningMark(from) && closesSentence(from, s)) return null;
        int end = s.endToken();
        for (int j = from + 1; j < s.endToken(); j++) {
            if (quoted[j]) continue;
            String w = lower(j);
            boolean comma = tokens.get(j - 1).text().equals(",");
            // "... “a foolish scheme,” adding that": the comma inside the closing marks ends the clause too,
            // marks and all.
            boolean quotedComma = !comma && precededByComma(j);
            // A second clause of the writer's: "..., but still lost", "..., though she admitted".
            boolean writer = (comma || quotedComma) && WRITERS_CLAUSE.contains(w);
            // "X -- even as he praises the old pier -- has proposed": the dash closing the aside the report is in.
            boolean asideEnds = SourcePhrases.DASHES.contains(w) && insideDashes(from, s);
            // ", adding that", ", even hinting that": a participle of another report.
            // ", with the Gazette saying that": a report of someone else's.
            int participle = comma && w.equals("with") ? absoluteParticiple(j, s) : participleAt(j, s);
            if (w.equals(";") || writer || asideEnds || (comma || quotedComma)
                    && (participle >= 0 && isCue(participle) || w.equals("according"))) {
                end = comma ? j - 1 : j;
                break;
            }
            // "praised the old harbour, the mayor said ...", "had said his piece, he was ready to ...": no verb
            // yet, so these words were an object (not "that, if elected, he would ..."); "said, citing its
            // survey, that ...": the clause after the comma is the report the participle is set off in.
            boolean clauseAfter = subjectAndVerbAt(j, s) || w.equals("that") && precededBySetOffParticiple(from, s);
            if (comma && opensNounPhrase(from) && !phrases.isRelativePronoun(j) && clauseAfter
                    && !hasClause(from, j - 1)) {
                int object = phrases.trimEnd(from, j - 1);
                return object > from ? phrases.span(from, object) : null;
            }
            if (coordinatedReport(j, s) || reportWithItsOwnSubject(j, s) || withholdsMore(j, s)) {
                end = comma || SourcePhrases.DASHES.contains(lower(j - 1)) ? j - 1 : j;
                break;
            }
        }
        end = beforeFinalReport(from, end);
        end = phrases.trimEnd(from, end);
        if (end <= from || !hasClause(from, end) && !toInfinitive(from, end, s)) return null;
        return phrases.span(from, end);
    }

    /** An odd number of spaced dashes before {@code k} in its sentence: {@code k} is inside an aside. */
    private boolean insideDashes(int k, Sentence s) {
        int dashes = 0;
        for (int j = s.firstToken(); j < k; j++) if (!quoted[j] && SourcePhrases.DASHES.contains(lower(j))) dashes++;
        return dashes % 2 == 1;
    }

    private static final Set<String> WRITERS_CLAUSE = Set.of("but", "though", "although");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst");

    /** Where "..., but ..." or "..., although ..." begins a clause of the writer's between from and end, or end. */
    private int writersClause(int from, int end) {
        for (int j = from + 1; j < end; j++) {
            if (!quoted[j] && WRITERS_CLAUSE.contains(lower(j)) && precededByComma(j)) {
                return tokens.get(j - 1).text().equals(",") ? j - 1 : j;
            }
        }
        return end;
    }

    /**
     * "Ruiz, who said the firm owed her money, sued it": a report inside a relative clause ends where the clause
     * does, at the comma before the main clause's verb.
     */
    private Span relativeClauseContent(int from, Span content) {
        int[] r = tokens.range(content);
        for (int j = from + 1; j < r[1]; j++) {
            if (!quoted[j] && tokens.get(j - 1).text().equals(",") && isFiniteOrModal(j)) {
                return phrases.span(from, phrases.trimEnd(from, j - 1));
            }
        }
        return content;
    }

    /** "that she did not want it, the source added.": the content stops before the closing reporting clause. */
    private int beforeFinalReport(int from, int end) {
        for (int c = end - 1; c > from; c--) {
            // "..., she said.", and "... “that rule,” she said.": the comma inside the closing marks, which stay.
            boolean plain = tokens.get(c).text().equals(",") && !quoted[c];
            boolean closing = !plain && c + 1 < end && !quoted[c + 1] && precededByComma(c + 1);
            if (!plain && !closing) continue;
            int cut = plain ? c : c + 1;
            for (int k = c + 1; k < end && k < c + 8; k++) {
                if (isCue(k) && !tokens.get(k).pos().equals("VBG")) {
                    return onlyAdverbialsAfter(particleEnd(k), tokens.sentenceOf(tokens.get(k))) ? cut : end;
                }
                // ", the host, to publish the figures": an infinitive is no reporting clause of its own.
                if (tokens.get(k).isVerb() || tokens.get(k).pos().equals("TO")) break;
            }
        }
        return end;
    }

    /**
     * Where the words a sentence-final reporting clause reports begin: "And the pier, she said, ..." reports from
     * "the pier"; the conjunction links the sentence to the one before, in the writer's voice.
     */
    private int leadStart(Sentence s) {
        int first = s.firstToken();
        boolean conjunction = SENTENCE_CONJUNCTIONS.contains(lower(first)) && !quoted[first] && first + 1 < s.endToken()
                && !tokens.get(first + 1).isPunctuation();
        return conjunction ? first + 1 : first;
    }

    private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("and", "but", "so", "yet");

    /** The content before a reporting clause: from the sentence start to {@code comma}, unless it is a quote. */
    private Span leadingContent(Sentence s, int comma) {
        int from = s.firstToken();
        // "Both parties “saw the port as a lifeline,” said X": the writer's words, then the speaker's, the comma
        // inside the closing marks.
        if (comma > from + 1 && quoted[comma] && !quoted[from] && tokens.get(comma - 1).text().equals(",")) {
            return phrases.span(from, comma + 1);
        }
        if (comma <= from || quoted[comma - 1] || !hasClause(from, comma)) return null;
        return phrases.span(leadStart(s), comma);
    }

    private boolean closesSentence(int open, Sentence s) {
        int j = open + 1;
        while (j < s.endToken() && quoted[j]) j++;
        return j >= s.endToken() || onlyPunctuationAfter(j, s);
    }

    private boolean hasClause(int from, int end) {
        // "demanded that the company stop ...", "insisted that he be heard": a subjunctive after "that".
        boolean that = from < end && lower(from).equals("that");
        for (int j = from; j < end; j++) {
            if (isFiniteOrModal(j) || quoted[j] || actsFinite(j)) return true;
            boolean afterSubject = j > from + 1 && (tokens.get(j - 1).isNoun() || tokens.get(j - 1).pos().equals("PRP"));
            if (that && afterSubject && tokens.get(j).pos().equals("VB")) return true;
        }
        return false;
    }

    /** "Republicans to join the ranks": a "to" and a verb within the span's first words. */
    private boolean toInfinitive(int from, int end, Sentence s) {
        for (int j = from; j + 1 < end && j < from + 6; j++) {
            if (tokens.get(j).pos().equals("TO") && tokens.get(j + 1).pos().equals("VB")) return true;
        }
        // "Tom Reyes, the host of the morning show, to check ...": the one asked, with what completes it, is longer.
        int to = pastWhatCompletesTheOneTold(pastTheOneTold(from, s), s);
        return to + 1 < end && tokens.get(to).pos().equals("TO");
    }

    private boolean onlyPunctuationAfter(int from, Sentence s) {
        for (int j = from; j < s.endToken(); j++) if (!tokens.get(j).isPunctuation()) return false;
        return true;
    }

    /**
     * "said on Tuesday.", "said in a statement.", "said in a letter sent to members.": nothing but time and
     * place after the cue (a participle right after a noun describes it).
     */
    private boolean onlyAdverbialsAfter(int from, Sentence s) {
        for (int j = from; j < s.endToken(); j++) {
            Token t = tokens.get(j);
            boolean describes = (t.pos().equals("VBN") || t.pos().equals("VBG")) && j > from
                    && tokens.get(j - 1).isNoun();
            if (t.isVerb() && !describes || quoted[j] || COMPLEMENTIZERS.contains(lower(j))) return false;
        }
        return true;
    }


    // ---- helpers

    private boolean isCue(int k) {
        if (k < 0 || k >= tokens.size()) return false;
        Token t = tokens.get(k);
        if (lower(k).equals("according")) return k + 1 < tokens.size() && lower(k + 1).equals("to");
        if (t.lemma().equals("put")) return asPutIt(k);
        String next = k + 1 < tokens.size() ? lower(k + 1) : "";
        // "expects that fares will rise", "is hoping that": an intention verb with a clause reports a belief (with
        // "to" it is an intention, found by intention()).
        if (t.isVerb() && lexicons.isIntentionVerb(t.lemma()) && next.equals("that")) return true;
        if (!t.isVerb() || !lexicons.isSpeechVerb(t.lemma()) && !lexicons.isOpinionVerb(t.lemma())) return false;
        // "continued to work", "pointed at": not reporting ("pointed out" and "pointed to X" are).
        if (t.lemma().equals("continue") && next.equals("to")) return false;
        if (t.lemma().equals("point")) return next.equals("out") || next.equals("to");
        // "bristled at the questions", "lashed out at the board": these verbs report only what they are aimed at.
        if (AIMED_AT.contains(t.lemma())) {
            int at = next.equals("out") ? k + 2 : k + 1;
            return at < tokens.size() && lower(at).equals("at");
        }
        // "laid out her plans": laying out, not laying.
        if (t.lemma().equals("lay")) return next.equals("out");
        // "you know, the fares ...": a filler, not a report.
        if (t.lemma().equals("know") && k > 0 && lower(k - 1).equals("you") && (next.equals(",") || next.equals("—"))) {
            return false;
        }
        // "would talk "in the coming days" with Lavrov": talking and speaking report only what they are about.
        if (t.lemma().equals("talk") || t.lemma().equals("speak")) {
            return topicPreposition(k, k + 1, tokens.sentenceOf(t)) >= 0;
        }
        // "a film called "The Long Wait"", "a group called the Friends": a participle after a noun names, it does
        // not report ("he has called it a farce" still does); "the letter cited by", "a source quoted in" describe.
        if (t.pos().equals("VBN") && k > 0 && tokens.get(k - 1).isNoun()) return actsFinite(k);
        // "the mayor's alleged ties", "Velmont's suspected role": between an owner and a noun, a participle
        // describes the noun, whatever the tagger made of it.
        if (k > 0 && tokens.get(k - 1).pos().equals("POS") && k + 1 < tokens.size() && tokens.get(k + 1).isNoun()) {
            return false;
        }
        return true;
    }

    /** "as Ana Reis put it": a few words of subject between "as" and "put it". */
    private boolean asPutIt(int k) {
        if (k + 1 >= tokens.size() || !lower(k + 1).equals("it")) return false;
        int sentenceStart = tokens.sentenceOf(tokens.get(k)).firstToken();
        // "As Lena Marsh, a captain and the head of the guild, recently put it": an apposition may lengthen it.
        for (int j = k - 1; j >= sentenceStart && j >= k - 25; j--) {
            if (lower(j).equals("as")) return j < k - 1;
            if (quoted[j] || tokens.get(j).isVerb() && !tokens.get(j).pos().equals("VBN")) return false;
        }
        return false;
    }

    /** "pointed out", "added that", "put it": a particle belongs to the cue. */
    private int particleEnd(int k) {
        int end = k + 1;
        if (k + 1 < tokens.size() && (lower(k + 1).equals("out") || lower(k + 1).equals("up"))
                && tokens.get(k + 1).pos().equals("RP")) end = k + 2;
        if (lemma(k).equals("point") && k + 1 < tokens.size() && lower(k + 1).equals("out")) end = k + 2;
        if (lemma(k).equals("put")) end = k + 2;
        // "said:" introduces what follows; the colon is part of the cue.
        if (end < tokens.size() && lower(end).equals(":") && tokens.get(end).sentence() == tokens.get(k).sentence()) end++;
        return end;
    }

    /** The cue with the auxiliaries and adverbs that lead into it ("has also said"). */
    private Span cueSpan(int from, int to) {
        int start = from;
        // "has also said", "forcefully told", "has long said", "nearly unanimously said": auxiliaries, manner
        // adverbs, adverbs after an auxiliary or before another adverb of the cue's.
        while (start - 1 >= 0 && !quoted[start - 1] && (leadsCue(start - 1)
                || tokens.get(start - 1).pos().equals("RB") && (lower(start - 1).endsWith("ly")
                        || afterAuxiliary(start) || start < from && tokens.get(start).pos().equals("RB")))
                && tokens.get(start - 1).sentence() == tokens.get(from).sentence()) start--;
        return new Span(tokens.get(start).start(), tokens.get(to - 1).end());
    }

    private String lower(int k) {
        return tokens.lower(k);
    }

    private String lemma(int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lemma().toLowerCase(Locale.ROOT);
    }

    private int paragraphOf(int offset) {
        int lo = 0, hi = paragraphs.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = paragraphs.get(mid).span();
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return found;
    }
}
