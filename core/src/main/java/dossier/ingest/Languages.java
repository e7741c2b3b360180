package dossier.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guess for deciding what dossier can analyse: the script first (Cyrillic, Arabic, CJK ...), then
 * for Latin script the share of each language's commonest function words. Good enough to tell English from the
 * rest; a page's declared language, when it has one, is trusted before this.
 */
public final class Languages {
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "it", "he", "by"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu", "von", "sich", "auf", "für"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "qui", "sur", "du"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se"),
            "it", Set.of("il", "la", "che", "di", "e", "per", "non", "una", "con", "del", "sono", "gli", "della"),
            "pt", Set.of("o", "a", "os", "que", "de", "não", "uma", "para", "com", "do", "da", "em", "por", "é"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn"),
            "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan"));

    private Languages() {}

    /** ISO 639-1 code of the text's language, or "und" when too little text says. */
    public static String guess(String text) {
        int latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, devanagari = 0;
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            Character.UnicodeScript s;
            try {
                s = Character.UnicodeScript.of(text.codePointAt(i));
            } catch (IllegalArgumentException e) {
                continue;
            }
            switch (s) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case DEVANAGARI -> devanagari++;
                default -> { }
            }
        }
        int max = Math.max(latin, Math.max(cyrillic, Math.max(arabic, Math.max(han + kana, Math.max(hangul,
                Math.max(greek, Math.max(hebrew, devanagari)))))));
        if (max < 20) return "und";
        if (max == cyrillic) return "ru";
        if (max == arabic) return "ar";
        if (max == han + kana) return kana > 0 ? "ja" : "zh";
        if (max == hangul) return "ko";
        if (max == greek) return "el";
        if (max == hebrew) return "he";
        if (max == devanagari) return "hi";
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = "und";
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int n = 0;
            for (int i = 0; i < words.length && i < 5000; i++) if (e.getValue().contains(words[i])) n++;
            if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return bestCount >= 3 ? best : "und";
    }
}
