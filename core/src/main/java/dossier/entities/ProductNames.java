package dossier.entities;

import dossier.model.EntityType;
import dossier.model.Span;
import dossier.nlp.Token;
import dossier.nlp.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Products named by a maker and a model designation: "Embraer E195", "Saab JAS-39 Gripen", "Volvo EX90", and
 * afterwards in the same article the designation alone ("the E195", "the EX90"). The tagger labels such names by
 * halves (the maker an organization, the number nothing), so they are found here: a designation (capitals and two
 * or more digits, three or more digits, or capitals, a hyphen and digits; never a year) right after a name the
 * tagger gave as an organization or miscellaneous, with the capitalised words that follow it ("Gripen"). Products
 * of the same designation are one product ({@link #key}).
 */
final class ProductNames {
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z]{1,3}\\d{2,4}[A-Za-z0-9]*|\\d{3,4}[A-Za-z0-9]*");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,4}[A-Za-z0-9]*");

    private ProductNames() {}

    /** {@code named} with the products found added and the halves they replace removed. */
    static List<NameMention> find(String text, Tokens tokens, List<NameMention> named) {
        List<Place> places = designations(tokens);
        List<NameMention> products = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Place d : places) {
            NameMention maker = makerBefore(tokens.get(d.from()), named);
            if (maker == null) continue;
            int last = Math.max(maker.span().end(), tokens.get(nameEnd(tokens, d.end()) - 1).end());
            products.add(mention(text, new Span(maker.span().start(), last)));
            keys.add(d.key());
        }
        // The designation alone, once the article has named the product ("the E195 landed"), before or after: with
        // its maker, or where it can be nothing else: a model name after it ("909 Skyliner"), or letters and digits
        // after "the", "its", "new" or a possessive ("its A90", "Ardent's E195"); never a bare number after those
        // ("its 100 aircraft").
        for (Place d : places) if (standsAlone(tokens, d.from(), d.end(), named)) keys.add(d.key());
        for (Place d : places) {
            if (!keys.contains(d.key())) continue;
            Span span = new Span(tokens.get(d.from()).start(), tokens.get(nameEnd(tokens, d.end()) - 1).end());
            if (products.stream().noneMatch(p -> p.span().overlaps(span))) products.add(mention(text, span));
        }
        if (products.isEmpty()) return named;
        List<NameMention> out = new ArrayList<>(products);
        for (NameMention m : named) {
            if (products.stream().noneMatch(p -> p.span().overlaps(m.span()))) out.add(m);
        }
        return out;
    }

    /** Where a designation stands in the tokens ({@code from} to {@code end}, exclusive) and its {@link #key}. */
    private record Place(int from, int end, String key) {}

    /** Every designation in the text, in order; "JAS-39" once, not again as "39". */
    private static List<Place> designations(Tokens tokens) {
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = designationEnd(tokens, i);
            if (end < 0 || continuesDesignation(tokens, i)) continue;
            out.add(new Place(i, end, key(designation(tokens, i, end))));
            i = end - 1;
        }
        return out;
    }

    /** Words before a designation that make it a product's name: "the A90", "its A90", "Ardent's A90". */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "new", "'s");

    private static boolean standsAlone(Tokens tokens, int i, int end, List<NameMention> named) {
        Token first = tokens.get(i);
        boolean inName = named.stream().anyMatch(m -> m.span().overlaps(first.span()));
        if (inName) return false;
        // "909 Skyliner", but not "700 Ardent workers": the word after is no name of its own.
        boolean modelName = nameEnd(tokens, end) > end
                && named.stream().noneMatch(m -> m.span().overlaps(tokens.get(end).span()));
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        boolean lettered = !Character.isDigit(first.text().charAt(0));
        boolean determined = DETERMINERS.contains(before);
        return modelName || lettered && determined;
    }

    /** The designation a product is known by, folded: "C-390" and "C390" are one, and "A90s" is more than one A90. */
    static String key(String designation) {
        String plural = PLURAL.matcher(designation).matches() ? designation.substring(0, designation.length() - 1)
                : designation;
        return plural.toUpperCase(Locale.ROOT).replace("-", "");
    }

    private static final Pattern PLURAL = Pattern.compile(".*\\ds");

    /** A product's name as words, the designation's hyphen a word of its own ("JAS", "-", "39"). */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("\\s+|(?=-)|(?<=-)")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /** The designation among a product mention's words ("Saab JAS-39 Gripen": JAS-39), or null. */
    static String designationOf(List<String> words) {
        int at = designationAt(words);
        if (at < 0) return null;
        return hyphenated(words, at) ? words.get(at) + "-" + words.get(at + 2) : words.get(at);
    }

    /** Where the designation starts among a product mention's words, or -1. */
    static int designationAt(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (DESIGNATION.matcher(w).matches() && !YEAR.matcher(w).matches() || hyphenated(words, i)) return i;
        }
        return -1;
    }

    /** "JAS", "-", "39" at {@code i}: letters, a hyphen and digits, written as three words. */
    private static boolean hyphenated(List<String> words, int i) {
        return LETTERS.matcher(words.get(i)).matches() && i + 2 < words.size() && words.get(i + 1).equals("-")
                && DIGITS.matcher(words.get(i + 2)).matches();
    }

    /** The end (exclusive) of a designation starting at token {@code i}, or -1. */
    private static int designationEnd(Tokens tokens, int i) {
        String w = tokens.get(i).text();
        if (DESIGNATION.matcher(w).matches() && !YEAR.matcher(w).matches()) return i + 1;
        // "JAS-39", "C-390": the tokenizer splits at the hyphen.
        boolean hyphenated = i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-")
                && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == tokens.get(i + 1).end();
        boolean letterDigits = hyphenated && LETTERS.matcher(w).matches()
                && DIGITS.matcher(tokens.get(i + 2).text()).matches();
        return letterDigits ? i + 3 : -1;
    }

    /** "390" of "C-390" is no designation of its own. */
    private static boolean continuesDesignation(Tokens tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    private static String designation(Tokens tokens, int from, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < end; k++) b.append(tokens.get(k).text());
        return b.toString();
    }

    /** A name ending in a currency sign ("US$") goes with an amount ("US$ 100"), not a designation. */
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}$");

    /** An airline or railway runs the aircraft or train it names ("Nordair A90"); it does not make it. */
    private static final Set<String> OPERATOR_WORDS = Set.of("airlines", "airline", "airways", "lines", "railways",
            "railway", "rail");

    /**
     * The maker: an organization or miscellaneous name ending right before the designation, or the tagged name that
     * holds it ("Embraer E195" tagged whole, "C-390 Millennium" tagged as an organization).
     */
    private static NameMention makerBefore(Token designation, List<NameMention> named) {
        for (NameMention m : named) {
            if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC) continue;
            if (OPERATOR_WORDS.contains(m.last().toLowerCase(Locale.ROOT))) continue;
            if (CURRENCY.matcher(m.text()).find()) continue;
            boolean before = designation.start() - m.span().end() == 1;
            boolean holds = m.span().start() <= designation.start() && m.span().end() >= designation.end();
            if (before || holds) return m;
        }
        return null;
    }

    /** After the designation, the capitalised words of the model's name: "Gripen", "Millennium". */
    private static int nameEnd(Tokens tokens, int end) {
        int k = end;
        while (k < tokens.size() && k < end + 2 && tokens.get(k).sentence() == tokens.get(end - 1).sentence()
                && tokens.get(k).pos().equals("NNP") && tokens.get(k).isCapitalized()
                && !tokens.get(k).ner().equals("PERSON") && !tokens.get(k).ner().equals("LOCATION")) k++;
        return k;
    }

    private static NameMention mention(String text, Span span) {
        String surface = text.substring(span.start(), span.end());
        return new NameMention(span, surface, EntityType.PRODUCT, words(surface), true);
    }
}
