package dossier.entities;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Transliteration-aware name comparison. A name is folded to lower-case ASCII (through ICU Any-Latin for other
 * scripts), blocked by its Double Metaphone keys, and confirmed by Jaro-Winkler similarity. A short phonetic key
 * ("PT" for Bout, Bott and Butt) blocks too much to decide alone, so it needs a closer spelling.
 */
public final class NameKeys {
    static final int SHORT_KEY = 3;
    static final double LONG_KEY_SIMILARITY = 0.80;
    static final double SHORT_KEY_SIMILARITY = 0.85;

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameKeys() {}

    /**
     * Lower-case ASCII letters and digits of a name: "Zacharová" and "Захарова" both come out as plain Latin letters;
     * the digits stay, because "A320" and "A380" name different things.
     */
    public static String fold(String name) {
        String s = name;
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (!ascii) {
            synchronized (TO_LATIN) {
                s = TO_LATIN.transliterate(s);
            }
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }

    /**
     * The initials of a name of two or more capitalised words, "of", "the" and "and" left out ("United Nations":
     * "UN"); "" for any other name.
     */
    public static String initials(List<String> words) {
        if (words.size() < 2) return "";
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the") || w.equalsIgnoreCase("and")) continue;
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return "";
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** Words that say what legal form a company has, not which company it is. */
    private static final Set<String> COMPANY_WORDS = Set.of("company", "co", "corp", "corporation", "inc",
            "incorporated", "llc", "ltd", "limited", "plc", "group", "holding", "holdings", "spa", "ag", "se", "sa",
            "nv", "gmbh");
    /** Words of a company's trade that go with a legal form: "Velmont Motor Company", never "Ardent Motors" alone. */
    private static final Set<String> TRADE_WORDS = Set.of("motor", "motors");

    /**
     * What an article calls a company for short once it has named it, folded: its core ("Velmont Motor Company" is
     * "velmont") or, for a name of one word and its trade ("Ardent Motors"), that word. Within an article "Ardent
     * said" after "Ardent Motors" can only be the company; across articles the two stay apart, as
     * {@link #organisationCore} keeps them.
     */
    public static String organisationShortName(String name) {
        List<String> core = coreWords(name);
        return core.size() == 2 && TRADE_WORDS.contains(fold(core.get(1))) ? fold(core.get(0)) : fold(String.join(" ", core));
    }

    /**
     * An organisation's name without the company words at its end, folded: "Velmont Motor Company", "Velmont Motors Co."
     * and "Velmont" are all "velmont", while "Ardent Motors" stays itself; at least one word stays ("Group" is "group").
     */
    public static String organisationCore(String name) {
        return fold(String.join(" ", coreWords(name)));
    }

    private static List<String> coreWords(String name) {
        String[] words = name.strip().split("\\s+");
        int end = words.length;
        while (end > 1 && COMPANY_WORDS.contains(fold(words[end - 1]))) end--;
        if (end < words.length) {
            while (end > 1 && TRADE_WORDS.contains(fold(words[end - 1]))) end--;
        }
        return java.util.Arrays.asList(words).subList(0, end);
    }

    /**
     * A product's name as the designation it is known by and the maker's words before it, folded: "Nordair A90s" is
     * A90 by "nordair", "A90 Skyliner" A90 by "" (no maker named); null for a name without a designation.
     */
    public static Designation productDesignation(String name) {
        List<String> words = ProductNames.words(name);
        int at = ProductNames.designationAt(words);
        if (at < 0) return null;
        // The maker is named in capitals: "the A90" names none.
        String maker = fold(String.join(" ", words.subList(0, at).stream()
                .filter(w -> Character.isUpperCase(w.charAt(0))).toList()));
        return new Designation(ProductNames.key(ProductNames.designationOf(words)), maker);
    }

    /** A product's designation ({@code key}, folded) and its maker's name before it (folded, "" for none). */
    public record Designation(String key, String maker) {
        /** Whether two names can be one product: the same designation, and no two different makers named. */
        public boolean sameProduct(Designation o) {
            return key.equals(o.key) && (maker.isEmpty() || o.maker.isEmpty() || maker.equals(o.maker));
        }
    }

    /**
     * Spellings that romanisations of one name differ by: Cyrillic -ий/-ый as -y, -iy, -yj or -yi; "kh" or "h"
     * for х; "w" or "v" for в; doubled letters.
     */
    static String romanisation(String folded) {
        String s = folded.replaceAll("(yj|yy|ij|iy|yi)$", "y").replace("kh", "h").replace('w', 'v');
        return s.replaceAll("(.)\\1", "$1");
    }

    static Set<String> phoneticKeys(String folded) {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(8);
        Set<String> keys = new HashSet<>();
        String r = romanisation(folded);
        String p = dm.doubleMetaphone(r), a = dm.doubleMetaphone(r, true);
        if (p != null && !p.isEmpty()) keys.add(p);
        if (a != null && !a.isEmpty()) keys.add(a);
        return keys;
    }

    /** The phonetic keys that block a name word for comparison (its Double Metaphone codes, after folding). */
    public static Set<String> blockingKeys(String word) {
        String f = fold(word);
        return f.length() < 2 ? Set.of() : phoneticKeys(f);
    }

    public static double similarity(String a, String b) {
        return JARO_WINKLER.apply(fold(a), fold(b));
    }

    /**
     * Whether two single name words may be spellings of one name (Greiner, Grayner, Grainer). Returns the strength
     * of the match in (0, 1], or 0 when they are not variants.
     */
    public static double variantScore(String a, String b) {
        String fa = fold(a), fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) return 0;
        if (fa.equals(fb)) return 1;
        if (fa.length() < 3 || fb.length() < 3) return 0;
        // Numbers are identifiers, never misspelt: Embraer E175 and Embraer E195 are two aircraft.
        if (!fa.replaceAll("\\D", "").equals(fb.replaceAll("\\D", ""))) return 0;
        Set<String> ka = phoneticKeys(fa);
        ka.retainAll(phoneticKeys(fb));
        if (ka.isEmpty()) return 0;
        int keyLength = ka.stream().mapToInt(String::length).max().orElse(0);
        double sim = JARO_WINKLER.apply(fa, fb);
        if (keyLength >= SHORT_KEY) return sim >= LONG_KEY_SIMILARITY ? sim : 0;
        boolean close = fa.charAt(0) == fb.charAt(0) && Math.abs(fa.length() - fb.length()) <= 1;
        return close && sim >= SHORT_KEY_SIMILARITY ? sim : 0;
    }

    /** Given names agree: same name, a spelling variant (Victor / Viktor), or an initial ("V."). */
    public static boolean givenNamesCompatible(String a, String b) {
        String fa = fold(a), fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) return true;
        if (fa.length() == 1 || fb.length() == 1) return fa.charAt(0) == fb.charAt(0);
        return fa.equals(fb) || variantScore(a, b) >= 0.9;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
