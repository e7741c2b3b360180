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
        assertTrue(TimeTagger.find("You may march on.", 0, 17).isEmpty());
        assertTrue(TimeTagger.find("25 million tons of grain", 0, 24).isEmpty());
    }
}
