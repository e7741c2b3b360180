package dossier.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname in quote marks inside a name: Ana "Nan" Reis, Tom ‘Red’ Reyes. The marks are part of the name, not a
 * quotation: the quote finder skips them, and the tagger reads them as curly marks, with which CoreNLP keeps the
 * name whole (with straight ones it cuts it in three).
 */
public final class Nicknames {
    private static final String DAYS_AND_MONTHS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December)";

    /**
     * One or two capitalised words in one-character marks, between a capitalised word and another that ends the
     * name; not after a capitalised article, preposition or possessive ("The “Blue” Ferry", "In “Pier” Reis
     * wrote"), not before a day or month ("called Dahl “Captain” Monday"), nor inside a run of capitalised words,
     * as in a title-case headline ("Reis Calls Dahl ‘A Fraud’ Over Fares").
     */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<=\\b\\p{Lu}\\p{L}{0,30})(?<!\\b(?:The|A|An|In|On|At|Of|For|By|To|From|With|And|But|Or|This|That|Its|His|Her"
                    + "|Their|Our|My|Your)) [\"“‘'](\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*)?)[\"”’'] "
                    + "(?!" + DAYS_AND_MONTHS + "\\b)(?=\\p{Lu}[\\p{L}’'-]*+(?! \\p{Lu}))");

    private Nicknames() {}

    /** Whether the marks at {@code open} and just before {@code closeEnd} quote a nickname. */
    public static boolean quotedAt(String text, int open, int closeEnd) {
        if (open < 1 || closeEnd >= text.length()) return false;
        Matcher m = QUOTED.matcher(text).region(open - 1, closeEnd + 1).useTransparentBounds(true);
        return m.lookingAt() && m.end() == closeEnd + 1;
    }

    /** {@code text} with each quoted nickname's marks made “ and ”: the same length, so every offset holds. */
    public static String curled(String text) {
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(" “" + r.group(1) + "” ")) : text;
    }
}
