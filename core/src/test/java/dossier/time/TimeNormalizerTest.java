package dossier.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeNormalizerTest {
    /** A Thursday. */
    static final LocalDate REF = LocalDate.of(2019, 3, 14);

    private static TimeTagger.Found only(String text) {
        List<TimeTagger.Found> f = TimeTagger.find(text, 0, text.length());
        assertEquals(1, f.size(), () -> "one expression in: " + text + " -> " + f);
        return f.get(0);
    }

    private static String value(String text, TimeNormalizer.Tense tense) {
        return TimeNormalizer.normalize(only(text), REF, tense, null).value();
    }

    /** Whether the tagger finds no time expression anywhere in {@code text}. */
    private static boolean noTime(String text) {
        return TimeTagger.find(text, 0, text.length()).isEmpty();
    }

    private static String span(String text) {
        TimeTagger.Found f = only(text);
        return text.substring(f.start(), f.end());
    }

    @Test
    void deicticDaysAndWeekdays() {
        assertEquals("2019-03-13", value("The plant closed yesterday.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-11", value("The vote took place on Monday.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-18", value("The vote will take place on Monday.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-03-14", value("The vote will take place on Thursday.", TimeNormalizer.Tense.FUTURE), "today, by its weekday");
        assertEquals("2019-03-14", value("They met on Thursday.", TimeNormalizer.Tense.PAST), "the publication day by its weekday");
        assertEquals("2019-03-12", value("They met on Tuesday.", TimeNormalizer.Tense.UNKNOWN), "unknown tense: the last one");
        assertEquals("2019-03-12TMO", value("Police arrived Tuesday morning.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-08TNI", value("The fire started Friday night.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-14TAF", value("The board meets this afternoon.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-03-13TNI", value("Shots were heard last night.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-14TNI", value("The result comes tonight.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-03-13TEV", value("They landed yesterday evening.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-13", value("They landed yesterday.", TimeNormalizer.Tense.PAST));
        assertEquals("2018-11-22", value("Sales fell after Thanksgiving.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-14T09:30", value("Trading opened at 9:30 a.m. Thursday.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void monthsTakeTheirYearFromTenseAndReference() {
        assertEquals("2018-11", value("The deal collapsed in November.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-01", value("The deal collapsed in January.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-11", value("Elections are due in November.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2018-10-03", value("He was detained on October 3.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-02-28", value("He was detained on 28 February.", TimeNormalizer.Tense.PAST));
        assertEquals("2015-09", value("It began in September 2015.", TimeNormalizer.Tense.PAST));
        assertEquals("2012-05-06", value("Born on May 6, 2012.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void aDateWithoutItsYearIsTheNearestThatTheTenseAllows() {
        assertEquals("2019-03-20", value("The offer was extended to March 20.", TimeNormalizer.Tense.PAST),
                "six days ahead: a past verb about a deadline this month, not last year's");
        assertEquals("2018-12-20", value("The offer expired on December 20.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-04", value("The plant reopens in April.", TimeNormalizer.Tense.UNKNOWN), "next month");
        assertEquals("2018-09", value("The chairman, citing his health, left in September.", TimeNormalizer.Tense.UNKNOWN),
                "no tense: the past is likelier than six months ahead");
        assertEquals("2019-09", value("Elections are due in September.", TimeNormalizer.Tense.FUTURE));
    }

    @Test
    void weekendsSeasonsDecadesAndQuarters() {
        assertEquals("2019-W10-WE", value("Talks resumed over the weekend.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-W11-WE", value("Talks resume over the weekend.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2011-WI", value("Prices peaked in the winter of 2011.", TimeNormalizer.Tense.PAST));
        assertEquals("199", value("Growth was fast in the 1990s.", TimeNormalizer.Tense.PAST));
        assertEquals("the early 1980s", span("Growth was slow in the early 1980s."));
        assertEquals("2020-Q1", value("Deliveries start in next year's first quarter.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2015-Q3", value("Sales fell in the third quarter of 2015.", TimeNormalizer.Tense.PAST));
        assertEquals("2018", value("A year earlier, it had lost money.", TimeNormalizer.Tense.PAST),
                "with no date before it, counted back from publication");
    }

    @Test
    void lastAndNextWeekdaysAreNeverTheReferenceDay() {
        assertEquals("2019-03-07", value("The board met last Thursday.", TimeNormalizer.Tense.PAST), "a week before, on a Thursday");
        assertEquals("last Thursday", span("The board met last Thursday."));
        assertEquals("2019-03-21", value("The board meets next Thursday.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-03-11", value("It was signed this past Monday.", TimeNormalizer.Tense.PAST));
        assertEquals("2018-10-23", value("It was signed last Oct. 23.", TimeNormalizer.Tense.PAST), "a day, not a month");
    }

    @Test
    void halvesRatesOrdinalsAndFractions() {
        assertEquals("P2Y6M", value("The project took 2 1/2 years.", TimeNormalizer.Tense.PAST));
        assertEquals("PT5H30M", value("The hearing lasted five and a half hours.", TimeNormalizer.Tense.PAST));
        assertEquals("PT1M30S", value("The clip runs a minute and a half.", TimeNormalizer.Tense.PAST));
        assertTrue(noTime("It pays $2 million a year."), "a rate");
        assertTrue(noTime("Ferries sail four times a week."), "a frequency");
        assertTrue(noTime("A second group of pilots left."), "an ordinal");
        assertTrue(noTime("It holds a quarter of the market."), "a fraction");
        assertEquals("P1Y", value("The talks lasted a year.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void reportingPeriodsAndClockTimes() {
        assertEquals("2019", value("For the full year, sales rose 4%.", TimeNormalizer.Tense.PAST), "the year of the report");
        assertEquals("P1Y", value("It lost $3 million in the fiscal year ending then.", TimeNormalizer.Tense.PAST),
                "twelve months that end on a date");
        assertTrue(noTime("It was the year that changed everything."), "a year described, not named");
        assertTrue(noTime("She was named Player of the Year."), "an award");
        assertEquals("2019-03-12T12:00", value("Polls closed at noon Tuesday.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-03-20T17:00", value("Bids are due by 5 p.m. EST, March 20.", TimeNormalizer.Tense.FUTURE));
        assertTrue(noTime("Critics called it high noon for the party."), "a figure of speech");
    }

    @Test
    void seasonsCountFromWhereTheReferenceIs() {
        // REF is March 14: the last summer was 2018's; the winter just ended began in December 2018; spring began
        // on March 1, so the next spring to begin is 2020's.
        assertEquals("2018-SU", value("Prices rose last summer.", TimeNormalizer.Tense.PAST));
        assertEquals("2018-WI", value("It snowed this past winter.", TimeNormalizer.Tense.PAST));
        assertEquals("2020-SP", value("Work starts next spring.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-SU", value("Work starts next summer.", TimeNormalizer.Tense.FUTURE));
    }

    @Test
    void seasonsAndDecadesInWords() {
        assertEquals("2018-SU", value("Sales slowed over the summer.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-SU", value("Sales should recover in the summer.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2018-WI", value("Orders were weak in early winter.", TimeNormalizer.Tense.PAST));
        assertTrue(noTime("After the fall of the regime, exiles returned."), "a fall, not autumn");
        assertTrue(noTime("Flowers spring up in fall."), "verbs and a bare 'fall'");
        assertEquals("199", value("Growth was fast in the nineties.", TimeNormalizer.Tense.PAST));
        assertEquals("FUTURE_REF", value("Rates will stay low in the near term.", TimeNormalizer.Tense.FUTURE));
        assertEquals("FUTURE_REF", value("Margins should widen in coming quarters.", TimeNormalizer.Tense.FUTURE));
    }

    @Test
    void countsOfUnitsSaidInOtherWords() {
        assertEquals("P2W", value("Talks need two more weeks.", TimeNormalizer.Tense.FUTURE));
        assertEquals("P2Y", value("It took a couple of years.", TimeNormalizer.Tense.PAST));
        assertEquals("P8D", value("The shares fell for eight trading days.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-W10", value("It began a week or so ago.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void yearsAsBroadcastTranscriptsSpellThem() {
        assertEquals("1996", value("The law was passed in nineteen ninety-six.", TimeNormalizer.Tense.PAST));
        assertEquals("1991", value("In nineteen ninety-one Jones won the race.", TimeNormalizer.Tense.PAST),
                "a name ending in s after the year is not a count's plural");
        assertEquals("1907", value("It opened in nineteen oh seven.", TimeNormalizer.Tense.PAST));
        assertEquals("1997-01", value("It began in January nineteen ninety-seven.", TimeNormalizer.Tense.PAST));
        assertEquals("2000", value("Unemployment was to halve by the year two thousand.", TimeNormalizer.Tense.PAST));
        assertTrue(noTime("He sold nineteen fifty cars."), "a count, not a year");
        assertTrue(noTime("They raised two thousand dollars."));
    }

    @Test
    void relativeUnitsAndAgo() {
        assertEquals("2019-W10", value("The talks collapsed last week.", TimeNormalizer.Tense.PAST));
        assertEquals("2019-02", value("Prices rose last month.", TimeNormalizer.Tense.PAST));
        assertEquals("2020", value("The law takes effect next year.", TimeNormalizer.Tense.FUTURE));
        assertEquals("2019-03-11", value("The fire started three days ago.", TimeNormalizer.Tense.PAST));
        assertEquals("PAST_REF", value("It was agreed months ago.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void eventRelativeOffsetsCountFromTheirAnchor() {
        TimeTagger.Found later = only("The strike began two weeks later.");
        assertEquals("2018-10-17", TimeNormalizer.normalize(later, REF, TimeNormalizer.Tense.PAST, "2018-10-03").value());
        TimeTagger.Found earlier = only("Five days earlier he had resigned.");
        assertEquals("2018-09-28", TimeNormalizer.normalize(earlier, REF, TimeNormalizer.Tense.PAST, "2018-10-03").value());
        TimeTagger.Found months = only("Three months later the company folded.");
        assertEquals("2018-04", TimeNormalizer.normalize(months, REF, TimeNormalizer.Tense.PAST, "2018-01").value());
        assertNull(TimeNormalizer.normalize(later, REF, TimeNormalizer.Tense.PAST, null).value(), "no anchor, no guess");
    }

    @Test
    void durationsSetsAndReferences() {
        assertEquals("P8Y", value("He was jailed for eight years.", TimeNormalizer.Tense.PAST));
        assertEquals("P18M", value("A sentence of 18 months was imposed.", TimeNormalizer.Tense.PAST));
        assertEquals("P1W", value("The paper appears weekly.", TimeNormalizer.Tense.PAST));
        assertEquals("FUTURE_REF", value("A decision is expected in the coming weeks.", TimeNormalizer.Tense.FUTURE));
        assertEquals("PRESENT_REF", value("She is currently abroad.", TimeNormalizer.Tense.PAST));
    }

    @Test
    void withoutAReferenceDateDeicticTimesStayUnresolved() {
        assertNull(TimeNormalizer.normalize(only("It happened yesterday."), null, TimeNormalizer.Tense.PAST, null).value());
        assertEquals("2015-09", TimeNormalizer.normalize(only("In September 2015."), null, TimeNormalizer.Tense.PAST, null).value());
    }

    @Test
    void spansFollowTimex3Conventions() {
        assertEquals("March", span("It rained in March."));
        assertEquals("last week", span("It rained last week."));
        assertEquals("nine days later", span("It ended nine days later."));
        assertEquals("Friday evening", span("They left Friday evening."));
    }

    @Test
    void wordsThatOnlyLookLikeTimes() {
        assertTrue(noTime("You may march on."));
        assertTrue(noTime("25 million tons of grain"));
    }
}
