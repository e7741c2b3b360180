package dossier.quotes;

import dossier.entities.MentionIndex;
import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Paragraph;
import dossier.model.Span;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.roles.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who said a quote, the way a careful reader does without a parser:
 * <ol>
 * <li>a reporting clause right after the quote: {@code ," Blinken said}, {@code ," said the minister},
 * {@code ," X quoted Y as saying} (Y speaks), {@code ," according to X};</li>
 * <li>else the nearest reporting verb before the quote in its sentence and that verb's subject, skipping an
 * apposition ({@code John Kirby, the spokesman ..., said}); a participle ({@code noting that "..."}) takes the
 * subject of the clause it hangs on; a name after the verb is its object, not its subject
 * ({@code Kirby said President Biden "is prepared"}: Kirby speaks);</li>
 * <li>else a quote that is its own paragraph continues the previous paragraph's speaker.</li>
 * </ol>
 * Pronouns go to the last speaker when compatible, else to the most recent person of that gender; titles ("the
 * US secretary") to the person holding the role.
 */
final class Attributor {
    record Attribution(String entity, Span mention, Span cue) {}

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
    private static final Set<String> ADVERBS_BEFORE_CUE = Set.of("also", "later", "then", "further", "again", "once",
            "previously", "earlier", "recently", "had", "has", "have", "was", "is", "would", "will", "did");
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

    private String lastSpeaker;
    private int lastSpeakerParagraph = -100;
    private int lastQuoteParagraph = -100;
    private boolean lastQuoteEndedParagraph;

    Attributor(Lexicons lexicons, String text, Tokens tokens, MentionIndex index, Roles roles, List<Entity> entities,
               List<QuoteFinder.Raw> quotes, List<Paragraph> paragraphs) {
        this.lexicons = lexicons;
        this.text = text;
        this.tokens = tokens;
        this.index = index;
        this.roles = roles;
        this.entities = entities;
        this.paragraphs = paragraphs;
        this.quoted = new boolean[tokens.size()];
        for (QuoteFinder.Raw q : quotes) {
            int[] r = tokens.range(new Span(q.open(), q.close() + 1));
            for (int i = r[0]; i < r[1]; i++) quoted[i] = true;
        }
    }

    /** Records the speaker of a quote just attributed, for the pronouns and continuations that follow. */
    void remember(QuoteFinder.Raw q, String speaker, Span mention) {
        int p = paragraphOf(q.open());
        if (speaker != null) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraphOf(q.close());
        }
        lastQuoteParagraph = paragraphOf(q.close());
        Paragraph par = p >= 0 ? paragraphs.get(paragraphOf(q.close())) : null;
        lastQuoteEndedParagraph = par != null && text.substring(q.close() + 1, par.span().end()).strip().length() <= 1;
    }

    Attribution attribute(QuoteFinder.Raw q) {
        int openToken = tokens.firstTokenStartingAtOrAfter(q.open());
        int closeToken = tokens.firstTokenStartingAtOrAfter(q.close());
        if (openToken >= tokens.size() || closeToken >= tokens.size()) return null;
        char last = lastNonSpace(q.open() + 1, q.close());
        boolean invitesAfter = ",?!—–-…".indexOf(last) >= 0;
        Attribution after = invitesAfter || lastNonSpace(q.open() + 1, q.close()) == 0 ? after(closeToken) : null;
        if (after != null) return after;
        Attribution before = before(openToken);
        if (before != null) return before;
        after = after(closeToken);
        if (after != null) return after;
        return continuation(q);
    }

    private char lastNonSpace(int from, int to) {
        for (int i = to - 1; i >= from; i--) if (!Character.isWhitespace(text.charAt(i))) return text.charAt(i);
        return 0;
    }

    // ---- after the quote: ," Blinken said / ," said Blinken / ," X quoted Y as saying / ," according to X

    private Attribution after(int closeToken) {
        Sentence s = tokens.sentenceOf(tokens.get(closeToken));
        int i = closeToken + 1;
        while (i < s.endToken() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("—"))) i++;
        int end = i;
        while (end < s.endToken() && !quoted[end] && end < i + 25) end++;
        if (i >= end) return null;
        // ," according to X
        if (lower(i).equals("according") && i + 1 < end && lower(i + 1).equals("to")) {
            Span np = nounPhraseAfter(i + 2, end);
            return np == null ? null : resolve(np, new Span(tokens.get(i).start(), tokens.get(i + 1).end()));
        }
        // ," said Blinken / ," added the minister
        if (isCue(i) && !tokens.get(i).pos().equals("VBG")) {
            int cueEnd = particleEnd(i);
            Span np = nounPhraseAfter(cueEnd, end);
            if (np != null) return resolve(np, cueSpan(i, cueEnd));
            return null;
        }
        // ," Blinken said / ," he added / ," RIA Novosti quoted Alla Butt as saying
        for (int k = i; k < end && k < i + 10; k++) {
            if (!isCue(k)) continue;
            // ", stressing that ..." after a quote adds more content; it does not report the quote.
            if (tokens.get(k).pos().equals("VBG")) return null;
            if (lower(k).equals("quoted") || lemma(k).equals("quote")) {
                Attribution asSaying = quotedAsSaying(k, end);
                if (asSaying != null) return asSaying;
            }
            Span subject = subjectBefore(k, i);
            return subject == null ? null : resolve(subject, cueSpan(k, particleEnd(k)));
        }
        return null;
    }

    /** "X quoted Y(, apposition,) as saying": Y speaks. */
    private Attribution quotedAsSaying(int quotedToken, int end) {
        for (int k = quotedToken + 1; k + 1 < end; k++) {
            if (lower(k).equals("as") && lemma(k + 1).equals("say")) {
                Span np = nounPhraseAfter(quotedToken + 1, k);
                if (np == null) return null;
                return resolve(np, new Span(tokens.get(quotedToken).start(), tokens.get(k + 1).end()));
            }
        }
        return null;
    }

    // ---- before the quote: the nearest reporting verb and its subject

    private Attribution before(int openToken) {
        Sentence s = tokens.sentenceOf(tokens.get(openToken));
        // "Spokesman X: "..."" or "X said: "...""
        int prev = openToken - 1;
        if (prev >= s.firstToken() && tokens.get(prev).text().equals(":") && !isCue(prev - 1)) {
            Span np = subjectBefore(prev, s.firstToken());
            if (np != null) return resolve(np, null);
        }
        for (int k = openToken - 1; k >= s.firstToken(); k--) {
            if (quoted[k] || !isCue(k)) continue;
            if (lower(k).equals("according")) {
                Span np = nounPhraseAfter(k + 2, openToken);
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

    /** The subject of the reporting verb at {@code k}; a participle takes the subject of the clause before it. */
    private Attribution subjectOfCue(int k, Sentence s) {
        Span cue = cueSpan(k, particleEnd(k));
        if (tokens.get(k).pos().equals("VBG") || tokens.get(k).pos().equals("VBN") && precededByComma(k)) {
            for (int j = k - 1; j >= s.firstToken(); j--) {
                if (!quoted[j] && isCue(j) && !tokens.get(j).pos().equals("VBG")) {
                    Attribution main = subjectOfCue(j, s);
                    return main == null ? null : new Attribution(main.entity(), main.mention(), cue);
                }
            }
            Span subject = firstNounPhrase(s, k);
            return subject == null ? null : resolve(subject, cue);
        }
        Span subject = subjectBefore(k, s.firstToken());
        if (subject == null) return null;
        return resolve(subject, cue);
    }

    private boolean precededByComma(int k) {
        return k > 0 && tokens.get(k - 1).text().equals(",");
    }

    /**
     * The noun phrase that ends right before token {@code verb}, skipping auxiliaries and adverbs ("also said")
     * and an apposition between commas ("John Kirby, the spokesman for ..., said").
     */
    private Span subjectBefore(int verb, int floor) {
        int j = verb - 1;
        while (j >= floor && (tokens.get(j).pos().startsWith("RB") || ADVERBS_BEFORE_CUE.contains(lower(j)))) j--;
        if (j < floor) return null;
        if (tokens.get(j).text().equals(",")) {
            Span direct = mentionEndingAt(j - 1);
            if (direct != null && index.at(j - 1) != null && index.at(j - 1).entity().type() == EntityType.PERSON) {
                return direct;
            }
            for (int c = j - 1; c >= floor && c > j - 20; c--) {
                if (tokens.get(c).text().equals(",")) {
                    Span head = mentionEndingAt(c - 1);
                    if (head != null) return head;
                    break;
                }
            }
            return direct;
        }
        Span m = mentionEndingAt(j);
        if (m != null) return m;
        return genericNounPhrase(j, floor);
    }

    /** An entity, title or pronoun mention whose last token is {@code j}. */
    private Span mentionEndingAt(int j) {
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

    /** "US media", "RIA Novosti news agency", "relatives of the victims": nouns back to a determiner. */
    private Span genericNounPhrase(int j, int floor) {
        Token head = tokens.get(j);
        if (!(head.isNoun() || head.pos().equals("PRP"))) return null;
        int from = j;
        while (from - 1 >= floor) {
            Token t = tokens.get(from - 1);
            String pos = t.pos();
            boolean part = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("POS") || pos.equals("PRP$") || pos.equals("IN") && lower(from - 1).equals("of");
            if (!part || quoted[from - 1]) break;
            from--;
            if (pos.equals("DT")) break;
        }
        if (tokens.get(from).pos().equals("IN")) from++;
        return new Span(tokens.get(from).start(), head.end());
    }

    /** The noun phrase starting at {@code from}: a mention, a title, a pronoun or nouns up to a comma or verb. */
    private Span nounPhraseAfter(int from, int end) {
        if (from >= end) return null;
        MentionIndex.Hit hit = index.at(from);
        if (hit != null) return hit.mention().span();
        if (PRONOUNS.contains(lower(from))) return tokens.get(from).span();
        int to = from;
        while (to < end && !tokens.get(to).isPunctuation() && !tokens.get(to).isVerb()) {
            if (index.at(to) != null) return index.at(to).mention().span();
            to++;
        }
        return to > from ? new Span(tokens.get(from).start(), tokens.get(to - 1).end()) : null;
    }

    private Span firstNounPhrase(Sentence s, int before) {
        for (int k = s.firstToken(); k < before; k++) {
            if (quoted[k]) continue;
            MentionIndex.Hit hit = index.at(k);
            if (hit != null && hit.entity().type() != EntityType.LOCATION) return hit.mention().span();
            if (PRONOUNS.contains(lower(k))) return tokens.get(k).span();
        }
        return null;
    }

    /** Turns the noun phrase that names the source into an entity: a name, a title's holder, a pronoun's referent. */
    private Attribution resolve(Span np, Span cue) {
        int[] r = tokens.range(np);
        if (r[0] >= r[1]) return null;
        String w = text.substring(np.start(), np.end()).toLowerCase(Locale.ROOT);
        if (r[1] - r[0] == 1 && PRONOUNS.contains(w)) return new Attribution(pronoun(w, np.start()), np, cue);
        for (int k = r[0]; k < r[1]; k++) {
            MentionIndex.Hit hit = index.at(k);
            if (hit != null && hit.entity().type() != EntityType.LOCATION || hit != null && r[1] - r[0] == hit.endToken() - hit.firstToken()) {
                return new Attribution(hit.entity().id(), np, cue);
            }
        }
        return new Attribution(null, np, cue);
    }

    private String pronoun(String word, int offset) {
        Gender g = switch (word) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        if (g == Gender.UNKNOWN) {
            return word.equals("they") || word.equals("it") ? lastSpeakerIfOrganization(offset) : null;
        }
        int p = paragraphOf(offset);
        if (lastSpeaker != null && p - lastSpeakerParagraph <= SPEAKER_MEMORY_PARAGRAPHS
                && isPerson(lastSpeaker) && roles.gender(lastSpeaker).compatibleWith(g)) {
            return lastSpeaker;
        }
        // The most recent person of that gender, named or titled, before the pronoun.
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
            if (t.mention().end() <= offset && t.mention().start() > bestPos
                    && roles.gender(t.entity()).compatibleWith(g)) {
                best = t.entity();
                bestPos = t.mention().start();
            }
        }
        return best;
    }

    private String lastSpeakerIfOrganization(int offset) {
        if (lastSpeaker == null || paragraphOf(offset) - lastSpeakerParagraph > SPEAKER_MEMORY_PARAGRAPHS) return null;
        return isPerson(lastSpeaker) ? null : lastSpeaker;
    }

    private boolean isPerson(String id) {
        for (Entity e : entities) if (e.id().equals(id)) return e.type() == EntityType.PERSON;
        return false;
    }

    /** A quote alone in its paragraph, right after a paragraph that ended in a quote, continues that speaker. */
    private Attribution continuation(QuoteFinder.Raw q) {
        int p = paragraphOf(q.open());
        if (lastSpeaker == null || p != lastQuoteParagraph + 1 || !lastQuoteEndedParagraph) return null;
        Paragraph par = paragraphs.get(p);
        if (par.span().start() != q.open()) return null;
        return new Attribution(lastSpeaker, null, null);
    }

    // ---- helpers

    private boolean isCue(int k) {
        if (k < 0 || k >= tokens.size()) return false;
        Token t = tokens.get(k);
        if (lower(k).equals("according")) return k + 1 < tokens.size() && lower(k + 1).equals("to");
        if (!t.isVerb() || !lexicons.isSpeechVerb(t.lemma())) return false;
        // "continued to work", "pointed to": not reporting.
        String next = k + 1 < tokens.size() ? lower(k + 1) : "";
        if (t.lemma().equals("continue") && next.equals("to")) return false;
        if (t.lemma().equals("point")) return next.equals("out");
        return true;
    }

    /** "pointed out", "added that": a particle belongs to the cue. */
    private int particleEnd(int k) {
        if (k + 1 < tokens.size() && (lower(k + 1).equals("out") || lower(k + 1).equals("up"))
                && tokens.get(k + 1).pos().equals("RP")) return k + 2;
        if (lemma(k).equals("point") && k + 1 < tokens.size() && lower(k + 1).equals("out")) return k + 2;
        return k + 1;
    }

    private Span cueSpan(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private String lower(int k) {
        return k < 0 || k >= tokens.size() ? "" : tokens.get(k).text().toLowerCase(Locale.ROOT);
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
