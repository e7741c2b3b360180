package dossier;

import dossier.model.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static dossier.Analyses.analyze;
import static dossier.Analyses.source;
import static dossier.Analyses.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Times against the publication date and against each other, through the whole pipeline. */
@Tag("models")
class TimesIT {
    static final String STORY = """
            Bridge reopens after repairs

            The bridge was closed on October 3 after inspectors found cracks in two of its supports. \
            Repairs began eleven days later and finished on Tuesday, the city said yesterday.

            The council had warned of the risk in March 2019, and again last month.

            The mayor will open the bridge officially on Friday.
            """;

    @Test
    void againstThePublicationDate() {
        // Published on a Thursday.
        Record r = analyze(STORY, "2020-11-12");
        assertEquals("2020-10-03", time(r, "October 3").value());
        assertEquals("2020-10-14", time(r, "eleven days later").value(), "counted from October 3, not publication");
        assertEquals(time(r, "October 3").id(), time(r, "eleven days later").anchor());
        assertEquals("2020-11-10", time(r, "Tuesday").value());
        assertEquals("2020-11-11", time(r, "yesterday").value());
        assertEquals("2019-03", time(r, "March 2019").value());
        assertEquals("2020-10", time(r, "last month").value());
        assertEquals("2020-11-13", time(r, "Friday").value(), "future tense: the next Friday");
        // Text from tokenizing or translating pipelines puts a space before the comma.
        Record spaced = analyze("Bridge\n\nThe bridge closed on July 24 , 2003 and in March , 2004 .\n", "2020-11-12");
        assertEquals("2003-07-24", time(spaced, "July 24 , 2003").value());
        assertEquals("2004-03", time(spaced, "March , 2004").value());
    }

    @Test
    void theClauseAroundAWeekdayPicksTheWeekBeforeOrAfter() {
        // Published on a Wednesday; each case alone, so only its own words decide.
        String published = "2021-06-16";
        assertEquals("2021-06-22", only("The regulator extended its deadline until Tuesday.", published),
                "a bound set by a past verb lies ahead");
        assertEquals("2021-06-10", only("Until Thursday, the ministry had denied any breach.", published),
                "a sentence opening in the past looks back");
        assertEquals("2021-06-17", only("The delegation planned to leave Lagos on Thursday.", published),
                "a plan points forward");
        assertEquals("2021-06-11", only("The sale had been scheduled to close on Friday.", published),
                "a plan in the past perfect does not");
        assertEquals("2021-06-22", only("The vote could come as soon as Tuesday.", published));
        assertEquals("2021-06-21", only("The ferry operators were planning to resume sailings on Monday.", published),
                "a plan in the progressive points forward");
        assertEquals("2021-06-17", only("The minister would travel to Accra on Thursday, aides said.", published),
                "'would' looks ahead from a past report");
        assertEquals("2021-06-10", only("The minister would have travelled on Thursday.", published),
                "a modal perfect looks back");
        assertEquals("2021-06-15", only("Tuesday's vote went against the government.", published));
        assertEquals("2021-06-11TEV", only("Crowds gathered on Friday evening outside the court.", published));
    }

    @Test
    void aYearAgoBesideAQuarterIsThatQuarterAYearBefore() {
        Record r = analyze("Operating profit at the brewer rose 12% in the second quarter from a year earlier. "
                + "Revenue was flat compared with a year ago, and margins beat the year-earlier period. Figures for the third quarter leaked two days ago. "
                + "The brewer employs 900 people. It sells beer in nine countries. Its chief executive joined in March. "
                + "Staff numbers are lower than one year ago.", "2021-08-05");
        assertEquals("2021-Q2", time(r, "the second quarter").value());
        assertEquals("2020-Q2", time(r, "a year earlier").value());
        assertEquals(time(r, "the second quarter").id(), time(r, "a year earlier").anchor());
        assertEquals("2020-Q2", time(r, "a year ago").value(), "the quarter of the sentence before");
        assertEquals("2020-Q2", time(r, "the year-earlier period").value());
        assertEquals("2021-08-03", time(r, "two days ago").value(), "days are not quarters");
        assertEquals("2020", time(r, "one year ago").value(), "no quarter near it: a year before publication");
    }

    private static String only(String text, String published) {
        Record r = analyze(text, published);
        assertEquals(1, r.times().size(), () -> text + " -> " + r.times());
        return r.times().get(0).value();
    }

    @Test
    void aDateStatedInTheTextStandsInForTheMissingPublicationDate() {
        String text = "Storm hits coast\n\nMonday, January 9, 2017\n\nThe storm reached the coast yesterday, "
                + "cutting power to thousands of homes along the shore for several hours, officials said.";
        Record r = analyze(text, null);
        assertEquals("2017-01-08", time(r, "yesterday").value());
    }

    @Test
    void withoutAnyDateRelativeTimesStayUnresolved() {
        Record r = analyze("The storm reached the coast yesterday, cutting power to thousands of homes.", null);
        assertNull(time(r, "yesterday").value());
    }

    @Test
    void aDayWordInsideTheNameOfAPaperIsNoTime() {
        Record r = analyze("Ferry\n\nA reporter for Velmont Today said the ferry was late today.", "2024-03-02");
        assertEquals(1, r.times().size(), () -> "only the story's own today: " + r.times());
        assertEquals("today", r.times().get(0).text());
        assertEquals("A reporter for Velmont Today", source(r, "the ferry was late"), "the paper's reporter speaks");
        assertEquals("2024-02-27", only("The Harbour Board Tuesday said fares would rise.", "2024-03-02"),
                "a weekday after a name is still a time");
    }
}
