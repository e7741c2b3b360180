package dossier;

import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Quote;
import dossier.model.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dossier.Analyses.entity;
import static dossier.Analyses.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled example, checked against what a careful reader gets from it. No rule in dossier names anything in
 * it: these pass because the general mechanisms do, which the other tests check on other articles.
 */
@Tag("models")
class ExampleArticleIT {
    static Record r;

    @BeforeAll
    static void analyzeExample() throws IOException {
        Path file = Path.of("..", "examples", "prisoner-exchange.txt");
        r = Analyses.analyze(Files.readString(file), "2022-07-29");
    }

    @Test
    void eighteenQuotesEachWithTheRightSpeaker() {
        Map<String, Integer> bySpeaker = new TreeMap<>();
        for (Quote q : r.quotes()) {
            if (q.type() != dossier.model.QuoteType.INDIRECT) {
                bySpeaker.merge(String.valueOf(Analyses.speakerName(r, q)), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("Anthony Blinken", 11, "Maria Zakharova", 1, "Alla Butt", 2, "Maria Blagovolina", 2,
                "John Kirby", 2), bySpeaker);
        for (String partial : List.of("in the coming days", "has no illusions", "meaningfully and constructively")) {
            assertTrue(r.quotes().stream().anyMatch(q -> q.text().equals(partial)), partial);
        }
    }

    @Test
    void oneEntityPerPersonAndTheGuardsHold() {
        assertSame("Britney Greiner", "Greiner", "Grayner", "Grainer");
        assertSame("Victor Bout", "Bott");
        assertSame("Anthony Blinken", "Blinken");
        assertSame("Joe Biden", "Biden");
        assertSame("Vladimir Putin", "Putin");
        assertSame("Sergey Lavrov", "Lavrov");
        assertSame("Paul Whelan", "Whelan");
        assertNotEquals(entity(r, "Maria Zakharova").id(), entity(r, "Maria Blagovolina").id());
        assertNotEquals(entity(r, "Victor Bout").id(), entity(r, "Alla Butt").id());
        assertNotEquals(entity(r, "Greiner").id(), entity(r, "Whelan").id());
        assertNotEquals(entity(r, "Biden").id(), entity(r, "Blinken").id());
        for (String person : List.of("Trevor Reed", "Konstantin Yaroshenko", "John Kirby")) {
            assertEquals(EntityType.PERSON, entity(r, person).type(), person);
        }
        int footer = r.article().text().indexOf("Follow our latest");
        for (Entity e : r.entities()) {
            assertTrue(e.mentions().stream().allMatch(m -> m.start() < footer), e.name());
        }
    }

    private static void assertSame(String... aliases) {
        String id = entity(r, aliases[0]).id();
        for (String a : aliases) assertEquals(id, entity(r, a).id(), a);
        assertEquals(aliases[0], entity(r, aliases[0]).name());
    }

    @Test
    void timesResolveAgainstPublicationAndEachOther() {
        assertEquals("2022-07-28", time(r, "yesterday").value());
        assertTrue(time(r, "Wednesday evening").value().startsWith("2022-07-27"));
        assertEquals("2022-07-26", time(r, "Tuesday").value());
        assertEquals("2021-06", time(r, "June 2021").value());
        assertEquals("2022-02", time(r, "February").value());
        assertEquals("2018-12", time(r, "December 2018").value());
        assertEquals("2020-06", time(r, "June 2020").value());
        assertEquals("2022-04", time(r, "April").value());
        assertEquals("2022-02-15", time(r, "February 15").value());
        assertEquals("2022-02-24", time(r, "nine days later").value());
        assertEquals("2022-W29", time(r, "last week").value());
    }

    @Test
    void eventsWithTheirDatesPlacesAndPeople() {
        java.util.function.BiFunction<dossier.model.EventType, String, dossier.model.Event> find = (type, time) ->
                r.events().stream().filter(e -> e.type() == type && time.equals(e.time())).findFirst().orElse(null);
        dossier.model.Event arrest = find.apply(dossier.model.EventType.ARREST, "2018-12");
        assertEquals(entity(r, "Paul Whelan").id(), arrest.participants().stream()
                .filter(p -> p.role().equals("defendant")).findFirst().orElseThrow().entity());
        assertEquals(entity(r, "Moscow").id(), arrest.place());
        assertEquals("espionage", find.apply(dossier.model.EventType.CONVICTION, "2020-06").attributes().get("charge"));
        assertEquals("P16Y", find.apply(dossier.model.EventType.SENTENCE, "2020-06").attributes().get("duration"));
        assertTrue(r.events().stream().anyMatch(e -> e.type() == dossier.model.EventType.SENTENCE
                && "P25Y".equals(e.attributes().get("duration"))
                && e.participants().stream().anyMatch(p -> p.entity().equals(entity(r, "Victor Bout").id()))));
        assertEquals(entity(r, "Geneva").id(), find.apply(dossier.model.EventType.MEETING, "2021-06").place());
        assertEquals(entity(r, "Vladimir Putin").id(),
                find.apply(dossier.model.EventType.ATTACK, "2022-02-24").participants().get(0).entity());
        assertEquals(entity(r, "Istanbul").id(), find.apply(dossier.model.EventType.AGREEMENT, "2022-W29").place());
        assertTrue(find.apply(dossier.model.EventType.EXCHANGE, "2022-04") != null);
        assertTrue(find.apply(dossier.model.EventType.ARREST, "2022-02") != null);
        // The exchange the talks are about has not happened.
        assertTrue(r.events().stream().filter(e -> e.type() == dossier.model.EventType.EXCHANGE)
                .anyMatch(e -> e.modality() == dossier.model.Event.Modality.HYPOTHETICAL));
        assertTrue(r.events().stream().anyMatch(e -> e.type() == dossier.model.EventType.CALL
                && e.modality() == dossier.model.Event.Modality.PLANNED));
    }

    @Test
    void rolesAndBoilerplate() {
        assertTrue(entity(r, "Maria Zakharova").roles().stream().anyMatch(x -> x.title().equals("spokeswoman")));
        assertTrue(entity(r, "John Kirby").roles().stream().anyMatch(x -> x.title().startsWith("spokesman for")));
        assertTrue(entity(r, "Alla Butt").roles().stream().anyMatch(x -> x.title().startsWith("wife of")));
        String text = r.article().text();
        assertTrue(r.article().boilerplate().stream().anyMatch(s -> s.of(text).equals("archival")));
        assertTrue(r.article().boilerplate().stream().anyMatch(s -> s.of(text).startsWith("Follow our latest")));
    }

    @Test
    void everyOffsetPointsAtItsText() {
        String text = r.article().text();
        for (Entity e : r.entities()) e.mentions().forEach(m -> assertEquals(m.text(), m.span().of(text)));
        for (Quote q : r.quotes()) {
            assertEquals(q.text(), q.span().of(text));
            if (q.cue() != null) assertEquals(q.cue().text(), q.cue().span().of(text));
            if (q.speakerMention() != null) assertEquals(q.speakerMention().text(), q.speakerMention().span().of(text));
        }
        r.times().forEach(t -> assertEquals(t.text(), t.span().of(text)));
    }
}
