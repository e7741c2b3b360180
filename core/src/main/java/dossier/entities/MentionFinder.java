package dossier.entities;

import dossier.internal.Lexicons;
import dossier.model.EntityType;
import dossier.model.Span;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.text.Nicknames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the tagger's NER labels into name mentions and corrects its typical confusions with general rules:
 * a title or rank glued to a name ("Marine Trevor Reed", "Lawyer Maria Blagovolina") is cut off and the rest is a
 * person when it looks like a personal name; a mention that is only a title ("Secretary of State") is no entity.
 */
final class MentionFinder {
    private final Lexicons lexicons;

    MentionFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<NameMention> find(String text, Tokens tokens) {
        List<NameMention> out = new ArrayList<>();
        List<Token> ts = tokens.tokens();
        String[] ner = labels(text, ts);
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            if ("O".equals(ner[i]) || ner[i].isEmpty()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < ts.size() && ner[j].equals(ner[i]) && ts.get(j).sentence() == t.sentence()) j++;
            NameMention m = correct(text, ts.subList(i, j), type(ner[i]));
            if (m != null) out.add(m);
            i = j;
        }
        return withSurnamesSplitOff(text, out);
    }

    /**
     * "In a letter to the Velmont Gazette Reis said": the tagger may run an organisation's name into the surname
     * after it ("Velmont Gazette Reis"). A name of another type that ends with the surname of a person the article
     * names in full is the two names.
     */
    private static List<NameMention> withSurnamesSplitOff(String text, List<NameMention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (NameMention m : mentions) {
            if (m.type() == EntityType.PERSON && m.words().size() >= 2) surnames.add(m.last());
        }
        if (surnames.isEmpty()) return mentions;
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            int lastStart = m.span().end() - m.last().length();
            boolean split = m.type() != EntityType.PERSON && m.words().size() >= 2 && surnames.contains(m.last())
                    && text.startsWith(m.last(), lastStart);
            if (!split) {
                out.add(m);
                continue;
            }
            List<String> rest = m.words().subList(0, m.words().size() - 1);
            int restEnd = lastStart;
            while (restEnd > m.span().start() && Character.isWhitespace(text.charAt(restEnd - 1))) restEnd--;
            Span restSpan = new Span(m.span().start(), restEnd);
            out.add(new NameMention(restSpan, restSpan.of(text), m.type(), List.copyOf(rest), m.tagged()));
            Span surname = new Span(lastStart, m.span().end());
            out.add(new NameMention(surname, m.last(), EntityType.PERSON, List.of(m.last()), m.tagged()));
        }
        return out;
    }

    /**
     * The tagger's NER labels, with a quoted nickname and the names on both sides of it labelled as one person when
     * either side is one: the tagger may read Ana "Nan" Reis as three names, or only one of them as a person. Other
     * double quotation marks are no part of a name: the tagger may label one between a name that signs a quotation
     * and a name that opens the next ("― Ana Ashley “Reyes must ..."), which made the two one person.
     */
    private static String[] labels(String text, List<Token> ts) {
        String[] ner = new String[ts.size()];
        for (int k = 0; k < ts.size(); k++) ner[k] = DOUBLE_MARKS.contains(ts.get(k).text()) ? "O" : ts.get(k).ner();
        for (int open = 1; open + 3 < ts.size(); open++) {
            for (int close = open + 2; close <= open + 3 && close + 1 < ts.size(); close++) {
                Token given = ts.get(open - 1), surname = ts.get(close + 1);
                boolean person = "PERSON".equals(ner[open - 1]) || "PERSON".equals(ner[close + 1]);
                if (person && given.isCapitalized() && surname.isCapitalized()
                        && Nicknames.quotedAt(text, ts.get(open).start(), ts.get(close).end())) {
                    Arrays.fill(ner, open - 1, close + 2, "PERSON");
                }
            }
        }
        return ner;
    }

    private static final Set<String> DOUBLE_MARKS = Set.of("\"", "“", "”", "``", "''", "«", "»", "„");

    private static EntityType type(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    private NameMention correct(String text, List<Token> tokens, EntityType type) {
        int from = 0, to = tokens.size();
        // Possessive and stray punctuation at the edges are not part of the name.
        while (to > from && (tokens.get(to - 1).isPunctuation() || tokens.get(to - 1).lower().equals("'s"))) to--;
        while (from < to && tokens.get(from).isPunctuation()) from++;
        if (from >= to) return null;
        // A title or honorific glued to the front of a name.
        int strip = from;
        while (strip < to - 1 && isTitleOrRank(tokens.get(strip).text(), tokens.get(strip + 1).text())) strip++;
        EntityType corrected = type;
        if (strip > from) {
            List<Token> rest = tokens.subList(strip, to);
            boolean personal = lexicons.isKnownFirstName(rest.get(0).text())
                    || (rest.size() >= 2 && rest.stream().allMatch(Token::isCapitalized));
            if (personal || type == EntityType.PERSON) {
                corrected = EntityType.PERSON;
                from = strip;
            }
        }
        List<Token> name = tokens.subList(from, to);
        String surface = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        if (isOnlyTitle(name, corrected)) return null;
        if (name.size() == 1 && lexicons.isNonName(surface)) return null;
        List<String> words = new ArrayList<>();
        for (Token t : name) if (!t.isPunctuation()) words.add(t.text());
        if (words.isEmpty()) return null;
        return new NameMention(new Span(name.get(0).start(), name.get(name.size() - 1).end()), surface, corrected,
                words, true);
    }

    /** "Marine" is a rank before "Trevor Reed" though a given name before "Le Pen". */
    private boolean isTitleOrRank(String word, String next) {
        if (isTitleWord(word)) return true;
        String w = word.toLowerCase(Locale.ROOT);
        return lexicons.isTitle(w) && (lexicons.isKnownFirstName(next) || isTitleWord(next));
    }

    boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lexicons.isHonorific(w) || (lexicons.isTitle(w) && !lexicons.isKnownFirstName(w))
                || (w.endsWith("s") && lexicons.isTitle(w.substring(0, w.length() - 1)));
    }

    /** "Secretary of State", "US President", "Marine": a role, not a name. */
    private boolean isOnlyTitle(List<Token> name, EntityType type) {
        StringBuilder b = new StringBuilder();
        int start = 0;
        while (start < name.size() - 1 && lexicons.gazetteerClass(name.get(start).text()) != null
                && !"CITY".equals(lexicons.gazetteerClass(name.get(start).text()))) start++;
        for (int k = start; k < name.size(); k++) {
            if (b.length() > 0) b.append(' ');
            b.append(name.get(k).text());
        }
        // A person tagged "Marine" may be called Marine; an organization "Marine" is the rank.
        return lexicons.isTitle(b.toString())
                && (type != EntityType.PERSON || !lexicons.isKnownFirstName(name.get(start).text()));
    }
}
