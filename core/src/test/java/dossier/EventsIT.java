package dossier;

import dossier.events.Timeline;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.Analyses.analyze;
import static dossier.Analyses.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events, their people, places, times and modality, on an article written for these tests. */
@Tag("models")
class EventsIT {
    static final String STORY = """
            Journalist freed after two years in prison

            Reporter Lena Hartmann was arrested in Minsk in March 2021 on charges of organising protests. She was \
            convicted of treason in May 2022 and sentenced to eight years in prison.

            Belarus released Hartmann on Monday in exchange for two businessmen held in Lithuania, the foreign \
            ministry said. Officials said the talks on a wider prisoner swap did not lead to a result.

            The foreign ministers will meet in Vienna next week. Their first meeting since January 12, when the \
            sides signed a border agreement, may take place there.

            Hartmann's lawyer, Tomas Novak, said she hoped to secure the release of other detained reporters.
            """;

    static Record r = analyze(STORY, "2023-06-16");

    static Event event(EventType type, String trigger) {
        Event e = r.events().stream().filter(x -> x.type() == type && x.trigger().text().equals(trigger))
                .findFirst().orElse(null);
        assertNotNull(e, () -> "no " + type + " " + trigger + " in " + r.events().stream()
                .map(x -> x.type() + ":" + x.trigger().text()).toList());
        return e;
    }

    static boolean takesPart(Event e, String alias, String role) {
        String id = entity(r, alias).id();
        return e.participants().stream().anyMatch(p -> p.entity().equals(id) && p.role().equals(role));
    }

    @Test
    void legalProcessWithTimesPlacesAndCharges() {
        Event arrest = event(EventType.ARREST, "arrested");
        assertEquals("2021-03", arrest.time());
        assertEquals(entity(r, "Minsk").id(), arrest.place());
        assertTrue(takesPart(arrest, "Lena Hartmann", "defendant"));
        assertEquals("organising protests", arrest.attributes().get("charge"));
        Event conviction = event(EventType.CONVICTION, "convicted");
        assertEquals("2022-05", conviction.time());
        assertEquals("treason", conviction.attributes().get("charge"));
        Event sentence = event(EventType.SENTENCE, "sentenced");
        assertEquals("P8Y", sentence.attributes().get("duration"));
        assertTrue(takesPart(sentence, "Lena Hartmann", "defendant"), "the coordinated participle is passive too");
    }

    @Test
    void releaseAndExchange() {
        Event release = event(EventType.RELEASE, "released");
        assertEquals("2023-06-12", release.time());
        assertTrue(takesPart(release, "Belarus", "agent"));
        assertEquals(Event.Modality.ASSERTED, release.modality());
    }

    @Test
    void modality() {
        Event swap = event(EventType.EXCHANGE, "swap");
        assertEquals(Event.Modality.HYPOTHETICAL, swap.modality(), "the topic of talks is not an exchange that happened");
        assertEquals(Event.Modality.NEGATED, r.events().stream().filter(e -> e.trigger().text().equals("lead"))
                .findFirst().orElseThrow().modality());
        assertEquals(Event.Modality.PLANNED, event(EventType.MEETING, "meet").modality());
        assertEquals(Event.Modality.HYPOTHETICAL, event(EventType.RELEASE, "release").modality(),
                "what someone hopes to secure has not happened");
    }

    @Test
    void timesBelongToTheirOwnEvents() {
        Event signed = event(EventType.AGREEMENT, "signed");
        assertEquals("2023-01-12", signed.time(), "a when-clause happened at the date it hangs on");
        Event meeting = event(EventType.MEETING, "meeting");
        assertNull(meeting.time(), "'since January 12' bounds the meeting, it does not date it");
        assertEquals("2023-W25", event(EventType.MEETING, "meet").time());
        Record deal = analyze("Ferry deal\n\nThe operator signed the agreement in Lisbon on June 15.\n", "2023-06-20");
        Event signedDeal = Analyses.event(deal, "signed");
        assertEquals("2023-06-15", signedDeal.time(), "the verb's object is no event between it and its date");
        Record filing = analyze("Carmaker in court\n\nVelmont Motors filed for bankruptcy on Thursday. The union "
                + "struck after the closure on Monday.\n", "2023-06-20");
        assertEquals("2023-06-15", Analyses.event(filing, "filed").time(), "the object of a verb's preposition too");
        assertNull(Analyses.event(filing, "struck").time(), "an event after another is not at the other's date");
        Record attack = analyze("Offensive\n\nThe rebels launched their attack on May 3.\n", "2023-06-20");
        assertTrue(attack.events().stream().noneMatch(e -> e.trigger().text().equals("launched") && e.time() != null),
                "a light verb's object is the event: the date is the noun's, not the verb's");
        Record strike = analyze("Strike\n\nDock workers have blocked the port since March 3. Talks resumed after "
                + "April 2.\n", "2023-06-20");
        assertEquals("2023-03-03", Analyses.event(strike, "blocked").time(), "a perfect verb began at its 'since'");
        assertNull(Analyses.event(strike, "resumed").time(), "'after April 2' bounds the event, it does not date it");
        Record sale = analyze("Sale\n\nThe state bought back the Braga-based bus maker in late 2021.\n", "2023-06-20");
        Event bought = Analyses.event(sale, "bought back");
        assertEquals("2021", bought.time(), "a participle before a noun ('Braga-based') is no event");
    }

    @Test
    void aVerbsParticleIsPartOfItsTrigger() {
        Record launch = analyze("Engines\n\nHalvorsen Motors rolled out its T900 engine on Monday. Its rivals walked "
                + "into the hall.\n", "2023-06-20");
        assertEquals("2023-06-19", Analyses.event(launch, "rolled out").time());
        Analyses.event(launch, "walked");  // a preposition is no particle
        Record bound = analyze("Trial\n\nThe engineer faces up to 10 years in prison.\n", "2023-06-20");
        Analyses.event(bound, "faces");  // "up to" bounds a number
    }

    @Test
    void tenseAndAspectFromTheAuxiliaries() {
        Record t = analyze("""
                Port strike

                The dockers have blocked the harbour. The union had warned the operator, which is negotiating with \
                them. The ministry will mediate, and the mayor may visit. Ferries were cancelled, and a cargo ship, \
                diverted to Gdansk, could not unload. The protest continues.
                """, "2023-09-04");
        assertGrammar(t, "blocked", "VERB", "PRESENT", "PERFECTIVE");
        assertGrammar(t, "warned", "VERB", "PAST", "PERFECTIVE");
        assertGrammar(t, "negotiating", "VERB", "PRESENT", "PROGRESSIVE");
        assertGrammar(t, "mediate", "VERB", "FUTURE", null);
        assertGrammar(t, "visit", "VERB", null, null);
        assertGrammar(t, "cancelled", "VERB", "PAST", null);
        assertGrammar(t, "diverted", "VERB", null, null);
        assertGrammar(t, "unload", "VERB", null, null);
        assertGrammar(t, "continues", "VERB", "PRESENT", null);
        assertGrammar(t, "protest", "NOUN", null, null);
        // With no time in the text, what it reports as done or going on is dated by the report, a plan or a
        // possibility is not.
        assertTrue(Timeline.datedByReport(Analyses.event(t, "blocked")));
        assertTrue(Timeline.datedByReport(Analyses.event(t, "protest")));
        assertTrue(!Timeline.datedByReport(Analyses.event(t, "mediate")));
        assertTrue(!Timeline.datedByReport(Analyses.event(t, "visit")));
        assertTrue(!Timeline.datedByReport(Analyses.event(t, "unload")), "negated");
    }

    @Test
    void curlyApostrophesReadAsStraightOnes() {
        for (String apostrophe : List.of("'", "’")) {
            Record t = analyze("""
                    Pier repairs

                    The council won’t close the pier this winter, and the ferry company’ll mediate between the \
                    fishermen and the port.
                    """.replace("’", apostrophe), "2023-09-04");
            assertEquals(Event.Modality.NEGATED, Analyses.event(t, "close").modality(), "with " + apostrophe);
            assertEquals(Event.Modality.PLANNED, Analyses.event(t, "mediate").modality(), "with " + apostrophe);
        }
    }

    @Test
    void aParticipleClauseHappensWhenItsMainClauseDoes() {
        Record t = analyze("""
                Van recall

                On Tuesday, Halvorsen Motors recalled 4,000 vans, citing faulty brakes. Speaking to reporters in Oslo, \
                its chief Mara Lind apologised to the owners. The firm will close its plant, blaming the costs.
                """, "2023-06-22");
        assertEquals("2023-06-20", Analyses.event(t, "citing").time(), "the main verb's date, past the main verb");
        Event speaking = Analyses.event(t, "Speaking");
        assertNull(speaking.time());
        assertTrue(Timeline.datedByReport(speaking), "a participle opening a reported clause is reported with it");
        assertTrue(!Timeline.datedByReport(Analyses.event(t, "blaming")), "a plan's participle is no report");
    }

    @Test
    void aSpeakersLaterReportsAreFromTheOccasionOfTheirLastDatedOne() {
        Record t = analyze("""
                Van sales

                Velmont Motors said on Tuesday that its van sales rose 4 percent in May. Ardent Cars said its own \
                sales fell. Velmont Motors said the electric vans sold best. Velmont Motors has said it would not \
                cut jobs.
                """, "2023-06-22");
        List<Event> said = t.events().stream().filter(e -> e.trigger().text().equals("said")).toList();
        assertEquals(4, said.size(), said::toString);
        assertEquals("2023-06-20", said.get(0).time());
        assertNull(said.get(1).time(), "another speaker's report is not from that occasion");
        assertEquals("2023-06-20", said.get(2).time(), "the same speaker's later report is");
        assertNull(said.get(3).time(), "a perfect reports an earlier occasion");
    }

    @Test
    void itIsTheOrganisationNamedJustBefore() {
        Record t = analyze("""
                Ferry cuts

                Halvorsen Shipping cut 200 jobs last year. It sold three vessels in May, and its merger with a \
                rival collapsed.

                The weather was poor all spring. Storms closed the port twice. It reopened in June.
                """, "2023-09-04");
        String halvorsen = entity(t, "Halvorsen Shipping").id();
        assertTrue(Analyses.event(t, "sold").participants().stream().anyMatch(p -> p.entity().equals(halvorsen)));
        assertTrue(Analyses.event(t, "merger").participants().stream().anyMatch(p -> p.entity().equals(halvorsen)));
        assertTrue(Analyses.event(t, "reopened").participants().isEmpty(),
                "'it' looks back one sentence, not to a company named paragraphs before");
    }

    @Test
    void subjectsOfAListAndPastAnApposition() {
        Record t = analyze("""
                Recall

                Velmont Motors (VM) and Ardent Cars recalled 40,000 vans on Tuesday. In Oslo, Halvorsen Shipping \
                sold a ferry. Ardent Cars, the third-largest carmaker in Norway, will close a plant.
                """, "2023-09-04");
        List<String> recallers = Analyses.event(t, "recalled").participants().stream()
                .filter(p -> p.role().equals("agent")).map(Event.Participant::entity).toList();
        assertTrue(recallers.containsAll(List.of(entity(t, "Velmont Motors").id(), entity(t, "Ardent Cars").id())),
                recallers.toString());
        assertTrue(Analyses.event(t, "sold").participants().stream()
                .noneMatch(p -> p.entity().equals(entity(t, "Oslo").id())), "a place before a comma is no subject");
        assertEquals(List.of(entity(t, "Ardent Cars").id()), Analyses.event(t, "close").participants().stream()
                .map(Event.Participant::entity).toList(), "a name inside an apposition is not the subject");
    }

    @Test
    void anEventNounIsTheSubjectsOwnAfterVerbsLikePostAndFile() {
        Record t = analyze("""
                Results

                Velmont Motors posted its first annual loss on Monday. Ardent Cars filed for bankruptcy in May. \
                The Daily Courier reported the crash.
                """, "2023-09-04");
        assertTrue(Analyses.event(t, "loss").participants().stream()
                .anyMatch(p -> p.entity().equals(entity(t, "Velmont Motors").id())));
        assertTrue(Analyses.event(t, "bankruptcy").participants().stream()
                .anyMatch(p -> p.entity().equals(entity(t, "Ardent Cars").id())));
        assertTrue(Analyses.event(t, "crash").participants().isEmpty(), "a paper reporting a crash had no part in it");
    }

    @Test
    void namesAroundAnEventNoun() {
        Record t = analyze("""
                Quarterly figures

                A statement by Ardent Cars blamed the weather. Velmont Motors van sales rose, while Norway van \
                sales fell. Dock workers signed a deal with carmaker Halvorsen Group.
                """, "2023-09-04");
        assertTrue(takesPart(t, "statement", "Ardent Cars"), "a statement by X");
        assertTrue(takesPart(t, "sales", "Velmont Motors"), "X van sales");
        assertTrue(takesPart(t, "deal", "Halvorsen Group"), "a deal with carmaker X");
        assertTrue(t.events().stream().filter(e -> e.trigger().text().equals("sales"))
                .noneMatch(e -> e.participants().stream().anyMatch(p -> p.entity().equals(entity(t, "Norway").id()))),
                "Norway's van sales are sales in Norway");
    }

    @Test
    void aParticipleClauseSharesTheMainClausesSubject() {
        Record t = analyze("""
                Resignation

                Speaking to reporters in Bergen, Ingrid Solberg defended the merger. Tomas Lindqvist resigned from \
                the board of Halvorsen Group on Friday, citing the merger.
                """, "2023-09-04");
        assertTrue(takesPart(t, "Speaking", "Ingrid Solberg"));
        assertTrue(takesPart(t, "citing", "Tomas Lindqvist"));
        assertTrue(!takesPart(t, "citing", "Halvorsen Group"), "not the name nearest before the comma");
    }

    @Test
    void aParticipleWithByIsPassive() {
        Record t = analyze("""
                Recall

                Vans sold under the Velmont Motors brand, made by Halvorsen Group in Oslo, were recalled.
                """, "2023-09-04");
        List<String> makers = Analyses.event(t, "made").participants().stream().filter(p -> p.role().equals("agent"))
                .map(Event.Participant::entity).toList();
        assertEquals(List.of(entity(t, "Halvorsen Group").id()), makers);
    }

    private static boolean takesPart(Record t, String trigger, String name) {
        String id = entity(t, name).id();
        return Analyses.event(t, trigger).participants().stream().anyMatch(p -> p.entity().equals(id));
    }

    @Test
    void timeMlClassesTellStatesFromHappenings() {
        Record t = analyze("""
                Plant

                Velmont Motors owns two plants and expects a loss. It promised new jobs, began talks with the \
                union and closed a depot on Monday, its chairman said.
                """, "2023-09-04");
        assertEquals("STATE", Analyses.event(t, "owns").attributes().get("class"));
        assertEquals("I_STATE", Analyses.event(t, "expects").attributes().get("class"));
        assertEquals("I_ACTION", Analyses.event(t, "promised").attributes().get("class"));
        assertEquals("ASPECTUAL", Analyses.event(t, "began").attributes().get("class"));
        assertEquals("OCCURRENCE", Analyses.event(t, "closed").attributes().get("class"));
        assertEquals("REPORTING", Analyses.event(t, "said").attributes().get("class"));
        assertEquals("OCCURRENCE", Analyses.event(t, "loss").attributes().get("class"));
        assertTrue(Timeline.isState(Analyses.event(t, "owns")) && Timeline.isState(Analyses.event(t, "expects")));
        assertTrue(!Timeline.isState(Analyses.event(t, "closed")));
    }

    @Test
    void moreEventNounsAndAGerundBeforeAName() {
        Record t = analyze("""
                Ferry

                The ferry's first flight across the fjord ended a long dispute. Unions criticised the council for \
                choosing Halvorsen Group.
                """, "2023-09-04");
        assertEquals(EventType.OTHER, Analyses.event(t, "flight").type());
        assertEquals(EventType.OTHER, Analyses.event(t, "dispute").type());
        assertTrue(takesPart(t, "choosing", "Halvorsen Group"), "a gerund before a name is a verb, not an adjective");
    }

    @Test
    void numbersBeforeANameAndRelativeClausesBeforeAVerb() {
        Record t = analyze("""
                Order

                Baltic Lines negotiated the purchase of 22 new Halvorsen Group ferries. The operator Nordfjord, \
                which is the largest in Norway, signed the contract in June.
                """, "2023-09-04");
        assertTrue(takesPart(t, "purchase", "Halvorsen Group"), "past a number and an adjective");
        assertTrue(takesPart(t, "signed", "Nordfjord") && !takesPart(t, "signed", "Norway"),
                "the subject is before the relative clause, not in it");
    }

    @Test
    void aModalBearsOnItsOwnVerbOnly() {
        Record t = analyze("""
                Ferries

                Nordfjord, which will be the first operator to run the new ferry, has opened bookings. Asked \
                whether the route could close, the mayor replied at once. The ferry may sail in May.
                """, "2023-09-04");
        assertEquals(Event.Modality.ASSERTED, Analyses.event(t, "opened").modality(), "'will' belongs to the relative clause");
        assertEquals(Event.Modality.ASSERTED, Analyses.event(t, "replied").modality(), "'whether' belongs to its own clause");
        assertEquals(Event.Modality.HYPOTHETICAL, Analyses.event(t, "close").modality());
        assertEquals(Event.Modality.HYPOTHETICAL, Analyses.event(t, "sail").modality());
        Record warning = analyze("Warning\n\nThe minister warned the company against closing the yard.\n", "2023-09-04");
        assertEquals(Event.Modality.HYPOTHETICAL, Analyses.event(warning, "closing").modality(),
                "what someone is warned against has not happened");
    }

    @Test
    void weAndIInAQuoteAreTheSpeakersOrganisationAndTheSpeaker() {
        Record t = analyze("""
                Ferries

                "We cancelled the order in May, and I resigned," said Ingrid Solberg, a spokeswoman for Halvorsen \
                Group.
                """, "2023-09-04");
        assertTrue(takesPart(t, "cancelled", "Halvorsen Group"), "'we' is the company its speaker speaks for");
        assertTrue(takesPart(t, "resigned", "Ingrid Solberg"), "'I' is the speaker");
    }

    private static void assertGrammar(Record r, String trigger, String pos, String tense, String aspect) {
        Event e = Analyses.event(r, trigger);
        assertEquals(pos, e.attributes().get("pos"), trigger);
        assertEquals(tense, e.attributes().get("tense"), trigger);
        assertEquals(aspect, e.attributes().get("aspect"), trigger);
    }

    @Test
    void timelineIsInCalendarOrder() {
        List<Event> t = Timeline.of(r);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(!Timeline.start(t.get(i).time()).isBefore(Timeline.start(t.get(i - 1).time())));
        }
        assertTrue(t.stream().anyMatch(e -> e.type() == EventType.ARREST));
        assertTrue(t.stream().noneMatch(e -> e.trigger().text().equals("said")), "statements are not steps");
    }
}
