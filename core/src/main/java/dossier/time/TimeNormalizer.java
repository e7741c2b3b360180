package dossier.time;

import dossier.model.TimeType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a found expression its TIMEX3 type and value. Deictic expressions ("yesterday", "last week", "Wednesday",
 * "in April") count from the reference date; event-relative ones ("nine days later") count from an anchor date
 * that the caller picks from the preceding text. Without a reference date a deictic expression keeps no value:
 * the clock is never a substitute for the publication date.
 */
final class TimeNormalizer {
    enum Tense { PAST, FUTURE, UNKNOWN }

    /** A normalized expression; {@code usedAnchor} when an event-relative anchor was used. */
    record Value(TimeType type, String value, boolean usedAnchor) {}

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a couple of", 2));

    private TimeNormalizer() {}

    static Value normalize(TimeTagger.Found f, LocalDate ref, Tense tense, String anchor) {
        Matcher m = f.m();
        return switch (f.kind()) {
            case ISO_DATE, FULL_DATE -> date(LocalDate.of(year(m.group("y")), month(m.group("mo")), day(m)));
            case MONTH_YEAR -> new Value(TimeType.DATE, String.format(Locale.ROOT, "%04d-%02d",
                    year(m.group("y")), month(m.group("mo"))), false);
            case YEAR -> new Value(TimeType.DATE, String.valueOf(year(m.group("y"))), false);
            case SEASON_YEAR -> new Value(TimeType.DATE, year(m.group("y")) + "-" + season(m.group("season").toLowerCase(Locale.ROOT)), false);
            // TimeML writes a decade as its first three digits: "the 1990s" is 199.
            case DECADE -> new Value(TimeType.DATE, group(m, "tens") == null ? m.group("y")
                    : "19" + NUMBERS.get(m.group("tens").toLowerCase(Locale.ROOT).replace("ies", "y")) / 10, false);
            case SEASON -> ref == null ? unresolved() : new Value(TimeType.DATE, seasonYear(m.group("season").toLowerCase(Locale.ROOT), ref,
                    tense == Tense.FUTURE ? 1 : -1, true) + "-" + season(m.group("season").toLowerCase(Locale.ROOT)), false);
            case MONTH_DAY -> ref == null ? unresolved() : monthDay(m, ref, tense);
            case MONTH -> ref == null ? unresolved() : month(month(m.group("mo")), ref, tense);
            case WEEKDAY -> ref == null ? unresolved() : withDayPart(weekday(m, ref, tense), group(m, "dp"));
            case DAY_WORD -> ref == null ? unresolved() : dayWord(m, ref);
            case RELATIVE_UNIT -> ref == null ? unresolved() : relativeUnit(m, ref);
            case AGO -> anchor != null && unit(m.group("u")).matches("year|quarter")
                    ? fromQuarter(anchor, unit(m.group("u")), negate(numberOr1(m))) : ago(m, ref);
            // With no date before it, "a year earlier" counts back from the reference, as "a year ago" does.
            case OFFSET -> anchor == null && ref != null && m.group("dir").equalsIgnoreCase("earlier")
                    ? ago(m, ref) : offset(m, anchor);
            case REF -> ref(m.group("ref"));
            case DURATION -> duration(m);
            case TIME_OF_DAY -> timeOfDay(m, ref, tense);
            case HOLIDAY -> ref == null ? unresolved() : holiday(m.group("h"), ref, tense);
            case WEEKEND -> ref == null ? unresolved() : weekend(ref, tense);
            case SET -> set(m.group("set"));
            case QUARTER -> ref == null && group(m, "y") == null && group(m, "of") == null ? unresolved() : quarter(m, ref);
        };
    }

    /** "the third quarter": of the reference year, or the year before if it has not begun; "the quarter": the last one. */
    private static Value quarter(Matcher m, LocalDate ref) {
        String q = group(m, "q");
        String stated = group(m, "y") != null ? m.group("y") : group(m, "of");
        String rel = group(m, "rel");
        // "next year's first quarter": the year is given relative to the reference.
        int year = stated != null ? Integer.parseInt(stated)
                : ref.getYear() + (rel == null ? 0 : rel.equalsIgnoreCase("last") ? -1 : rel.equalsIgnoreCase("next") ? 1 : 0);
        int refQuarter = ref == null ? 4 : ref.get(IsoFields.QUARTER_OF_YEAR);
        int n;
        if (q == null) {
            // "the quarter" in a report is the one just ended, or the current one in its last month.
            n = refQuarter;
            if (ref.getMonthValue() % 3 != 0) n--;
            if (n == 0) {
                n = 4;
                year--;
            }
        } else {
            n = "first1st".contains(q.toLowerCase(Locale.ROOT)) ? 1 : "second2nd".contains(q.toLowerCase(Locale.ROOT)) ? 2
                    : "third3rd".contains(q.toLowerCase(Locale.ROOT)) ? 3 : 4;
            if (stated == null && rel == null && n > refQuarter) year--;
        }
        if (group(m, "ago") != null) year--;
        return new Value(TimeType.DATE, year + "-Q" + n, false);
    }

    private static Value unresolved() { return new Value(TimeType.DATE, null, false); }

    private static Value date(LocalDate d) { return new Value(TimeType.DATE, d.toString(), false); }

    static int year(String y) {
        if (y.chars().allMatch(Character::isDigit)) return Integer.parseInt(y);
        // A spoken year: "nineteen ninety-six" is 19 and 96, "two thousand and one" 2000 and 1.
        String[] words = y.toLowerCase(Locale.ROOT).split("[-\\s]+");
        if (words[0].equals("two")) {
            int rest = 0;
            for (int i = 2; i < words.length; i++) if (!words[i].equals("and")) rest += NUMBERS.getOrDefault(words[i], 0);
            return 2000 + rest;
        }
        int rest = 0;
        for (int i = 1; i < words.length; i++) rest += NUMBERS.getOrDefault(words[i], 0);
        return 1900 + rest;
    }

    static int month(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) if (s.startsWith(prefixes[i])) return i + 1;
        throw new IllegalArgumentException(name);
    }

    private static int day(Matcher m) { return Integer.parseInt(m.group("d")); }

    private static Value monthDay(Matcher m, LocalDate ref, Tense tense) {
        int mo = month(m.group("mo")), d = day(m);
        if (d < 1 || d > 31 || mo == 2 && d > 29) return unresolved();
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (d > YearMonth.of(y, mo).lengthOfMonth()) continue;
            LocalDate c = LocalDate.of(y, mo, d);
            if (best == null || cost(c.toEpochDay() - ref.toEpochDay(), tense) < cost(best.toEpochDay() - ref.toEpochDay(), tense)) {
                best = c;
            }
        }
        return best == null ? unresolved() : date(best);
    }

    private static Value month(int mo, LocalDate ref, Tense tense) {
        YearMonth best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            YearMonth c = YearMonth.of(y, mo);
            if (best == null || cost(daysTo(c, ref), tense) < cost(daysTo(best, ref), tense)) best = c;
        }
        return new Value(TimeType.DATE, best.toString(), false);
    }

    /** Days from the reference to the nearest day of the month: positive ahead, negative behind, 0 within it. */
    private static long daysTo(YearMonth month, LocalDate ref) {
        if (ref.isBefore(month.atDay(1))) return month.atDay(1).toEpochDay() - ref.toEpochDay();
        if (ref.isAfter(month.atEndOfMonth())) return month.atEndOfMonth().toEpochDay() - ref.toEpochDay();
        return 0;
    }

    private static final long AGAINST_TENSE_DAYS = 300, UNSTATED_FUTURE_DAYS = 150;

    /**
     * How unlikely a date {@code days} from the reference is for a month or day named without its year. News omits
     * the year for dates of the current year and near it, so the nearest occurrence wins; one on the side the tense
     * rules out counts 300 days further ("extended the deadline to March 20" six days ahead is still this March),
     * and with no tense a future one counts 150 days further, since news reports more than it announces
     * ("resigned in March" in a November paper is this March).
     */
    private static long cost(long days, Tense tense) {
        boolean after = days > 1, before = days < -1;
        long penalty = tense == Tense.PAST && after || tense == Tense.FUTURE && before ? AGAINST_TENSE_DAYS
                : tense == Tense.UNKNOWN && after ? UNSTATED_FUTURE_DAYS : 0;
        return Math.abs(days) + penalty;
    }

    /** "last Wednesday" in Wednesday's paper is a week before it; "next Monday" is never today. */
    private static LocalDate weekday(Matcher m, LocalDate ref, Tense tense) {
        String rel = group(m, "rel");
        if (rel == null) return weekday(m.group("wd"), ref, tense);
        DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        boolean back = rel.toLowerCase(Locale.ROOT).matches("last|this\\s+past");
        return ref.with(back ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
    }

    private static LocalDate weekday(String name, LocalDate ref, Tense tense) {
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        // News reports the day of publication by its weekday ("said Friday" in Friday's paper); otherwise a weekday
        // is the most recent one before publication, or the next one when the words point forward.
        if (ref.getDayOfWeek() == dow) return ref;
        return tense == Tense.FUTURE ? ref.with(TemporalAdjusters.next(dow)) : ref.with(TemporalAdjusters.previous(dow));
    }

    /**
     * "The weekend" in TimeML's notation (2019-W10-WE): the coming one when the words point forward, else the last
     * one that has begun before the reference day (a Sunday paper's weekend is its own).
     */
    private static Value weekend(LocalDate ref, Tense tense) {
        LocalDate saturday = tense == Tense.FUTURE ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Value(TimeType.DATE, isoWeek(saturday) + "-WE", false);
    }

    /** A holiday: the occurrence nearest the reference, on the side the tense points to. */
    private static Value holiday(String name, LocalDate ref, Tense tense) {
        String h = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = holidayIn(h, y);
            if (tense == Tense.PAST && d.isAfter(ref)) continue;
            if (tense == Tense.FUTURE && d.isBefore(ref)) continue;
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return best == null ? unresolved() : date(best);
    }

    static LocalDate holidayIn(String h, int y) {
        if (h.startsWith("christmas")) return LocalDate.of(y, 12, h.endsWith("eve") ? 24 : 25);
        if (h.startsWith("new year")) return h.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        if (h.startsWith("thanksgiving")) {
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (h.startsWith("election")) {
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (h.startsWith("independence")) return LocalDate.of(y, 7, 4);
        if (h.startsWith("halloween")) return LocalDate.of(y, 10, 31);
        if (h.startsWith("valentine")) return LocalDate.of(y, 2, 14);
        if (h.startsWith("labor")) return LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (h.startsWith("memorial")) return LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return easter(y);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private static Value dayWord(Matcher m, LocalDate ref) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate d = switch (w) {
            case "yesterday", "last night" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> ref;
        };
        String part = group(m, "dp");
        if (w.equals("tonight") || w.equals("last night")) part = "night";
        else if (w.startsWith("this ")) part = w.substring(5);
        return withDayPart(d, part);
    }

    /** A day, or a part of it in TimeML's notation: "Friday evening" is 2022-07-29TEV. */
    private static Value withDayPart(LocalDate d, String part) {
        if (part == null) return date(d);
        String suffix = switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        return new Value(TimeType.TIME, d + suffix, false);
    }

    private static Value relativeUnit(Matcher m, LocalDate ref) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unitWord = group(m, "u") == null ? "" : m.group("u").toLowerCase(Locale.ROOT);
        boolean seasonal = unitWord.matches("summer|winter|spring|autumn|fall");
        if (rel.equals("past") && group(m, "mo") == null && !seasonal) {
            // "the past year" is a stretch of time, not a calendar year.
            String u = m.group("u").toLowerCase(Locale.ROOT);
            String v = switch (u) {
                case "week" -> "P1W";
                case "month" -> "P1M";
                case "decade" -> "P10Y";
                case "quarter" -> "P3M";
                default -> "P1Y";
            };
            return new Value(TimeType.DURATION, v, false);
        }
        int dir = switch (rel) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        String mo = group(m, "mo");
        if (mo != null) {
            YearMonth ym = YearMonth.of(ref.getYear(), month(mo)), now = YearMonth.from(ref);
            if (dir < 0 && !ym.isBefore(now)) ym = ym.minusYears(1);
            if (dir > 0 && !ym.isAfter(now)) ym = ym.plusYears(1);
            return new Value(TimeType.DATE, ym.toString(), false);
        }
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "week" -> new Value(TimeType.DATE, isoWeek(ref.plusWeeks(dir)), false);
            case "weekend" -> new Value(TimeType.DATE, isoWeek(ref.plusWeeks(dir)) + "-WE", false);
            case "month" -> new Value(TimeType.DATE, YearMonth.from(ref).plusMonths(dir).toString(), false);
            case "year" -> new Value(TimeType.DATE, String.valueOf(ref.getYear() + dir), false);
            case "decade" -> new Value(TimeType.DATE, String.valueOf((ref.getYear() + 10 * dir) / 10), false);
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3L * dir);
                yield new Value(TimeType.DATE, d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR), false);
            }
            default -> new Value(TimeType.DATE, seasonYear(unit, ref, dir, false) + "-" + season(unit), false);
        };
    }

    /**
     * The year of the season meant: "last summer" in October is this year's, in July last year's; "next spring" is
     * the first to begin after the reference; with {@code current}, the season under way is either. A winter
     * belongs to the year of its December.
     */
    private static int seasonYear(String season, LocalDate ref, int dir, boolean current) {
        int startMonth = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        if (dir == 0) return season.equals("winter") && ref.getMonthValue() <= 2 ? ref.getYear() - 1 : ref.getYear();
        for (int k = 0; k < 3; k++) {
            int y = dir < 0 ? ref.getYear() - k : ref.getYear() - 1 + k;
            LocalDate start = LocalDate.of(y, startMonth, 1), end = start.plusMonths(3).minusDays(1);
            // Named without "last" or "next" ("over the summer"), the season under way counts too.
            if (dir < 0 ? (current ? start : end).isBefore(ref) : (current ? end : start).isAfter(ref)) return y;
        }
        return ref.getYear() + dir;
    }

    private static String season(String s) {
        return switch (s) {
            case "summer" -> "SU";
            case "winter" -> "WI";
            case "spring" -> "SP";
            default -> "FA";
        };
    }

    static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Value ago(Matcher m, LocalDate ref) {
        // "years ago" is vague; a singular unit without a number ("year-ago") is one.
        Integer n = group(m, "n") == null && !m.group("u").toLowerCase(Locale.ROOT).endsWith("s") ? Integer.valueOf(1)
                : number(group(m, "n"));
        String unit = unit(m.group("u"));
        if (n == null || ref == null) return new Value(TimeType.DATE, ref == null && n != null ? null : "PAST_REF", false);
        return new Value(TimeType.DATE, shift(ref, unit, -n, unit), false);
    }

    private static Value offset(Matcher m, String anchor) {
        if (anchor == null) return unresolved();
        String dirWord = m.group("dir").toLowerCase(Locale.ROOT);
        int sign = dirWord.contains("earlier") || dirWord.contains("before") || dirWord.contains("prior")
                || dirWord.contains("previous") ? -1 : 1;
        Integer n = group(m, "n") == null ? Integer.valueOf(1) : number(m.group("n"));
        if (n == null) return unresolved();
        String unit = unit(m.group("u"));
        if (QUARTER_VALUE.matcher(anchor).matches()) return fromQuarter(anchor, unit, sign * n);
        LocalDate start = parsePrefix(anchor);
        if (start == null) return unresolved();
        String granularity = anchor.length() >= 10 ? "day" : anchor.length() >= 7 ? "month" : "year";
        String result = shift(start, unit, sign * n, coarser(unit, granularity));
        return new Value(TimeType.DATE, result, true);
    }

    static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");

    /**
     * A shift from a quarter keeps quarter granularity: business news compares a quarter with the same quarter
     * "a year earlier" (1989-Q3 -> 1988-Q3).
     */
    private static Value fromQuarter(String quarter, String unit, Integer n) {
        Matcher q = QUARTER_VALUE.matcher(quarter);
        if (n == null || !q.matches() || !(unit.equals("year") || unit.equals("quarter"))) return unresolved();
        int index = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1
                + (unit.equals("year") ? 4 * n : n);
        return new Value(TimeType.DATE, String.format(Locale.ROOT, "%04d-Q%d", index / 4, index % 4 + 1), true);
    }

    private static Integer negate(Integer n) {
        return n == null ? null : -n;
    }

    private static Integer numberOr1(Matcher m) {
        return group(m, "n") == null ? Integer.valueOf(1) : number(m.group("n"));
    }

    /** Shifts {@code d} by {@code n} units and prints the result at {@code granularity}. */
    private static String shift(LocalDate d, String unit, int n, String granularity) {
        LocalDate r = switch (unit) {
            case "day" -> d.plusDays(n);
            case "week", "fortnight" -> d.plusWeeks(unit.equals("fortnight") ? 2L * n : n);
            case "month" -> d.plusMonths(n);
            case "quarter" -> d.plusMonths(3L * n);
            case "year" -> d.plusYears(n);
            case "decade" -> d.plusYears(10L * n);
            default -> d;
        };
        return switch (granularity) {
            case "day" -> r.toString();
            case "week", "fortnight" -> isoWeek(r);
            case "month", "quarter" -> YearMonth.from(r).toString();
            case "decade" -> String.valueOf(r.getYear() / 10);
            case "year" -> String.valueOf(r.getYear());
            default -> r.toString();
        };
    }

    /** Days and weeks from a day give a day; otherwise the coarser of the unit and the anchor. */
    private static String coarser(String unit, String anchorGranularity) {
        int u = rank(unit), a = rank(anchorGranularity);
        if (a == 0 && u <= 1) return "day";
        return u >= a ? unit : anchorGranularity;
    }

    private static int rank(String unit) {
        return switch (unit) {
            case "day" -> 0;
            case "week", "fortnight" -> 1;
            case "month", "quarter" -> 2;
            default -> 3;
        };
    }

    private static LocalDate parsePrefix(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return LocalDate.parse(value.substring(0, 10));
            if (value.matches("\\d{4}-\\d{2}")) return YearMonth.parse(value).atDay(1);
            if (value.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(value), 1, 1);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Value ref(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        String v = s.contains("coming") || s.contains("future") || s.contains("term") || s.equals("soon") ? "FUTURE_REF"
                : s.contains("recent") || s.contains("past") || s.equals("formerly") ? "PAST_REF" : "PRESENT_REF";
        return new Value(TimeType.DATE, v, false);
    }

    private static Value duration(Matcher m) {
        String unit = unit(m.group("u"));
        Integer n = group(m, "one") != null ? Integer.valueOf(1) : number(group(m, "n"));
        if (n != null && group(m, "half") != null) {
            // "2 1/2 years" is P2Y6M, "five and a half hours" PT5H30M, in the next smaller unit.
            String v = switch (unit) {
                case "year" -> "P" + n + "Y6M";
                case "decade" -> "P" + (10 * n + 5) + "Y";
                case "day" -> "P" + n + "DT12H";
                case "hour" -> "PT" + n + "H30M";
                case "minute" -> "PT" + n + "M30S";
                default -> null;
            };
            if (v != null) return new Value(TimeType.DURATION, v, false);
        }
        String amount = n == null ? "X" : String.valueOf(n);
        String v = switch (unit) {
            case "second" -> "PT" + amount + "S";
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day" -> "P" + amount + "D";
            case "week" -> "P" + amount + "W";
            case "fortnight" -> "P" + (n == null ? "X" : String.valueOf(2 * n)) + "W";
            case "month" -> "P" + amount + "M";
            case "quarter" -> "P" + (n == null ? "X" : String.valueOf(3 * n)) + "M";
            case "decade" -> "P" + (n == null ? "X" : String.valueOf(10 * n)) + "Y";
            case "century" -> "P" + (n == null ? "X" : String.valueOf(100 * n)) + "Y";
            default -> "P" + amount + "Y";
        };
        return new Value(TimeType.DURATION, v, false);
    }

    private static Value timeOfDay(Matcher m, LocalDate ref, Tense tense) {
        String hour = m.group("h").toLowerCase(Locale.ROOT);
        int h = hour.equals("noon") ? 12 : hour.equals("midnight") ? 24 : Integer.parseInt(hour);
        String mi = group(m, "mi");
        String ap = group(m, "ap");
        if (ap != null) {
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            if (pm && h < 12) h += 12;
            if (!pm && h == 12) h = 0;
        }
        String t = String.format(Locale.ROOT, "T%02d:%s", h, mi == null ? "00" : mi);
        if (ref == null) return new Value(TimeType.TIME, null, false);
        if (group(m, "mo") != null) {
            Value day = monthDay(m, ref, tense);
            return new Value(TimeType.TIME, day.value() == null ? null : day.value() + t, false);
        }
        String day = group(m, "wd");
        LocalDate d = day == null || day.equalsIgnoreCase("today") ? ref
                : day.equalsIgnoreCase("yesterday") ? ref.minusDays(1)
                : day.equalsIgnoreCase("tomorrow") ? ref.plusDays(1) : weekday(day, ref, tense);
        return new Value(TimeType.TIME, d + t, false);
    }

    private static Value set(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        String v = s.contains("day") || s.contains("daily") || s.contains("morning") || s.contains("evening")
                || s.contains("night") ? "P1D" : s.contains("week") ? "P1W" : s.contains("month") ? "P1M" : "P1Y";
        return new Value(TimeType.SET, v, false);
    }

    private static String unit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.equals("centuries")) return "century";
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    /** A number word or digits; null for vague amounts ("several"). */
    static Integer number(String s) {
        if (s == null) return null;
        String t = s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (t.matches("\\d+")) return Integer.parseInt(t);
        return NUMBERS.get(t);
    }

    private static String group(Matcher m, String name) {
        return TimeTagger.group(m, name);
    }
}
