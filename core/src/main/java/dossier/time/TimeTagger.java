package dossier.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in text with rules in the TIMEX3 tradition (HeidelTime, SUTime): each rule yields a
 * {@link Found} with what the words mean; {@link TimeNormalizer} turns that into a value against a reference date.
 * Overlapping matches keep the longest, then the leftmost.
 */
final class TimeTagger {
    enum Kind {
        FULL_DATE, MONTH_DAY, MONTH_YEAR, MONTH, YEAR, DECADE, WEEKDAY, DAY_WORD, RELATIVE_UNIT, AGO, OFFSET,
        DURATION, REF, TIME_OF_DAY, SET, ISO_DATE, QUARTER, HOLIDAY, WEEKEND, SEASON_YEAR, SEASON
    }

    /** A matched expression: its span and the parts the normalizer needs. */
    record Found(int start, int end, Kind kind, Matcher m) {}

    static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?"
            + "|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    static final String MONTH_FULL = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)";
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String NUMBER = "(?:\\d{1,3}(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|a few|few|several|some|many|a\\s+couple\\s+of)";
    static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)s?";
    static final String DAYPART = "(?:morning|afternoon|evening|night)";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    private static final String DIGIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEEN_WORD = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    /** A year as broadcast transcripts spell it: "nineteen ninety-six", "two thousand and one". */
    private static final String SPOKEN_1900S = "nineteen[-\\s](?:" + TEEN_WORD
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s]" + DIGIT_WORD + ")?|oh[-\\s]" + DIGIT_WORD + "|hundred)";
    static final String SPOKEN_YEAR = "(?:" + SPOKEN_1900S + "|two[-\\s]thousand(?:[-\\s](?:and[-\\s])?(?:"
            + TEEN_WORD + "|" + DIGIT_WORD + "))?)";

    /** The day a clock time may name after it: "5 p.m. Tuesday", "noon today", "5 p.m. EST, March 20". */
    private static final String DAY_AFTER_TIME = "(?:,?\\s+(?:(?<wd>" + WEEKDAY + "|today|yesterday|tomorrow)|(?<mo>" + MONTH_FULL
            + ")\\s+(?<d>[0-3]?\\d)(?!\\s*,?\\s*\\d)))?";

    private record Rule(Kind kind, Pattern pattern) {}

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static final List<Rule> RULES = List.of(
            rule(Kind.ISO_DATE, "(?<y>" + YEAR + ")-(?<mo>[01]\\d)-(?<d>[0-3]\\d)"),
            rule(Kind.FULL_DATE, "(?:" + WEEKDAY + ",?\\s+)?(?<mo>" + MONTH + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s*,?\\s+(?<y>" + YEAR + ")"),
            rule(Kind.FULL_DATE, "(?:" + WEEKDAY + ",?\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mo>" + MONTH + ")\\s*,?\\s+(?<y>" + YEAR + ")"),
            rule(Kind.MONTH_DAY, "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<mo>" + MONTH_FULL + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\s*(?:,\\s*)?\\d)"),
            rule(Kind.MONTH_DAY, "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mo>" + MONTH_FULL + ")(?!\\s*,?\\s*\\d)"),
            rule(Kind.MONTH_YEAR, "(?:(?<q>early|late|mid)[-\\s])?(?<mo>" + MONTH_FULL + ")\\s*,?\\s+(?:of\\s+)?(?<y>" + YEAR + "|" + SPOKEN_YEAR + ")"),
            rule(Kind.SEASON_YEAR, "(?:the\\s+)?(?<season>summer|winter|spring|autumn|fall)\\s+(?:of\\s+)?(?<y>" + YEAR + "|" + SPOKEN_YEAR + ")"),
            // A season alone: "the summer", "in early winter"; "spring" and "fall", verbs and nouns too, only as "in the
            // spring" ("the fall of the regime" is not a season).
            rule(Kind.SEASON, "(?:the\\s+(?:(?:early|late|mid)[-\\s])?|(?<=\\b(?:in|during|over|through|into|by|until|since|before|after|for)\\s)(?:(?:early|late|mid)[-\\s])?)(?<season>summer|winter)"),
            rule(Kind.SEASON, "(?<=\\b(?:in|during|over|through|into|by|until|since|before|after|for)\\s)the\\s+(?:(?:early|late|mid)[-\\s])?(?<season>spring|fall|autumn)(?!\\s+of\\b)"),
            rule(Kind.QUARTER, "(?:the\\s+)?(?:(?<y>" + YEAR + ")\\s+|(?<ago>year-ago|year-earlier|year\\s+earlier|previous|prior)\\s+|(?<rel>this|last|next)\\s+year's\\s+|(?:latest|fiscal|current|same)\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]quarter(?:\\s+of\\s+(?<of>" + YEAR + "))?"),
            rule(Kind.QUARTER, "the\\s+(?:(?<ago>year-ago|year-earlier)\\s+|(?:latest|most\\s+recent|recent|current|just-ended|past)\\s+)?quarter"),
            rule(Kind.DURATION, "(?:the\\s+)?(?:past|last|next|previous|coming|first|final)\\s+(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + ")"),
            rule(Kind.RELATIVE_UNIT, "(?<rel>last|next|this|past|coming|previous|following)\\s+(?<u>week|month|year|weekend|summer|winter|spring|autumn|fall|decade|quarter)"),
            // Business news: "for the year" is the year of the report; "the year ended March 31" is twelve months.
            rule(Kind.RELATIVE_UNIT, "(?<rel>the)\\s+(?:full\\s+|fiscal\\s+|current\\s+)?(?<u>year)(?![-\\p{L}]|\\s+(?:that|when|in\\s+which|before|after|of|earlier|ago|ended|ending|\\d))"),
            rule(Kind.DURATION, "(?<one>the)\\s+(?:fiscal\\s+)?(?<u>year)(?=\\s+(?:ended|ending)\\b)"),
            // "last Oct. 23" is a day, found by the day's rule with "last" pointing back.
            rule(Kind.RELATIVE_UNIT, "(?<rel>last|next|this)\\s+(?<mo>" + MONTH_FULL + ")(?!\\s*\\d)"),
            // "over the weekend": the weekend the tense points to.
            rule(Kind.WEEKEND, "the\\s+weekend"),
            rule(Kind.MONTH, "(?<=\\b(?:in|since|until|till|by|from|during|of|early|late|mid|through|before|after|last|next|this)[-\\s])(?<mo>january|february|march|april|may|june|july|august|september|october|november|december)(?!\\s+\\d)"),
            rule(Kind.MONTH, "(?<mo>january|february|april|june|july|august|september|october|november|december)(?!\\s+\\d)"),
            rule(Kind.DECADE, "(?:the\\s+)?(?:(?:early|late|mid)[-\\s])?(?<y>1[6-9]\\d|20\\d)0'?s"),
            rule(Kind.DECADE, "the\\s+(?:(?:early|late|mid)[-\\s])?(?:nineteen[-\\s])?(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
            rule(Kind.YEAR, "(?<=\\b(?:in|since|until|by|from|of|during|year|early|late|mid|before|after|through)[-\\s])(?<y>" + YEAR + ")(?![-/.,]\\d)"),
            rule(Kind.YEAR, "(?<![$€£#.,]|\\d[,.])(?<y>" + YEAR + ")(?!\\s*(?:%|percent|per\\b|[-–]?(?:\\d|[a-z]+s\\b)|tons|people|units|shares|cars|miles|feet|meters|dollars|euros|pounds|yen))"),
            // A spoken year before a plural is a count ("nineteen fifty cars"); a spoken "two thousand" is a year
            // only as "the year two thousand", being as often a count.
            rule(Kind.YEAR, "(?:the\\s+year\\s+)?(?<y>(?>" + SPOKEN_1900S + "))(?!\\s+(?-i:[a-z]+s|percent)\\b)"),
            rule(Kind.YEAR, "the\\s+year\\s+(?<y>" + SPOKEN_YEAR + ")"),
            rule(Kind.HOLIDAY, "(?<h>christmas(?:\\s+day|\\s+eve)?|new\\s+year's\\s+(?:day|eve)|thanksgiving(?:\\s+day)?|election\\s+day|independence\\s+day|halloween|valentine's\\s+day|labor\\s+day|memorial\\s+day|easter(?:\\s+sunday)?)"),
            rule(Kind.WEEKDAY, "(?:(?<rel>last|next|this\\s+past|this\\s+coming)\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<dp>" + DAYPART + "))?"),
            rule(Kind.DAY_WORD, "(?<w>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))(?:\\s+(?<dp>" + DAYPART + "))?"),
            rule(Kind.AGO, "(?<n>" + NUMBER + ")?\\s*(?<u>" + UNIT + ")(?:\\s+or\\s+so)?\\s+ago"),
            // "the year-earlier period", "year-ago": business news's like period a year before.
            rule(Kind.AGO, "(?:the\\s+)?(?<u>year)-(?:ago|earlier)(?:\\s+period)?"),
            rule(Kind.OFFSET, "(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + ")\\s+(?<dir>later|earlier|afterwards)"),
            // "two days after" counts from a date only when no event noun follows ("two days after the vote").
            rule(Kind.OFFSET, "(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + ")\\s+(?<dir>after|before|prior)(?=\\s*[,.;]|$)"),
            rule(Kind.OFFSET, "(?<dir>the\\s+(?:next|following|previous))\\s+(?<u>day|week|month|year)"),
            rule(Kind.REF, "(?<ref>(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters)|the\\s+(?:near|short|long)\\s+(?:future|term)|(?:in\\s+)?recent\\s+(?:days|weeks|months|years)|currently|now|nowadays|the\\s+future|the\\s+past|recently|formerly|at\\s+present|current|recent)"),
            rule(Kind.DURATION, "(?<n>" + NUMBER + ")(?<half>\\s+1/2|\\s+and\\s+a\\s+half)[-\\s](?<u>" + UNIT + ")"),
            rule(Kind.DURATION, "(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + ")\\s+(?<half>and\\s+a\\s+half)"),
            rule(Kind.DURATION, "(?<n>" + NUMBER + ")(?:\\s+(?:more|additional|extra))?(?:\\s+(?:trading|business|working))?[-\\s](?<u>" + UNIT + ")(?<age>-old|\\s+old)?"),
            rule(Kind.DURATION, "(?<u>hours|days|weeks|months|years|decades)"),
            rule(Kind.TIME_OF_DAY, "(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?)(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?" + DAY_AFTER_TIME),
            rule(Kind.TIME_OF_DAY, "(?<!high\\s)(?<h>noon|midnight)" + DAY_AFTER_TIME),
            rule(Kind.TIME_OF_DAY, "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?:GMT|UTC))?"),
            rule(Kind.SET, "(?<set>every\\s+(?:day|week|month|year|morning|evening|night)|each\\s+(?:day|week|month|year)|daily|weekly|monthly|annually|yearly)"));

    private TimeTagger() {}

    static List<Found> find(String text, int from, int to) {
        List<Found> all = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start()) all.add(new Found(m.start(), m.end(), r.kind(), freeze(text, m)));
            }
        }
        all.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            boolean overlaps = false;
            for (Found k : kept) overlaps |= f.start() < k.end() && k.start() < f.end();
            if (!overlaps && plausible(text, f)) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /**
     * A matcher holding just this match, so that named groups survive the search loop (Java 17's MatchResult has
     * no named groups). Transparent bounds let look-behinds see the words before the match.
     */
    private static Matcher freeze(String text, Matcher m) {
        Matcher copy = m.pattern().matcher(text).region(m.start(), m.end());
        copy.useTransparentBounds(true).useAnchoringBounds(false);
        if (!copy.matches()) throw new IllegalStateException("match did not repeat");
        return copy;
    }

    /** A named group's text, or null when the group did not match or the rule has no such group. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Words that are times only in some uses: a bare "now" or "may" needs help from the context. */
    private static boolean plausible(String text, Found f) {
        String s = text.substring(f.start(), f.end());
        if (f.kind() == Kind.MONTH) {
            // "April" the month is capitalised; "march" and "may" in lower case are verbs.
            return Character.isUpperCase(s.charAt(0));
        }
        if (f.kind() == Kind.WEEKDAY) return Character.isUpperCase(f.m().group("wd").charAt(0));
        // "Player of the Year" is an award, not the year of the report.
        if (f.kind() == Kind.RELATIVE_UNIT && "the".equalsIgnoreCase(group(f.m(), "rel"))) return !s.endsWith("Year");
        if (f.kind() == Kind.MONTH_DAY || f.kind() == Kind.MONTH_YEAR) {
            return Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)) || s.startsWith("the");
        }
        // An age ("a 6-year-old", "52 years old") is a person's, not a time of the story.
        if (f.kind() == Kind.DURATION && group(f.m(), "age") != null) return false;
        if (f.kind() == Kind.DURATION && s.matches("(?i)an?\\s+\\S+")) {
            // "a second group", "a quarter of the market": an ordinal or a fraction, not a stretch of time.
            String after = text.substring(f.end(), Math.min(text.length(), f.end() + 12));
            if (s.matches("(?i)an?\\s+(second|quarter)") && after.matches("(?s)\\s+\\p{L}.*")) return false;
            // "$500 million a year", "four times a week", "24 hours a day": a rate, not a time.
            String before = text.substring(Math.max(0, f.start() - 24), f.start());
            if (before.matches("(?is).*(?:\\d|\\b(?:million|billion|trillion|thousand|hundred|dozen|times|once|twice|"
                    + UNIT + "))\\s+$")) return false;
        }
        if (f.kind() == Kind.DURATION && group(f.m(), "n") == null) {
            // Bare "years" is a duration only in "for years", "in years", "years of".
            String before = text.substring(Math.max(0, f.start() - 4), f.start()).toLowerCase();
            return before.endsWith("for ") || before.endsWith("in ");
        }
        return true;
    }
}
