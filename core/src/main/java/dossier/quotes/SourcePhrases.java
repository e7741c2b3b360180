package dossier.quotes;

import dossier.entities.MentionIndex;
import dossier.internal.Lexicons;
import dossier.model.EntityType;
import dossier.model.Span;
import dossier.model.TimeExpression;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.roles.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the phrase that names a source begins and ends, as a reader would underline it: the subject before a
 * reporting verb ("Officials at the health authority", "Ana Reis and Rui Lopes", "The union's secretary, Joana
 * Pires,"), the noun phrase after it ("said veteran harbour pilot Ana Reis, an adviser to the board"), with its
 * titles, appositions, parentheses ("(D-Va.)") and coordinated names, and without the time phrases, occasions and
 * clauses around it. {@link Attributor} decides which phrase reports which content and whom it names; this class
 * only draws the phrase's boundaries over the tagged tokens.
 */
final class SourcePhrases {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
    static final Set<String> OPENING_MARKS = Set.of("\"", "“", "``", "'", "‘", "«");

    private final Lexicons lexicons;
    private final Tokens tokens;
    private final MentionIndex index;
    private final Roles roles;
    private final boolean[] quoted;
    private final boolean[] timed;

    /**
     * @param quoted which tokens are inside quotation marks (never part of a source)
     * @param times the article's time expressions, which never name a source either
     */
    SourcePhrases(Lexicons lexicons, Tokens tokens, MentionIndex index, Roles roles, boolean[] quoted,
                  List<TimeExpression> times) {
        this.lexicons = lexicons;
        this.tokens = tokens;
        this.index = index;
        this.roles = roles;
        this.quoted = quoted;
        this.timed = new boolean[tokens.size()];
        for (TimeExpression t : times) {
            int[] r = tokens.range(t.span());
            for (int i = r[0]; i < r[1]; i++) timed[i] = true;
        }
    }

    /** Whether token {@code k} is part of a time expression the time stage found. */
    boolean isTime(int k) {
        return k >= 0 && k < timed.length && timed[k];
    }

    private static final Set<String> ADVERBS_BEFORE_CUE = Set.of("also", "later", "then", "further", "again", "once",
            "previously", "earlier", "recently", "never", "not", "n't", "had", "has", "have", "'ve", "'d", "was", "is",
            "were", "are", "'s", "'re", "been", "be", "would", "will", "'ll", "could", "can", "may", "might", "should",
            "must", "did", "does", "do");

    /** Words that open a relative clause, whatever their role in it. */
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "whom", "whose", "which", "that", "where", "when");
    /** "The dockers all said", "each praising ...": quantifiers that float away from the noun they count. */
    static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

    /** Dashes that set off an apposition or sign a quotation ("“...” ― Name"). */
    static final Set<String> DASHES = Set.of("―", "—", "–", "--");

    /** Forms of "be" that make a passive; not "'s", which is as often "has" ("he's sought to"). */
    private static final Set<String> BE = Set.of("be", "been", "is", "was", "were", "are", "'re");

    /** Time words never begin a source phrase ("On Tuesday Smith said"). */
    private static final Set<String> NOT_IN_SOURCE = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "but", "and", "or", "so", "yet", "then", "now");

    /**
     * The noun phrase that ends right before token {@code verb}, skipping auxiliaries and adverbs ("also said")
     * and an apposition between commas ("Rui Lopes, the spokesman for ..., said").
     */
    Span subjectBefore(int verb, int floor) {
        int j = verb - 1;
        boolean passive = false;
        // "in early May found": a word that is a noun here ("May", "Will") is no auxiliary. "The dockers all
        // said", "Reis and Reyes both argued": a quantifier floats between the subject and its verb.
        while (j >= floor && (tokens.get(j).pos().startsWith("RB")
                // "she badly, badly wants": a comma between two adverbs.
                || lower(j).equals(",") && j > floor && tokens.get(j - 1).pos().startsWith("RB")
                        && tokens.get(j + 1).pos().startsWith("RB")
                || ADVERBS_BEFORE_CUE.contains(lower(j)) && !tokens.get(j).pos().startsWith("NN") && !isTime(j)
                || FLOATING_QUANTIFIERS.contains(lower(j)) && j > floor
                        && (tokens.get(j - 1).isNoun() || lower(j - 1).equals(")")))) {
            passive |= BE.contains(lower(j));
            j--;
        }
        // "he has been criticized for ...": the subject of a passive is who is spoken of, not who speaks.
        if (passive && tokens.get(verb).pos().equals("VBN")) return null;
        // "Reis on Monday said", "The bank just this week announced", "A survey published in early May found";
        // "Reis in an interview said", "Reyes on Monday in a statement said": how it was said.
        j = beforeSetting(j, floor);
        int time = j;
        j = beforeTimePhrase(j, floor);
        if (j < time) j = beforeSetting(j, floor);
        // The time of a participle is part of the phrase: "A survey published in early May", "a survey published
        // Friday".
        if (j < time && j >= floor && tokens.get(j).pos().equals("VBN") && j - 1 >= floor) j--;
        if (j < time && tokens.get(j + 1).pos().equals("VBN") && j >= floor) {
            Span head = genericNounPhrase(j, floor);
            if (head != null) return new Span(head.start(), tokens.get(time).end());
        }
        Span parenthesized = withParenthesis(j, floor);
        if (parenthesized != null) return parenthesized;
        if (j < floor) return null;
        // "Ruiz, who said ...": the relative pronoun is the subject; resolve() finds whom it stands for.
        if (isRelativePronoun(j)) return tokens.get(j).span();
        // "the dockers, many of whom say ...": a share of those the relative clause is about.
        int share = partitiveRelativeStart(j, floor);
        if (share >= 0) return span(share, j + 1);
        // "Ana Reis -- head of the guild, a union of pilots -- said": a name before an apposition set off by dashes;
        // "The minutes of the meeting -- released by the board -- show": a noun phrase opening the sentence.
        if (DASHES.contains(lower(j))) {
            for (int open = j - 2; open > floor && open > j - 40; open--) {
                if (quoted[open] || !DASHES.contains(lower(open))) continue;
                Span name = mentionEndingAt(open - 1);
                if (name != null && index.at(open - 1) != null) {
                    // "Tom Reyes, the head of Velmont Ferries -- the firm that ... -- told": the name completes
                    // the apposition of the person before it, who is the subject; the phrase runs to the dash.
                    Span person = personBefore(tokens.range(name)[0], floor);
                    return person != null ? new Span(person.start(), tokens.get(j).end()) : name;
                }
                Span phrase = isCommonNounHead(open - 1) ? genericNounPhrase(open - 1, floor) : null;
                if (phrase != null) phrase = withOwner(phrase, floor);
                boolean opensSentence = phrase != null && tokens.firstTokenStartingAtOrAfter(phrase.start()) == floor;
                return opensSentence ? phrase : null;
            }
            return null;
        }
        if (tokens.get(j).text().equals(",")) {
            Span dated = relativeClauseEndingInDate(j, floor);
            if (dated != null) return dated;
            Span resident = withResidence(j, floor);
            if (resident != null) return resident;
            Span direct = mentionEndingAt(j - 1);
            // "Ana Reis, like Tom Reyes, has said", "Clerks, speaking to Tom Reyes, said": a name in an aside that
            // opens with a preposition or a participle is no subject.
            int lead = direct == null ? -1 : tokens.firstTokenStartingAtOrAfter(direct.start()) - 1;
            boolean aside = lead - 1 >= floor && tokens.get(lead).pos().equals("IN") && lower(lead - 1).equals(",")
                    || participleAsideBefore(lead, floor);
            // "Ana Reis, a critic of (Mr.) Tom Reyes, said": a name a preposition completes is in the apposition.
            int named = lead;
            while (named > floor && lexicons.isHonorific(tokens.get(named).text())) named--;
            boolean completes = named >= floor && tokens.get(named).pos().equals("IN");
            if (direct != null && !aside && !completes && index.at(j - 1) != null
                    && index.at(j - 1).entity().type() == EntityType.PERSON) {
                // "Reis, the former mayor, said": the title is an apposition to the name before it.
                int titleStart = tokens.firstTokenStartingAtOrAfter(direct.start());
                MentionIndex.Hit name = titleStart - 2 >= floor && tokens.get(titleStart - 1).text().equals(",")
                        ? index.at(titleStart - 2) : null;
                boolean title = roles.titleEndingAt(j) != null;
                if (title && name != null && name.entity().id().equals(index.at(j - 1).entity().id())) {
                    return name.mention().span();
                }
                return direct;
            }
            boolean finiteVerb = false;
            for (int c = j - 1; c >= floor && c > j - 35; c--) {
                // "The guild, and the talks broke down soon after, said X": a clause of its own between the
                // commas, no apposition or relative clause, leaves no subject before them.
                finiteVerb |= tokens.get(c).isFinite() && !passiveAside(c);
                // Read backwards, the verbs seen so far belong to a relative clause about a noun.
                if (RELATIVE_WORDS.contains(lower(c))) finiteVerb = false;
                // "who has served since Jan. 1, 2015,": a comma inside a date sets off nothing.
                if (isTime(c - 1) && isTime(c + 1)) continue;
                if (tokens.get(c).text().equals(",") && finiteVerb) break;
                if (tokens.get(c).text().equals(",")) {
                    // "Sen. Tom Reyes, D-Va., who ...,": a party and state label stays with the name before it.
                    if (isPartyLabel(c)) continue;
                    Span head = withResidence(c, floor);
                    if (head != null) return head;
                    head = withParenthesis(c - 1, floor);
                    if (head == null) head = mentionEndingAt(c - 1);
                    // "Ana B. Reis II, a writer for ...,": a name the tagger did not take whole.
                    if (head == null && c - 1 >= floor && tokens.get(c - 1).isProperNoun()) {
                        head = genericNounPhrase(c - 1, floor);
                    }
                    // "The survey, which polls dockers monthly, found", "The harbour master, for one,
                    // said": a common noun phrase opening the sentence, past what the commas set off ("The
                    // board, as reported by the Gazette, insists": past an "as" aside too, whatever it names).
                    boolean participle = opensParticipleAside(c + 1) || lower(c + 1).equals("as");
                    if (head == null && (direct == null || participle) && c - 1 >= floor && isCommonNounHead(c - 1)) {
                        // "Officials at the port, speaking to reporters, said": with the noun it completes.
                        Span opening = genericNounPhrase(c - 1, floor);
                        if (opening != null) opening = withOwner(opening, floor);
                        boolean opensSentence = opening != null
                                && tokens.firstTokenStartingAtOrAfter(opening.start()) == floor;
                        if (opensSentence) head = opening;
                    }
                    // "Lawyers for Grayner, who is on trial, confirmed": the lawyers, past the relative clause.
                    if (head != null) {
                        Span owned = withOwner(head, floor);
                        Span person = personBefore(tokens.firstTokenStartingAtOrAfter(owned.start()), floor);
                        return person != null ? person : owned;
                    }
                    // "Ana Reis, head of the guild, which represents ..., said": the clause describes the
                    // apposition; the name is before it.
                    if (isRelativePronoun(c + 1)) continue;
                    break;
                }
            }
            // "... by Easter, said Ruiz": a name in a prepositional phrase ends the content; it is no subject.
            int before = direct == null ? -1 : tokens.firstTokenStartingAtOrAfter(direct.start()) - 1;
            if (before >= floor && tokens.get(before).pos().equals("IN")) return null;
            return direct;
        }
        // "The skippers we met said", "the pilots I asked agreed": a relative clause with no relative word.
        Span contact = withContactClause(j, floor, hasFiniteVerb(j + 1, verb + 1));
        if (contact != null) return contact;
        // "In the end, all agreed", "Most said": a quantifier standing for people named before.
        if (QUANTIFIER_SUBJECTS.contains(lower(j)) && !tokens.get(j).isNoun()
                && opensSubject(j)) {
            return tokens.get(j).span();
        }
        // "The dockers who walked out said": a relative clause ending on its verb's particle; "A pilot who
        // retired said", "Pilots who asked not to be quoted said": or on its verb.
        if (tokens.get(j).pos().equals("RP")) return withRelativeClause(j, j, floor);
        if (tokens.get(j).isVerb() || j < time) {
            // A time after the verb or its object is the relative clause's: "A pilot who retired last year said",
            // "Firms that have paid tolls since 2019 said".
            Span described = withRelativeClause(j + 1, j, floor);
            if (described != null) return through(described, time);
        }
        Span polled = thosePolled(j, floor);
        if (polled != null) return polled;
        Span m = nounPhraseEndingAt(j, floor);
        if (m == null) return null;
        // "Skippers waiting at the lock since May said", "A report released by the guild last month found": as
        // with a relative clause, the phrase and a time at its end are the participle's.
        Span reduced = beforeParticiplePhrase(m, floor);
        if (reduced != null) return through(reduced, time);
        Span modified = withPostmodifier(m, floor);
        if (modified != null) return pastGerund(through(modified, time), floor);
        Span described = withRelativeClause(tokens.range(m)[0], j, floor);
        return pastGerund(described != null ? described : withOwner(m, floor), floor);
    }

    /**
     * "The talks about bolstering the guild are backed by ...": the object of a gerund after a preposition is inside
     * the subject, which is the noun phrase the preposition completes, when that opens the clause; else ("The weight
     * placed on motivating skippers shows ...") there is no subject to be found here.
     */
    private Span pastGerund(Span phrase, int floor) {
        int first = tokens.range(phrase)[0];
        int gerund = tokens.get(first).pos().equals("VBG") ? first : first - 1;
        boolean inside = gerund - 1 >= floor && tokens.get(gerund).pos().equals("VBG")
                && tokens.get(gerund - 1).pos().equals("IN");
        if (!inside) return phrase;
        Span owner = gerund - 2 >= floor ? nounPhraseEndingAt(gerund - 2, floor) : null;
        int start = owner == null ? -1 : tokens.range(owner)[0];
        boolean opens = start == floor || start > floor && tokens.get(start - 1).text().equals(",");
        return owner != null && opens ? new Span(owner.start(), phrase.end()) : null;
    }

    /** {@code phrase} run on through token {@code last}. */
    private Span through(Span phrase, int last) {
        return new Span(phrase.start(), tokens.get(last).end());
    }

    /**
     * "Firms that have paid tolls since Jan. 1, 2019, said": a restrictive relative clause ending in a date whose
     * year the comma at {@code comma} closes (no aside), through that comma; null if the words are not that.
     */
    private Span relativeClauseEndingInDate(int comma, int floor) {
        int year = comma - 1;
        boolean closesDate = year - 2 >= floor && isTime(year) && tokens.get(year).pos().equals("CD")
                && lower(year - 1).equals(",") && isTime(year - 2);
        if (!closesDate) return null;
        int j = beforeTimePhrase(year, floor);
        Span described = j < year && j >= floor ? withRelativeClause(j + 1, j, floor) : null;
        return described == null ? null : new Span(described.start(), tokens.get(comma).end());
    }

    /**
     * Whether the words up to {@code last} are the phrase of a participle set off by a comma ("..., speaking to"),
     * so that a name after them is inside it.
     */
    private boolean participleAsideBefore(int last, int floor) {
        for (int k = last; k > floor && k > last - 6; k--) {
            if (quoted[k] || tokens.get(k).isPunctuation()) return false;
            if (tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN") || passiveAside(k)) {
                return tokens.get(k - 1).text().equals(",") && opensParticipleAside(k);
            }
        }
        return false;
    }

    /**
     * A participle opening an aside after a comma ("speaking to", "seen by"); ", including the mayors," names part
     * of one.
     */
    private boolean opensParticipleAside(int k) {
        if (k >= tokens.size() || LISTING.contains(lower(k))) return false;
        return tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN") || passiveAside(k);
    }

    /**
     * "Reis, asked whether she would resign, said no": a participle of being asked, set off by commas before its
     * subject's own verb (the tagger often reads it as a past tense). Its subject was asked; it reports nothing.
     */
    boolean passiveAside(int k) {
        if (k < 1 || k >= tokens.size() || !lower(k - 1).equals(",") || !ASKED.contains(tokens.get(k).lemma())
                || !tokens.get(k).pos().startsWith("VB")) return false;
        Sentence s = tokens.sentenceOf(tokens.get(k));
        for (int j = k + 1; j + 1 < s.endToken() && j < k + 20 && !quoted[j]; j++) {
            if (tokens.get(j).isFinite() || tokens.get(j).pos().equals("MD")) {
                // "whether she would resign": a clause inside the aside has its own subject.
                if (j > k + 1 && tokens.get(j - 1).pos().equals("PRP") || index.at(j - 1) != null) continue;
                return false;
            }
            if (!lower(j).equals(",")) continue;
            int v = j + 1;
            while (v < s.endToken() && tokens.get(v).pos().startsWith("RB")) v++;
            return v < s.endToken() && (tokens.get(v).isFinite() || tokens.get(v).pos().equals("MD"));
        }
        return false;
    }

    private static final Set<String> ASKED = Set.of("ask", "question", "press", "quiz", "interview", "contact",
            "reach", "approach");

    /**
     * "those polled", "Most of those surveyed", "30 percent of those answering": the people a participle at
     * {@code j} picks out, with the share of them before "of"; null if the phrase is not that.
     */
    private Span thosePolled(int j, int floor) {
        String pos = tokens.get(j).pos();
        if (!(pos.equals("VBN") || pos.equals("VBG")) || j - 1 < floor || !lower(j - 1).equals("those")) return null;
        int first = j - 1;
        if (first - 2 >= floor && lower(first - 1).equals("of") && tokens.get(first - 2).isNoun()) {
            Span share = genericNounPhrase(first - 2, floor);
            if (share != null) return new Span(share.start(), tokens.get(j).end());
        }
        return span(shareStart(first, floor), j + 1);
    }

    /** A number in a sum of money ("the $9 million builders say it would cost"): no count of the noun after it. */
    private boolean isSum(int k, int floor) {
        if (!tokens.get(k).pos().equals("CD")) return false;
        while (k - 1 >= floor && tokens.get(k - 1).pos().equals("CD")) k--;
        return k - 1 >= floor && tokens.get(k - 1).text().equals("$");
    }

    /**
     * "the pilots I asked", "the skippers we met": a noun phrase and a clause about it with no relative word, whose
     * subject is a pronoun and whose verb (and its preposition) ends at {@code j}. Before a finite cue (the
     * sentence's own verb) the clause may run on past its verb ("several skippers I talked with last month about
     * the toll") and its subject may be a noun phrase ("people the guild has tried to reach"). Null if not.
     */
    private Span withContactClause(int j, int floor, boolean beforeFiniteCue) {
        int verb = tokens.get(j).pos().equals("IN") || tokens.get(j).pos().equals("RP") ? j - 1 : j;
        if (beforeFiniteCue) {
            // Back over what follows the clause's verb: an object, prepositions, particles, "to" and a base verb, a
            // time; not into a clause before it ("that", "after").
            verb = j;
            while (verb > floor && verb > j - 12 && !quoted[verb] && !tokens.get(verb).isFinite()
                    && !CLAUSE_PREPOSITIONS.contains(lower(verb)) && !SUBORDINATORS.contains(lower(verb))
                    && (isNominal(verb) || isTime(verb) || CONTACT_CLAUSE_TAGS.contains(tokens.get(verb).pos()))) {
                verb--;
            }
        }
        if (verb - 2 < floor || quoted[verb] || !tokens.get(verb).isFinite()) return null;
        int subject = verb - 1;
        boolean pronoun = CONTACT_SUBJECTS.contains(lower(subject));
        if (!pronoun) {
            Span np = beforeFiniteCue ? nounPhraseEndingAt(subject, floor) : null;
            if (np == null) return null;
            subject = tokens.firstTokenStartingAtOrAfter(np.start());
            boolean opened = tokens.get(subject).pos().equals("DT") || index.at(subject) != null;
            // "people the guild hired", not "moderator Ana Reis asked" nor "Mr. Reyes said".
            if (!opened || subject - 1 < floor || !isCommonNounHead(subject - 1)
                    || lexicons.isHonorific(tokens.get(subject - 1).text())) {
                return null;
            }
        }
        if (!tokens.get(subject - 1).isNoun()) return null;
        Span head = genericNounPhrase(subject - 1, floor);
        if (head == null) return null;
        // "all the experts": a quantifier before the determiner.
        int first = tokens.firstTokenStartingAtOrAfter(head.start());
        if (first - 1 >= floor && tokens.get(first - 1).pos().equals("PDT")) first--;
        return opensSubject(first) ? span(first, j + 1) : null;
    }

    private static final Set<String> CONTACT_CLAUSE_TAGS = Set.of("IN", "RP", "TO", "VB", "VBN");
    static final Set<String> CONTACT_SUBJECTS = Set.of("i", "we", "you", "they");

    /**
     * Words tagged as prepositions that open a clause ("stated that Reis would", "spoke before Reis said"), besides
     * the {@link #SUBORDINATORS}.
     */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("that", "before", "after", "until", "whether",
            "once", "unless");

    /**
     * "two clerks familiar with the toll said", "pilots briefed on the rota said": a noun, then an adjective or
     * a past participle and its prepositional phrase, which ends in {@code m}; the whole, when it opens the clause,
     * else null.
     */
    private Span withPostmodifier(Span m, int floor) {
        int preposition = tokens.firstTokenStartingAtOrAfter(m.start()) - 1;
        // "released by the Harbour Board": a name's determiner is outside its mention.
        if (preposition > floor && tokens.get(preposition).pos().equals("DT")) preposition--;
        if (preposition - 2 < floor || !tokens.get(preposition).pos().equals("IN")
                || CLAUSE_PREPOSITIONS.contains(lower(preposition)) || SUBORDINATORS.contains(lower(preposition))) {
            return null;
        }
        // Right before the subject's verb, a past form after the noun is a participle ("people briefed/VBD on").
        String modifier = tokens.get(preposition - 1).pos();
        boolean describes = modifier.equals("VBN") || modifier.equals("VBD") || modifier.equals("JJ");
        if (!describes || !tokens.get(preposition - 2).isNoun()) return null;
        Span head = nounPhraseEndingAt(preposition - 2, floor);
        if (head == null || !opensSubject(tokens.firstTokenStartingAtOrAfter(head.start()))) return null;
        return new Span(head.start(), m.end());
    }

    /**
     * "Pilots working at the northern port said", "Dockers walking along the quay chanted", "Clerks
     * processing claims for the toll said": the noun phrase {@code m} ends an -ing participle's phrase about the
     * subject, which opens the clause: that subject (whose source phrase runs on through the participle's, as
     * through a restrictive relative clause), else null.
     */
    private Span beforeParticiplePhrase(Span m, int floor) {
        return beforeParticiplePhrase(m, floor, 3);
    }

    /**
     * As {@link #beforeParticiplePhrase(Span, int)}, through up to {@code depth} participles, each in the phrase of
     * the one before: "Judges handling lawsuits seeking records about the port said".
     */
    private Span beforeParticiplePhrase(Span m, int floor, int depth) {
        // Back over the participle's object and prepositional phrases: "processing claims for the toll".
        int first = tokens.firstTokenStartingAtOrAfter(m.start());
        int participle = first - 1;
        while (participle > floor && participle > first - 15 && !quoted[participle]
                && (isNominal(participle) || index.at(participle) != null || tokens.get(participle).pos().equals("IN"))) {
            participle--;
        }
        // "A survey being published on Monday by ...": a passive's "being" is the participle.
        if (participle - 1 > floor && tokens.get(participle).pos().equals("VBN") && lower(participle - 1).equals("being")) {
            participle--;
        }
        if (participle - 1 < floor || !tokens.get(participle).pos().equals("VBG")
                || !tokens.get(participle - 1).isNoun()) {
            return null;
        }
        Span head = nounPhraseEndingAt(participle - 1, floor);
        if (head == null) return null;
        int start = tokens.firstTokenStartingAtOrAfter(head.start());
        if (opensSubject(start)) return head;
        return depth > 1 ? beforeParticiplePhrase(head, floor, depth - 1) : null;
    }

    /**
     * "A 2019 survey that ran in the Velmont Gazette found": the noun phrase ending at {@code j} may close a
     * relative clause (no commas) about the subject, which then runs from its noun to {@code j}; null if not.
     */
    private Span withRelativeClause(int mStart, int j, int floor) {
        boolean verb = false;
        for (int r = mStart - 1; r > floor && r >= mStart - 15; r--) {
            // "that have raised $2 million": a currency sign is no break.
            if (quoted[r] || tokens.get(r).isPunctuation() && !tokens.get(r).pos().equals("$")) return null;
            verb |= tokens.get(r).isVerb();
            if (!RESTRICTIVE_RELATIVES.contains(lower(r))) continue;
            // Its own subject: "that appeared", "who have raised" (not "the claim that only a few ...").
            int next = r + 1;
            while (next < mStart && tokens.get(next).pos().startsWith("RB")) next++;
            boolean subjectRelative = tokens.get(next).isVerb() || tokens.get(next).pos().equals("MD");
            // "Those who opposed the toll said": a pronoun the clause is about.
            boolean pronounHead = PRONOUN_HEADS.contains(lower(r - 1)) && lower(r).equals("who");
            if (!verb || !subjectRelative || !tokens.get(r - 1).isNoun() && !pronounHead) return null;
            Span head = pronounHead ? tokens.get(r - 1).span() : nounPhraseEndingAt(r - 1, floor);
            if (head == null) return null;
            int first = tokens.range(head)[0];
            // "One of the skippers who drafted it", "some of the dockers who ...": a share of those the clause is about.
            first = shareStart(first, floor);
            // "A count of the boats that ...": with the noun the clause's noun completes.
            Span owner = ownerPhrase(first, floor);
            if (owner != null) first = tokens.range(owner)[0];
            // The subject opens its clause: the sentence, or after an opening phrase's comma.
            boolean opens = first == floor || tokens.get(first - 1).text().equals(",");
            return opens ? new Span(tokens.get(first).start(), tokens.get(j).end()) : null;
        }
        return null;
    }

    /**
     * The comma that opens a relative clause closed by the comma at {@code close} (", who chairs the guild,"), at
     * most {@code within} tokens before it; -1 if the words before {@code close} are no such clause.
     */
    int relativeClauseOpening(int close, int floor, int within) {
        for (int c = close - 1; c > floor && c > close - within && !quoted[c]; c--) {
            if (lower(c).equals(",")) return isRelativePronoun(c + 1) ? c : -1;
        }
        return -1;
    }

    /** "one of", "some of", "most of" before the noun phrase at {@code first}: where the share begins; else first. */
    private int shareStart(int first, int floor) {
        boolean share = first - 2 >= floor && lower(first - 1).equals("of")
                && (tokens.get(first - 2).pos().equals("CD") || QUANTIFIER_SUBJECTS.contains(lower(first - 2)));
        return share ? first - 2 : first;
    }

    /** Relative words that can be the subject of their clause ("that appeared", "who have raised"). */
    static final Set<String> RESTRICTIVE_RELATIVES = Set.of("that", "who", "which");

    /**
     * "Ana Reis, 47, of Braga, Ore.," ending at the comma {@code comma}: a person's name with their age and where
     * they live, the way papers introduce a member of the public; null when the phrase before the comma is not that.
     */
    private Span withResidence(int comma, int floor) {
        boolean residence = false;
        int end = comma;
        while (end > floor) {
            int start = end - 1;
            while (start > floor && !tokens.get(start - 1).text().equals(",") && end - start < 6) start--;
            MentionIndex.Hit name = index.at(end - 1);
            if (residence && name != null && name.endToken() == end && name.entity().type() == EntityType.PERSON) {
                return new Span(name.mention().start(), tokens.get(comma - 1).end());
            }
            boolean age = start == end - 1 && tokens.get(start).pos().equals("CD");
            boolean from = opensResidence(start) && properNouns(start + 1, end);
            // "Ore." after "of Braga": the state or country of the town.
            boolean region = properNouns(start, end) && start > floor;
            if (!age && !from && !region || start <= floor || !tokens.get(start - 1).text().equals(",")) return null;
            residence |= age || from;
            end = start - 1;
        }
        return null;
    }

    private boolean properNouns(int from, int to) {
        for (int i = from; i < to; i++) if (!tokens.get(i).isProperNoun() && !tokens.get(i).text().equals(".")) return false;
        return true;
    }

    /**
     * "Ana Reis, president of the Dockers Union, which ...": the person whose apposition contains the phrase
     * starting at {@code k}, or null.
     */
    private Span personBefore(int k, int floor) {
        int j = k - 1;
        // "a retired spokeswoman", "a Velmont-based pilot": a participle before a noun describes it.
        while (j > floor && j > k - 12 && !tokens.get(j).text().equals(",")
                && (isNominal(j) || index.at(j) != null || SUBJECT_LINKS.contains(lower(j))
                        || (tokens.get(j).pos().equals("VBN") || tokens.get(j).pos().equals("VBG"))
                                && isNominal(j + 1))) {
            j--;
        }
        if (j <= floor || !tokens.get(j).text().equals(",") || j == k - 1) return null;
        MentionIndex.Hit name = index.at(j - 1);
        boolean person = name != null && name.endToken() == j && name.entity().type() == EntityType.PERSON;
        return person ? name.mention().span() : null;
    }

    /** {@code m} with the common noun it completes, if any: "Lawyers for Marta Ruiz" for "Marta Ruiz". */
    private Span withOwner(Span m, int floor) {
        Span owner = ownerPhrase(tokens.range(m)[0], floor);
        return owner == null ? m : new Span(owner.start(), m.end());
    }

    /**
     * "Sen. Ana Reis (D-Va.)": a name and the parenthesis ending at {@code j} (the name alone when what it holds is
     * no label), or null.
     */
    private Span withParenthesis(int j, int floor) {
        if (j < floor || !tokens.get(j).text().equals(")")) return null;
        int open = j;
        while (open > floor && !tokens.get(open).text().equals("(") && j - open < 8) open--;
        if (!tokens.get(open).text().equals("(") || open - 1 < floor) return null;
        Span head = nounPhraseEndingAt(open - 1, floor);
        // "Lena Marsh (who chairs the board) said": an aside of the writer's is no part of the name.
        if (head == null || !isLabel(open + 1, j)) return head;
        return new Span(head.start(), tokens.get(j).end());
    }

    /** Past a label in parentheses that opens at {@code open} ("(D-Va.)", "(HUA)"); else {@code open}. */
    int afterLabel(int open, Sentence s) {
        if (open >= s.endToken() || !tokens.get(open).text().equals("(")) return open;
        int close = open;
        while (close < s.endToken() && close < open + 8 && !tokens.get(close).text().equals(")")) close++;
        boolean label = close < s.endToken() && tokens.get(close).text().equals(")") && isLabel(open + 1, close);
        return label ? close + 1 : open;
    }

    /**
     * "D-Va.", "R-N.J.": a party's initial, a hyphen and a state, set off by the comma {@code comma} and the one before
     * it (the tokenizer may or may not keep the hyphen as a token of its own).
     */
    private boolean isPartyLabel(int comma) {
        boolean hyphen = comma >= 2 && tokens.get(comma - 2).text().equals("-");
        int open = comma - (hyphen ? 4 : 3);
        if (open < 0 || !tokens.get(open).text().equals(",")) return false;
        Token party = tokens.get(open + 1), state = tokens.get(comma - 1);
        boolean joined = hyphen || party.end() + 1 == state.start();
        return joined && party.text().length() <= 3 && party.text().chars().allMatch(Character::isUpperCase)
                && state.isProperNoun() && Character.isUpperCase(state.text().charAt(0));
    }

    /**
     * Whether the words from {@code from} to {@code to} in parentheses are a label ("D-Va.", "R", "AROS", "Vt."),
     * not an aside of the writer's ("a claim the guild disputes").
     */
    private boolean isLabel(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = tokens.get(k).text().charAt(0);
            if (!tokens.get(k).isPunctuation() && !Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        }
        return true;
    }

    /**
     * The token before a time phrase that ends at {@code j} ("on Tuesday", "just this month", "last week",
     * "published in early May"), or {@code j} when there is none.
     */
    private int beforeTimePhrase(int j, int floor) {
        if (j < floor || !isTime(j)) return j;
        int k = j - 1;
        while (k >= floor && (isTime(k) || TIME_LEADS.contains(lower(k)))) k--;
        // A participle the time belongs to: "a survey published in early May".
        if (k > floor && tokens.get(k).pos().equals("VBN") && TIME_LEADS.contains(lower(k + 1))) k--;
        return k;
    }

    /**
     * The token before "in a statement", "in a radio interview", "in a letter to members" ending at {@code j}: the
     * medium of a report standing between its subject and verb; else {@code j}.
     */
    private int beforeSetting(int j, int floor) {
        int k = j;
        boolean setting = false;
        while (k > floor && k > j - 8 && !quoted[k] && (isNominal(k) || index.at(k) != null
                || tokens.get(k).pos().equals("VBN") || lower(k).equals("to") || lower(k).equals("with"))) {
            setting |= SETTINGS.contains(lower(k));
            k--;
        }
        return setting && k > floor && lower(k).equals("in") ? k - 1 : j;
    }

    /** Where, when or how a report was made: "in a statement", "at a rally", "on its website". */
    static final Set<String> SETTINGS = Set.of("statement", "statements", "interview", "interviews", "tweet",
            "tweets", "speech", "letter", "post", "email", "rally", "debate", "conference", "hearing", "appearance",
            "remarks", "video", "op-ed", "column", "briefing", "meeting", "address", "website", "blog", "podcast",
            "broadcast", "editorial", "memo", "filing", "lawsuit", "posts", "speeches", "letters");

    private static final Set<String> TIME_LEADS = Set.of("on", "in", "over", "last", "this", "just", "early", "late",
            "next", "earlier", "later", "that", "the", "previous", "since", "for", "until", "through");

    /**
     * "relatives of Bott and Welgrainer said", "lawyers for Navalny said", "officials at the ministry said": names
     * after a preposition that completes a common noun are not the source; the noun is. Returns the phrase from the
     * noun's determiner up to the names, or null when the name is the subject itself. Coordinated names ("Bott and
     * Welgrainer") are walked over.
     */
    private Span ownerPhrase(int nameStart, int floor) {
        int first = nameStart;
        // Names in a list end in "and": "of Bott, Smith and Welgrainer" (not "in Braga, Portugal, Reis said").
        boolean list = false;
        while (first - 2 >= floor && index.at(first - 2) != null
                && (lower(first - 1).equals("and") || list && tokens.get(first - 1).text().equals(","))) {
            list = true;
            first = index.at(first - 2).firstToken();
        }
        // "advisers to Mr. Lopes": an honorific before the name.
        while (first - 1 >= floor && lexicons.isHonorific(tokens.get(first - 1).text())) first--;
        int head = first - 2;
        if (head < floor || !OWNER_LINKS.contains(lower(first - 1)) || !isCommonNounHead(head)) return null;
        return genericNounPhrase(head, floor);
    }

    static final Set<String> OWNER_LINKS = Set.of("of", "for", "at", "in", "to", "from", "with", "on");

    /**
     * A common noun, in lower case unless it opens the sentence: "relatives", "family", "Lawyers", not "Secretary"
     * of "Secretary of State" nor a title.
     */
    boolean isCommonNounHead(int k) {
        Token t = tokens.get(k);
        boolean opens = tokens.sentenceOf(t).firstToken() == k;
        boolean lower = Character.isLowerCase(t.text().charAt(0)) || opens;
        // Opening a sentence, the tagger may take a capitalised common noun for a name ("Advisers to X say").
        boolean noun = t.pos().equals("NN") || t.pos().equals("NNS")
                || opens && (t.pos().equals("NNP") || t.pos().equals("NNPS")) && index.at(k) == null;
        return noun && lower && roles.titleEndingAt(k + 1) == null;
    }

    /** Past an "of" and the proper nouns after it ("of New York") at {@code k}; else {@code k}. */
    private int pastOfPlace(int k, Sentence s) {
        if (k + 1 >= s.endToken() || !lower(k).equals("of") || !tokens.get(k + 1).isProperNoun()) return k;
        k++;
        while (k < s.endToken() && tokens.get(k).isProperNoun()) k++;
        return k;
    }

    /**
     * A source named after its cue runs on through a parenthesis ("(D-Va.)"), an "of" place ("of New York") and
     * appositions ("said Ana Reis, an economist at the Labour Institute.").
     */
    private int afterCueSourceEnd(int end, Sentence s) {
        int to = pastOfPlace(afterLabel(end, s), s);
        // "said the former mayor and current harbour chief", "said Reis and Lopes": a second noun phrase joined
        // by "and" that ends the clause is part of the source.
        if (to + 1 < s.endToken() && lower(to).equals("and") && !quoted[to + 1]) {
            int k = nominalRunEnd(to + 1, Math.min(s.endToken(), to + 8));
            // "and current mayor of Velmont": the second title's place.
            if (k > to + 1) k = pastOfPlace(k, s);
            boolean ends = k == s.endToken() || tokens.get(k).isPunctuation();
            if (k > to + 1 && ends && tokens.get(k - 1).isNoun()) to = k;
        }
        // "said Ana Reis -- head of the guild -- on Monday": an apposition in dashes (its closing dash left out;
        // measured both ways, no difference on PolNeAR).
        if (to + 1 < s.endToken() && DASHES.contains(lower(to)) && opensApposition(to + 1, s.endToken())) {
            for (int close = to + 2; close < s.endToken() && close < to + 25 && !quoted[close]; close++) {
                if (DASHES.contains(lower(close))) return close;
            }
        }
        // ", head of the caucus", ", R-Va.,", ", who chairs the panel": appositions, each up to its comma; not
        // ", at the session" (where it was said).
        int e = to;
        while (e + 1 < s.endToken() && tokens.get(e).text().equals(",") && !quoted[e + 1]) {
            if (!opensApposition(e + 1, s.endToken())) break;
            int next = e + 1;
            while (next < s.endToken() && !quoted[next] && !tokens.get(next).text().equals(",")) next++;
            if (reportsItself(e + 1, next)) break;
            to = trimEnd(e, next);
            if (next >= s.endToken() || quoted[next]) break;
            e = next;
        }
        // "said X, head of the caucus, in a statement": the apposition's closing comma, as before a cue.
        if (e > end && e == to && e + 1 < s.endToken() && tokens.get(e).text().equals(",")) to = e + 1;
        return to;
    }

    /** An entity, title or pronoun mention whose last token is {@code j}. */
    Span mentionEndingAt(int j) {
        if (j < 0 || j >= tokens.size()) return null;
        MentionIndex.Hit hit = index.at(j);
        if (hit != null && hit.endToken() == j + 1) {
            // A name inside a longer description ("RIA Novosti news agency") is found by the generic phrase.
            return hit.mention().span();
        }
        if (PRONOUNS.contains(lower(j))) return tokens.get(j).span();
        Roles.TitleMention t = roles.titleEndingAt(j + 1);
        return t == null ? null : t.mention().span();
    }

    /** The name ending at {@code k}, else the common noun phrase ending there, else null. */
    Span nounPhraseEndingAt(int k, int floor) {
        Span m = mentionEndingAt(k);
        return m != null ? m : genericNounPhrase(k, floor);
    }

    /** Past the words from {@code from}, before {@code limit}, that can stand in a noun phrase or a name. */
    int nominalRunEnd(int from, int limit) {
        int k = from;
        while (k < limit && !quoted[k] && (isNominal(k) || index.at(k) != null)) k++;
        return k;
    }

    /** "US media", "RIA Novosti news agency", "relatives of the victims": nouns back to a determiner. */
    Span genericNounPhrase(int j, int floor) {
        Token head = tokens.get(j);
        // "the mother of two": a number after "of" ends the phrase.
        boolean count = head.pos().equals("CD") && j - 1 > floor && lower(j - 1).equals("of");
        // "the 54-year-old said": an age stands for a person.
        boolean age = j - 4 >= floor && tokens.endsAge(j);
        if (!(head.isNoun() || head.pos().equals("PRP") || count || age)) return null;
        int from = j;
        while (from - 1 >= floor) {
            Token t = tokens.get(from - 1);
            String pos = t.pos();
            boolean participle = participleBeforeNoun(from - 1);
            // "recently audited accounts", "widely cited study": a manner adverb before such a participle or adjective.
            String next = tokens.get(from).pos();
            boolean manner = pos.equals("RB") && lower(from - 1).endsWith("ly") && from < j
                    && (next.equals("VBN") || next.startsWith("JJ"));
            // "41-year-old": the tokenizer may split a compound at its hyphens (a spaced one, "VELMONT - Harbour
            // pilots", ends a dateline).
            boolean part = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("HYPH") && !breaksPhrase(from - 1) || pos.equals("POS") || pos.equals("PRP$")
                    || pos.equals("IN") && lower(from - 1).equals("of")
                    || participle || manner || pos.equals("RB") && lower(from - 1).equals("only");
            if (!part || quoted[from - 1] || isSum(from - 1, floor)) break;
            from--;
            if (pos.equals("DT")) break;
        }
        if (tokens.get(from).pos().equals("IN")) from++;
        return new Span(tokens.get(from).start(), head.end());
    }

    /**
     * The noun phrase starting at {@code from}, whole: "Socialist mayoral candidate Ana Reis", "the left-leaning
     * Institute for Labour Studies", a pronoun; else the words up to a comma or verb.
     */
    Span nounPhraseAfter(int from, int end) {
        if (from >= end) return null;
        if (PRONOUNS.contains(lower(from))) return tokens.get(from).span();
        int to = from;
        to = nominalRunEnd(to, end);
        while (to > from && !tokens.get(to - 1).isNoun() && index.at(to - 1) == null) to--;
        if (to > from) return span(from, to);
        // "said in a phone interview": a phrase that opens with a preposition is not who said it.
        if (tokens.get(to).pos().equals("IN") || tokens.get(to).pos().equals("TO")) return null;
        while (to < end && !tokens.get(to).isPunctuation() && !tokens.get(to).isVerb()) {
            if (index.at(to) != null) return index.at(to).mention().span();
            to++;
        }
        return to > from ? new Span(tokens.get(from).start(), tokens.get(to - 1).end()) : null;
    }

    /** The first token from {@code from}, before {@code limit}, that breaks a phrase; else limit. */
    int phraseEnd(int from, int limit) {
        int k = from;
        while (k < limit && !breaksPhrase(k)) k++;
        return k;
    }

    /** Punctuation, but not the hyphen inside a word ("left-leaning", "12-page"). */
    boolean breaksPhrase(int k) {
        Token t = tokens.get(k);
        // "the dock workers' guild": the possessive's apostrophe is no punctuation of the phrase.
        if (!t.isPunctuation() || t.pos().equals("POS")) return false;
        // "left-leaning", "Times/Harbour News": a hyphen or slash inside a word joins it.
        boolean joiner = (t.text().equals("-") || t.text().equals("/")) && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == t.start() && tokens.get(k + 1).start() == t.end();
        return !joiner;
    }

    /**
     * A word that can stand inside a noun phrase before its head: determiner, adjective, noun, number, "'s", the
     * hyphen inside a word (not a spaced dash: "... is predictable - Reis has vowed").
     */
    boolean isNominal(int k) {
        String pos = tokens.get(k).pos();
        if (pos.equals("HYPH") || lower(k).equals("-") || lower(k).equals("/")) return !breaksPhrase(k);
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                || pos.equals("POS") || pos.equals("PRP$");
    }

    Span firstNounPhrase(Sentence s, int before) {
        for (int k = s.firstToken(); k < before; k++) {
            if (quoted[k]) continue;
            MentionIndex.Hit hit = index.at(k);
            if (hit != null && hit.entity().type() != EntityType.LOCATION) {
                // The whole phrase the name stands in: "Socialist mayoral candidate Ana Reis".
                Span whole = nounPhraseAfter(modifiersStart(k, s), before);
                return whole != null && whole.end() >= hit.mention().end() ? whole : hit.mention().span();
            }
            if (PRONOUNS.contains(lower(k))) return tokens.get(k).span();
        }
        return null;
    }

    /**
     * The whole noun phrase that names the source, as a reader would underline it: premodifiers and determiner
     * ("veteran harbour pilot Ana Reis", "a Transport Ministry official"), and an apposition between the name and
     * a following cue ("Ana Reis, a longtime member of ...,").
     */
    Span sourcePhrase(int first, int end, Span cue) {
        Sentence s = tokens.sentenceOf(tokens.get(first));
        int from = modifiersStart(first, s);
        if (cue != null && tokens.get(first).start() < cue.end()) from = subjectStart(from, end, s);
        int to = end;
        if (cue != null && tokens.get(first).start() >= cue.end()) to = afterCueSourceEnd(end, s);
        if (cue != null && tokens.get(first).start() < cue.end()) {
            int cueToken = tokens.firstTokenStartingAtOrAfter(cue.start());
            // "Tom Reyes (D), the mayor, said", "Tom Reyes (D) said": a label in parentheses belongs to the name.
            int labelled = afterLabel(end, s);
            if (labelled > end && labelled <= cueToken) {
                end = labelled;
                to = labelled;
            }
            // "Name, apposition, forcefully told", "Name, apposition, on Friday called for": adverbs and a time
            // between the closing comma and the cue.
            while (cueToken - 1 > end && tokens.get(cueToken - 1).pos().startsWith("RB")) cueToken--;
            int beforeTime = beforeTimePhrase(cueToken - 1, end + 1);
            if (beforeTime < cueToken - 1 && beforeTime > end && lower(beforeTime).equals(",")) {
                cueToken = beforeTime + 1;
            }
            // "Name, apposition, said": the apposition and its closing comma belong to the source.
            // (A comma right before a participle cue sets off nothing: "Ana Reis, speaking of".)
            boolean participle = cueToken < tokens.size() && tokens.get(cueToken).pos().equals("VBG");
            if (cueToken > end && !(participle && cueToken - 1 == end) && tokens.get(cueToken - 1).text().equals(",")
                    && end < tokens.size() && tokens.get(end).text().equals(",") && cueToken - end <= 25) {
                to = appositionEnd(end, cueToken - 1);
            }
            // "Name -- apposition -- said": the dashes and what they set off belong to the source; an aside that is
            // no noun phrase and has a verb of its own ("X -- even as he praises the pier -- has proposed") does not.
            if (cueToken > end + 1 && end < tokens.size() && DASHES.contains(lower(end))
                    && DASHES.contains(lower(cueToken - 1))
                    && (opensApposition(end + 1, cueToken - 1) || !hasFiniteVerb(end + 1, cueToken - 1))) {
                to = cueToken;
            }
        }
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private boolean hasFiniteVerb(int from, int to) {
        for (int k = from; k < to; k++) if (!quoted[k] && tokens.get(k).isFiniteOrModal()) return true;
        return false;
    }

    /**
     * The end of the appositions between the comma after a name ({@code open}) and the comma before its cue
     * ({@code close}), closing comma included: "Ana Reis, the head of the port authority,", "the union, which
     * represents teachers," but not "Reis, speaking in Porto," nor the ", in a statement," after an apposition.
     */
    int appositionEnd(int open, int close) {
        if (open == close) return close + 1;
        int to = open;
        for (int c = open; c < close; ) {
            int first = c + 1;
            if (lower(first).equals("and") || lower(first).equals("or")) first++;
            if (first >= tokens.size()) break;
            if (!opensApposition(first, close) || quoted[first]) break;
            if (c > open && describesApposition(c, first)) break;
            int next = c + 1;
            while (next < close && !tokens.get(next).text().equals(",")) next++;
            if (reportsItself(first, next) || narrates(first, next)) break;
            to = next + 1;
            c = next;
        }
        return to;
    }

    /**
     * A relative clause from {@code first} (before {@code end}) that tells what the source did ("Reis, who walked
     * out in May, said") rather than who the source is ("Reis, who chairs the guild, said", "..., who is a critic
     * of the toll,"): the first is no part of the source's description.
     */
    private boolean narrates(int first, int end) {
        if (!tokens.get(first).pos().startsWith("WP") && !tokens.get(first).pos().equals("WDT")) return false;
        for (int k = first + 1; k < end; k++) {
            if (quoted[k] || !tokens.get(k).isVerb()) continue;
            // The auxiliaries of "has chaired", "had been voted out": the verb after them says what the clause is.
            if (k + 1 < end && tokens.get(k + 1).isVerb() && AUXILIARIES.contains(tokens.get(k).lemma())) continue;
            // "who had been left out of the talks": what was done to the source says who it is.
            boolean passive = tokens.get(k).pos().equals("VBN") && k > first + 1 && tokens.get(k - 1).lemma().equals("be");
            return !passive && !ROLE_VERBS.contains(tokens.get(k).lemma());
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

    /** Verbs that say who someone is, in a relative clause about a source: a post, a membership, a field. */
    private static final Set<String> ROLE_VERBS = Set.of("be", "serve", "head", "run", "lead", "chair", "represent",
            "include", "oversee", "direct", "study", "teach", "work", "advise", "manage", "found", "own", "edit",
            "cover", "track", "specialize", "specialise", "helm", "hold", "belong", "research", "co-chair", "co-found",
            "preside", "command", "govern", "coordinate", "organize", "organise", "monitor", "analyze", "analyse");

    /**
     * Whether a further apposition, opening at {@code first} after the comma {@code comma}, describes the noun
     * ending the apposition before it rather than the source: "Ana Reis, president of the union, which represents
     * ...,", "Ana Reis, the mayor of Velmont, a town of 9,000,".
     */
    private boolean describesApposition(int comma, int first) {
        String pos = tokens.get(first).pos();
        // "Ana Reis, R-N.J., who chairs the panel,": a label describes no one; the clause is about the name.
        if (pos.startsWith("WP") || pos.equals("WDT")) return !isPartyLabel(comma);
        return pos.equals("DT") && tokens.get(comma - 1).isProperNoun();
    }

    /**
     * Whether the phrase at {@code k} can describe the name before its comma: a noun phrase ("the head of ...",
     * "59"), a relative clause, or where the person is from ("of Braga").
     */
    boolean opensApposition(int k, int limit) {
        String pos = tokens.get(k).pos();
        // ", now a consultant", ", formerly the head of": an adverb of time before the noun phrase.
        boolean then = pos.equals("RB") && k + 1 < limit && tokens.get(k + 1).pos().equals("DT");
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
                || pos.equals("CD") || pos.startsWith("WP") || pos.equals("WDT") || k + 1 < limit && opensResidence(k)
                || then;
    }

    /**
     * ", who emphasized that ...", ", which argues that ...": a relative clause that is a report of its own, whose
     * words are what the source said, not who the source is.
     */
    private boolean reportsItself(int first, int end) {
        if (!isRelativePronoun(first)) return false;
        for (int k = first + 1; k + 1 < end; k++) {
            Token t = tokens.get(k);
            boolean reports = t.isVerb() && (lexicons.isSpeechVerb(t.lemma()) || lexicons.isOpinionVerb(t.lemma()));
            if (reports && lower(k + 1).equals("that")) return true;
        }
        return false;
    }

    /** "of Braga", "from Velmont": where a person lives, after their name and a comma. */
    boolean opensResidence(int k) {
        return (lower(k).equals("of") || lower(k).equals("from")) && k + 1 < tokens.size()
                && tokens.get(k + 1).isProperNoun();
    }

    /**
     * "surveyed residents", "leading experts": a participle before a noun describes it; not one of saying, which
     * opens a clause ("..., saying officials denied it").
     */
    private boolean participleBeforeNoun(int k) {
        Token t = tokens.get(k);
        boolean participle = t.pos().equals("VBN") || t.pos().equals("VBG");
        return participle && tokens.get(k + 1).isNoun() && !(t.pos().equals("VBG") && lexicons.isSpeechVerb(t.lemma()));
    }

    /** Where the premodifiers and determiner of the phrase whose first word is {@code first} begin. */
    private int modifiersStart(int first, Sentence s) {
        int from = first;
        MentionIndex.Hit named = index.at(first);
        boolean person = named != null && named.firstToken() == first && named.entity().type() == EntityType.PERSON;
        while (from - 1 >= s.firstToken() && !quoted[from - 1]) {
            Token t = tokens.get(from - 1);
            String pos = t.pos(), w = lower(from - 1);
            MentionIndex.Hit hit = index.at(from - 1);
            // "Not everyone on the board", "not all pilots": the negation says who speaks.
            if (w.equals("not") && NEGATED_QUANTIFIERS.contains(lower(from))) {
                from--;
                break;
            }
            // "both pilot unions": the tagger may read "both" as a conjunction; before a noun it is the determiner.
            if (w.equals("both") && isNominal(from)) {
                from--;
                break;
            }
            // "Minister of Finance Ana Reis", "Friends for Clean Rivers": a preposition between capitalised words.
            boolean inName = NAME_LINKS.contains(w) && from - 2 >= s.firstToken() && tokens.get(from - 2).isProperNoun()
                    && tokens.get(from - 2).isCapitalized() && tokens.get(from).isCapitalized();
            boolean modifier = isNominal(from - 1) || inName
                    || participleBeforeNoun(from - 1)
                    // "Nearly nine of 10 dockers", "about 200 residents": an adverb bounding a number.
                    || pos.equals("RB") && tokens.get(from).pos().equals("CD")
                    || hit != null && hit.entity().type() != EntityType.PERSON;
            // "Last week the union said": nothing before a phrase's determiner is part of it.
            if (isSum(from - 1, s.firstToken())) break;
            // "the third time Velmont Ferries said", "in a statement the Harbour Board said": a time or a setting
            // before a name is no modifier of it.
            if (!modifier || NOT_IN_SOURCE.contains(w) || TIME_NOUNS.contains(w) || w.equals("that") || w.equals("this")
                    || tokens.get(from).pos().equals("DT")) break;
            // Right before a person's name only a title describes the person: "in a radio interview Reis said",
            // "with the Gazette Reis said" end at the name.
            boolean commonNoun = pos.startsWith("NN") && Character.isLowerCase(t.text().charAt(0));
            if (person && from == first && (hit != null || commonNoun && !isTitleWord(from - 1))) break;
            from--;
            if (pos.equals("DT")) break;
        }
        return from;
    }

    static final Set<String> QUANTIFIER_SUBJECTS = Set.of("all", "most", "many", "some", "several", "both",
            "few", "none");
    private static final Set<String> NEGATED_QUANTIFIERS = Set.of("everyone", "everybody", "all", "every", "many",
            "most", "one");

    /**
     * "who", "which" or "whose" opening a relative clause after a comma or right after a noun ("the police, which
     * ...").
     */
    boolean isRelativePronoun(int k) {
        String pos = tokens.get(k).pos();
        boolean relative = lower(k).equals("who") || lower(k).equals("which") || lower(k).equals("whose");
        if (!(pos.equals("WP") || pos.equals("WDT") || pos.equals("WP$")) || k == 0 || !relative) return false;
        // "the head of the museum and whose family ...": a second relative clause joined by "and"; "Ana Reis — who
        // has ... —": one set off by dashes.
        return tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).isNoun() || lower(k - 1).equals("and")
                || DASHES.contains(lower(k - 1)) || lower(k).equals("who") && PRONOUN_HEADS.contains(lower(k - 1));
    }

    /** "some who saw", "those who say", "many who": a quantifier or demonstrative standing for people. */
    private static final Set<String> PRONOUN_HEADS = Set.of("some", "many", "those", "all", "few", "several", "most",
            "others", "anyone", "everyone", "one");

    /** Whether the source {@code mention} opens a relative clause: "who", "which", "many of whom". */
    boolean opensRelativeClause(Span mention) {
        int[] r = tokens.range(mention);
        return r[0] < r[1] && (isRelativePronoun(r[0]) || partitiveRelativeStart(r[1] - 1, 0) == r[0]);
    }

    /** "many of whom", "two of which" ending at {@code j}, after a comma: where it starts, else -1. */
    private int partitiveRelativeStart(int j, int floor) {
        if (j - 3 < floor || !lower(j).equals("whom") && !lower(j).equals("which") || !lower(j - 1).equals("of")) {
            return -1;
        }
        String pos = tokens.get(j - 2).pos();
        boolean share = pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.equals("PDT");
        return share && tokens.get(j - 3).text().equals(",") ? j - 2 : -1;
    }

    private static final Set<String> NAME_LINKS = Set.of("of", "for", "on");

    /** A role word, alone or as the end of a two-word title: "host", "pollster", "campaign manager". */
    boolean isTitleWord(int k) {
        if (lexicons.isTitle(lower(k))) return true;
        return k > 0 && lexicons.isTitle(lower(k - 1) + " " + lower(k));
    }

    /**
     * Where a subject that starts at {@code from} really starts: over coordinated subjects ("Mr. King and Mr.
     * Schultz said", "Britain, France and Germany said", "federal and state officials said") and over a title set
     * before the name ("The union's regional secretary, Joana Pires, said"), when what is taken in opens the sentence.
     */
    int subjectStart(int from, int end, Sentence s) {
        int and = from - 1;
        if (and - 1 >= s.firstToken() && SUBJECT_COORDINATORS.contains(lower(and)) && !quoted[and - 1]) {
            // "Reis, the mayor, and Reyes", "Reis, who chairs the guild, and Reyes": the comma before "and" closes
            // an apposition or a relative clause about the conjunct before it.
            int last = lower(and - 1).equals(",") && and - 2 >= s.firstToken() ? and - 2 : and - 1;
            int left = conjunctStart(last, s.firstToken());
            int open = last < and - 1 ? relativeClauseOpening(and - 1, s.firstToken(), 16) : -1;
            if (open - 1 > s.firstToken()) left = conjunctStart(open - 1, s.firstToken());
            // Further conjuncts of a list: "A, B and C"; the widest that opens the subject ("When pilots are fined
            // for delays, Reis and Dahl say": not "delays, Reis and Dahl").
            List<Integer> starts = new ArrayList<>();
            if (left >= 0) starts.add(left);
            while (left - 2 >= s.firstToken() && tokens.get(left - 1).text().equals(",")) {
                int more = conjunctStart(left - 2, s.firstToken());
                if (more < 0) break;
                starts.add(0, left = more);
            }
            // "Critics, like Reis, Reyes and Dahl, say": the names are examples in an aside about the subject.
            boolean examples = !starts.isEmpty() && starts.get(0) - 1 >= s.firstToken()
                    && LISTING.contains(lower(starts.get(0) - 1));
            for (int start : examples ? List.<Integer>of() : starts) {
                // "Both Reis and Lopes say": the word that announces the coordination opens it.
                if (start - 1 >= s.firstToken() && PAIR_OPENERS.contains(lower(start - 1))) start--;
                if (opensSubject(start, s)) return start;
            }
        }
        if (from - 2 >= s.firstToken() && tokens.get(from - 1).text().equals(",") && index.at(from) != null
                && end < s.endToken() && tokens.get(end).text().equals(",")) {
            int head = from - 2;
            Span title = genericNounPhrase(head, s.firstToken());
            Token h = tokens.get(head);
            boolean role = isTitleWord(head)
                    || h.isNoun() && !h.isProperNoun() && Character.isLowerCase(h.text().charAt(0));
            if (title != null && role && !TIME_NOUNS.contains(lower(head))) {
                int start = tokens.firstTokenStartingAtOrAfter(title.start());
                // "one of the guild's pilots, Ana Reis,": one of the group the title names.
                start = shareStart(start, s.firstToken());
                if (head > start && opensSubject(start, s)) return start;
            }
        }
        return wholeSubjectStart(from, s);
    }

    /**
     * The sentence's first word when everything from it to {@code from} is one noun phrase with the phrases that
     * complete it: "The Council for Fair Harbour Fees", "Others in the community", "Many dockers involved in
     * the talks", "Pilots, including the guild,", "A lawyer for the paper, Ana Reis,". Else {@code from}.
     */
    private int wholeSubjectStart(int from, Sentence s) {
        // "By noon, dockers, including Reyes, had walked out": the noun phrase the aside of names is about.
        if (LISTING.contains(lower(from)) && from - 2 >= s.firstToken() && tokens.get(from - 1).text().equals(",")
                && isCommonNounHead(from - 2)) {
            Span head = genericNounPhrase(from - 2, s.firstToken());
            int first = head == null ? -1 : tokens.firstTokenStartingAtOrAfter(head.start());
            if (first >= 0 && opensSubject(first, s)) return first;
        }
        int start = s.firstToken();
        // "But the pilots ...", "As several skippers, including Dahl, have noted": the subject after its clause's
        // first word.
        if (start < from && (lower(start).equals("but") || lower(start).equals("and")
                || SUBORDINATORS.contains(lower(start)))) {
            start++;
        }
        int whole = phraseStart(start, from);
        if (whole < from) return whole;
        // "In 2019, a study by X found", "..., but a survey run by X found": the clause's own subject.
        int opener = from - 1;
        while (opener >= s.firstToken() && !CLAUSE_OPENERS.contains(lower(opener))) opener--;
        if (opener < s.firstToken() || lower(opener).equals(",") && !introductory(opener, s)) return from;
        return phraseStart(opener + 1, from);
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "that", "but", "because", "while",
            "although", "though");

    /**
     * Whether the comma {@code comma} closes a phrase that opens the sentence with a preposition, adverb or time
     * ("In 2019,", "Still,"), not a name and its apposition ("Ana Reis, the head of the board,").
     */
    private boolean introductory(int comma, Sentence s) {
        if (comma <= s.firstToken()) return false;
        int first = comma - 1;
        while (first > s.firstToken() && !tokens.get(first - 1).text().equals(",")) first--;
        String pos = tokens.get(first).pos();
        return first == s.firstToken() && (pos.equals("IN") || pos.startsWith("RB") || isTime(first));
    }

    /** {@code start} if the words from it to {@code from} are one noun phrase and what completes it, else from. */
    private int phraseStart(int start, int from) {
        if (start >= from || isTime(start) || !(isNominal(start) || index.at(start) != null)) return from;
        boolean listing = false;
        for (int k = start; k < from; k++) {
            if (quoted[k]) return from;
            // "Critics, like Ana Reis, head of the guild, and Tom Reyes, a pilot,": inside a list of examples,
            // each example may have its own apposition.
            if (listing && tokens.get(k).text().equals(",")) continue;
            if (tokens.get(k).text().equals(",")) {
                // "One of the board's lawyers, Ana Reis, said": the source found is the name in apposition.
                // "Several skippers, including Dahl, said": the source found opens with the aside.
                if (k + 1 == from) return appositiveName(from) || LISTING.contains(lower(from)) ? start : from;
                // Only an aside that names: ", including the mayors," or a name in apposition, ", Ana Reis,".
                int close = k + 1;
                while (close < from && !tokens.get(close).text().equals(",")) close++;
                boolean including = LISTING.contains(lower(k + 1));
                MentionIndex.Hit name = index.at(k + 1);
                boolean apposition = name != null && name.endToken() == close;
                if (!including && !apposition) return from;
                listing |= including;
                // The source found is the aside's own name: the subject is the whole phrase around it.
                if (close >= from) return start;
                k = close;
                continue;
            }
            String pos = tokens.get(k).pos();
            boolean part = isNominal(k) || index.at(k) != null || SUBJECT_LINKS.contains(lower(k))
                    || pos.equals("VBN") || pos.equals("PRP") && k > start && SUBJECT_LINKS.contains(lower(k - 1));
            if (!part) return from;
        }
        return start;
    }

    /** Words opening an aside that lists examples of the noun before it: ", including Dahl,", ", like Reis,". */
    private static final Set<String> LISTING = Set.of("including", "like");

    /** A name starting at {@code k} and closed by a comma: ", Ana Reis,", ", Mr. Reyes,". */
    private boolean appositiveName(int k) {
        if (lexicons.isHonorific(tokens.get(k).text()) && k + 1 < tokens.size()) k++;
        MentionIndex.Hit name = index.at(k);
        return name != null && name.firstToken() == k && name.endToken() < tokens.size()
                && tokens.get(name.endToken()).text().equals(",");
    }

    /**
     * Words that join a noun to the phrase completing it inside a subject: "the board of", "those close to",
     * "pilots like Reis".
     */
    private static final Set<String> SUBJECT_LINKS = Set.of("of", "for", "at", "in", "on", "from", "by", "to", "with",
            "and", "around", "among", "across", "including", "like", "close");

    private static final Set<String> TIME_NOUNS = Set.of("yesterday", "today", "tonight", "week", "month", "year",
            "morning", "afternoon", "evening", "night", "weekend", "time", "statement", "interview");

    /** The first token of the noun or adjective phrase ending at {@code k}, or -1. */
    private int conjunctStart(int k, int floor) {
        // "Reps. Ana Reis (R-Utah), Tom Reyes (D-Ill.) and ...": a name and its parenthesis.
        Span m = withParenthesis(k, floor);
        if (m == null) m = mentionEndingAt(k);
        if (m != null) {
            return modifiersStart(tokens.firstTokenStartingAtOrAfter(m.start()), tokens.sentenceOf(tokens.get(k)));
        }
        if (tokens.get(k).pos().startsWith("JJ")) return k;
        m = genericNounPhrase(k, floor);
        return m == null ? -1 : tokens.firstTokenStartingAtOrAfter(m.start());
    }

    private static final Set<String> PAIR_OPENERS = Set.of("both", "either", "neither");

    /** "Reis and Reyes", "Reis or Reyes", "neither Reis nor Reyes". */
    static final Set<String> SUBJECT_COORDINATORS = Set.of("and", "or", "nor");

    /**
     * A subject may start here: at the sentence's start, after its opening quote mark, a comma, "that", "but", a
     * subordinator ("as", "because", "while") or a clause's ", and".
     */
    private boolean opensSubject(int k) {
        return opensSubject(k, tokens.sentenceOf(tokens.get(k)));
    }

    private boolean opensSubject(int k, Sentence s) {
        if (k == s.firstToken()) return true;
        String before = lower(k - 1);
        boolean commaAnd = before.equals("and") && k - 2 > s.firstToken() && tokens.get(k - 2).text().equals(",");
        // "“We are not finished,” Ana Reis, the mayor, and ... said": after the quotation its source.
        boolean afterQuotation = quoted[k - 1] && k - 2 >= s.firstToken() && QUOTATION_ENDS.contains(lower(k - 2));
        return before.equals(",") || before.equals("that") || before.equals("but") || commaAnd || afterQuotation
                || SUBORDINATORS.contains(before) || OPENING_MARKS.contains(before);
    }

    private static final Set<String> QUOTATION_ENDS = Set.of(",", ".", "?", "!");

    private static final Set<String> SUBORDINATORS = Set.of("as", "because", "while", "when", "since", "although",
            "though", "whereas", "if");

    /** Drops the sentence's final punctuation, unless a closing quote mark follows it ("... hall.”"). */
    int trimEnd(int from, int end) {
        // A quoted mark whose token before is not quoted opens the next quotation: the sentence splitter may leave
        // it at the end of this sentence ("... lawyers. ''There's ...").
        while (end > from && tokens.get(end - 1).isPunctuation() && (!quoted[end - 1] || opensNext(end - 1, from))) {
            end--;
        }
        return end;
    }

    private boolean opensNext(int mark, int from) {
        return mark - 1 >= from && !quoted[mark - 1] && OPENING_OR_AMBIGUOUS.contains(lower(mark));
    }

    private static final Set<String> OPENING_OR_AMBIGUOUS = Set.of("\"", "“", "``", "''", "'", "‘");

    Span span(int from, int end) {
        return end > from ? new Span(tokens.get(from).start(), tokens.get(end - 1).end()) : null;
    }

    private String lower(int k) {
        return tokens.lower(k);
    }
}
