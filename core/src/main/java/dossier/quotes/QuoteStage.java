package dossier.quotes;

import dossier.entities.EntityStage;
import dossier.entities.MentionIndex;
import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Span;
import dossier.model.TextSpan;
import dossier.nlp.NlpStage;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;
import dossier.roles.RoleStage;
import dossier.roles.Roles;
import dossier.text.Markup;
import dossier.time.TimeStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quoted speech and who said it. {@link QuoteFinder} pairs the marks; {@link Attributor} finds the reporting
 * clause and its speaker. Quoted words that nobody says (titles, nicknames, scare quotes: short, with no reporting
 * verb in their sentence) are not quotes.
 */
public final class QuoteStage implements Stage {
    public static final Key<List<Quote>> QUOTES = Key.of("quotes", List::of);

    /** A quote this short needs a reporting verb in its sentence to count as speech. */
    static final int SHORT_QUOTE_WORDS = 4;

    private final Lexicons lexicons;

    public QuoteStage(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override public String name() { return "quotes"; }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(NlpStage.TOKENS, EntityStage.ENTITIES, RoleStage.ROLES, TimeStage.TIMES);
    }

    @Override public Set<Key<?>> provides() { return Set.of(QUOTES); }

    @Override
    public void process(Analysis analysis) {
        String text = analysis.text();
        Tokens tokens = analysis.get(NlpStage.TOKENS);
        List<Entity> entities = analysis.get(EntityStage.ENTITIES);
        Roles roles = analysis.get(RoleStage.ROLES);
        // The marks of a tag's attribute values ("<embed by=\"...\">") quote nobody.
        QuoteFinder.Result found = QuoteFinder.find(Markup.blanked(text), analysis.article().paragraphs());
        found.problems().forEach(analysis::report);
        MentionIndex index = new MentionIndex(entities, tokens);
        for (Roles.TitleMention t : roles.titleMentions()) {
            Entity e = entities.stream().filter(x -> x.id().equals(t.entity())).findFirst().orElse(null);
            if (e != null) index.add(e, t.mention(), tokens);
        }
        Attributor attributor = new Attributor(lexicons, text, tokens, index, roles, entities, found.quotes(),
                analysis.article().paragraphs(), analysis.get(TimeStage.TIMES));
        List<Quote> out = new ArrayList<>();
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, analysis.article().paragraphs());
        Set<Integer> directCues = new java.util.HashSet<>();
        for (QuoteFinder.Raw raw : found.quotes()) {
            // Marks paired across a transcript's turns are the speakers' own quotations gone astray, not a quote.
            if (crossesTurn(raw, turns)) continue;
            Attributor.Attribution a = attributor.attribute(raw);
            int words = words(raw.content().of(text));
            if (a == null && (words <= SHORT_QUOTE_WORDS || looksLikeTitle(raw.content().of(text)))) continue;
            // "told the station's “Morning Talk”", "on “Sunday Review,”": a programme or book named in a phrase.
            if (looksLikeTitle(raw.content().of(text)) && words <= TITLE_WORDS && afterPreposition(text, raw.open())) continue;
            QuoteType type = type(text, raw);
            String speaker = a == null ? null : a.entity();
            TextSpan speakerMention = a == null || a.mention() == null ? null : TextSpan.of(text, a.mention());
            TextSpan cue = a == null || a.cue() == null ? null : TextSpan.of(text, a.cue());
            out.add(new Quote("Q" + (out.size() + 1), raw.content(), raw.content().of(text), type, speaker,
                    JointSpeakers.of(speaker, a == null ? null : a.mention(), tokens, index), speakerMention, cue));
            attributor.remember(raw, a);
            if (type == QuoteType.DIRECT && a != null && a.cue() != null) {
                int[] r = tokens.range(a.cue());
                for (int i = r[0]; i < r[1]; i++) directCues.add(i);
            }
        }
        for (Attributor.Indirect x : attributor.indirect(directCues)) {
            Attributor.Attribution a = x.attribution();
            out.add(new Quote("", x.content(), x.content().of(text), QuoteType.INDIRECT, a.entity(),
                    JointSpeakers.of(a.entity(), a.mention(), tokens, index),
                    a.mention() == null ? null : TextSpan.of(text, a.mention()),
                    a.cue() == null ? null : TextSpan.of(text, a.cue())));
        }
        out.sort(java.util.Comparator.comparing(Quote::span));
        List<Quote> numbered = new ArrayList<>();
        for (Quote q : out) {
            numbered.add(new Quote("Q" + (numbered.size() + 1), q.span(), q.text(), q.type(), q.speaker(),
                    q.coSpeakers(), q.speakerMention(), q.cue()));
        }
        analysis.put(QUOTES, numbered);
    }

    private static boolean crossesTurn(QuoteFinder.Raw raw, List<TranscriptTurns.Turn> turns) {
        for (TranscriptTurns.Turn t : turns) {
            boolean opensIn = t.content().contains(raw.open()), closesIn = t.content().contains(raw.close());
            if (opensIn != closesIn || !opensIn && raw.open() < t.label().start() && raw.close() > t.content().end()) {
                return true;
            }
        }
        return false;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    /** A title this long or shorter, named after a preposition or possessive, is a name and not speech. */
    static final int TITLE_WORDS = 6;
    /** Before a title: a preposition or possessive ("on “Sunday Review”"), or a work it names ("her memoir, “...”"). */
    private static final Pattern BEFORE_TITLE = Pattern.compile("(?i)(?:\\b(?:on|in|of|to|at|from|with)|['’]s"
            + "|\\b(?:book|film|movie|song|album|show|series|novel|memoir|play|documentary|essay|poem|podcast),?)\\s*$");

    private static boolean afterPreposition(String text, int open) {
        return BEFORE_TITLE.matcher(text.substring(Math.max(0, open - 16), open)).find();
    }

    /** "The Art of the Deal": every word capitalised and no sentence punctuation (a closing comma aside). */
    private static boolean looksLikeTitle(String s) {
        s = s.strip().replaceFirst("[,.]$", "");
        if (s.isEmpty() || s.matches(".*[.!?,;].*")) return false;
        for (String w : s.split("\\s+")) {
            if (w.isEmpty() || w.length() <= 3 && Character.isLowerCase(w.charAt(0))) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    /** Partial: the quoted words continue a sentence of the reporter's ("he would talk “in the coming days”"). */
    private static QuoteType type(String text, QuoteFinder.Raw raw) {
        int i = raw.open() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        boolean afterWord = i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ')');
        boolean lowerStart = Character.isLowerCase(text.codePointAt(raw.content().start()))
                && !continuesQuotation(text, i);
        return afterWord || lowerStart ? QuoteType.PARTIAL : QuoteType.DIRECT;
    }

    /**
     * "“The toll stays,” Marsh said, “and that is final.”": after a quotation that ends in a comma and a short
     * reporting clause that ends in one (at {@code comma}), the quotation goes on, whatever its first letter.
     */
    private static boolean continuesQuotation(String text, int comma) {
        if (comma < 0 || text.charAt(comma) != ',') return false;
        int close = comma - 1;
        while (close >= 0 && comma - close < 60 && !CLOSING_MARKS.contains(text.charAt(close))) {
            if (".!?\n".indexOf(text.charAt(close)) >= 0) return false;
            close--;
        }
        return close > 0 && comma - close < 60 && text.charAt(close - 1) == ','
                && words(text.substring(close, comma)) <= 8;
    }

    private static final Set<Character> CLOSING_MARKS = Set.of('”', '"');
}
