package dossier.store;

import dossier.model.EntityType;
import dossier.model.EventType;
import dossier.model.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every store must do, whatever its database: each store's test class extends this with where to open one.
 */
abstract class StoreContract {
    @TempDir
    Path dir;

    Store store;

    /** A new, empty store's location. */
    abstract String newStore();

    @BeforeEach
    void open() {
        store = Store.open(newStore());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static final Record ONE = Records.article("Olga Petrenko met Ivan Marchenko in Kyiv. \"We agreed,\" said Petrenko.", "2021-04-01")
            .entity("E1", EntityType.PERSON, "Olga Petrenko", "Petrenko")
            .entity("E2", EntityType.PERSON, "Ivan Marchenko")
            .entity("E3", EntityType.LOCATION, "Kyiv")
            .quote("E1", "We agreed,")
            .event(EventType.MEETING, "met", "2021-03-30", "E1", "agent")
            .build();

    static final Record TWO = Records.article("Olga Petrenco and Ivan Marchenko spoke in Kyiv on trade.", "2021-04-03")
            .entity("E1", EntityType.PERSON, "Olga Petrenco")
            .entity("E2", EntityType.PERSON, "Ivan Marchenko")
            .entity("E3", EntityType.LOCATION, "Kyiv")
            .build();

    /** The same surname, a different given name: never the same person. */
    static final Record THREE = Records.article("Anna Petrenko, a doctor, said nothing.", "2021-04-05")
            .entity("E1", EntityType.PERSON, "Anna Petrenko")
            .role("E1", "doctor")
            .build();

    /** A spelling variant with nobody in common and no given name: too little to merge. */
    static final Record FOUR = Records.article("Petrenka won the race in Lviv.", "2021-04-06")
            .entity("E1", EntityType.PERSON, "Petrenka")
            .entity("E2", EntityType.LOCATION, "Lviv")
            .build();

    @Test
    void addingTheSameArticleTwiceChangesNothing() {
        assertEquals(Store.Added.INGESTED, store.add(ONE));
        Store.Stats before = store.stats();
        assertEquals(Store.Added.UNCHANGED, store.add(ONE));
        assertEquals(before, store.stats());
    }

    @Test
    void spellingVariantsWithSharedContextJoinAndGuardsHold() {
        store.add(ONE);
        store.add(TWO);
        store.add(THREE);
        store.add(FOUR);
        long olga = store.findEntities("Olga Petrenko").get(0).id();
        assertEquals(olga, store.findEntities("Olga Petrenco").get(0).id(), "variant + given name + Marchenko in common");
        assertNotEquals(olga, store.findEntities("Anna Petrenko").get(0).id(), "different given names");
        assertNotEquals(olga, store.findEntities("Petrenka").get(0).id(), "a variant alone does not merge");
        assertEquals(olga, store.findEntities("Petrenkko").get(0).id(), "look-ups go through spelling variants");
        List<Store.MergeRecord> why = store.why(olga);
        assertEquals(1, why.size());
        assertTrue(why.get(0).evidence().contains("spelling variant"), why.get(0).evidence());
        assertTrue(why.get(0).evidence().contains("mentioned with"), why.get(0).evidence());
    }

    @Test
    void questionsAnswerWithArticleAndSpan() {
        store.add(ONE);
        store.add(TWO);
        long olga = store.findEntities("Petrenko").get(0).id();
        Store.EntityProfile p = store.entity(olga);
        assertEquals("Olga Petrenko", p.entity().name());
        assertEquals(2, p.articles().size());
        Store.StoredQuote q = p.quotesBy().get(0);
        assertEquals("We agreed,", q.text());
        assertEquals(ONE.article().id(), q.articleId());
        assertEquals("We agreed,", ONE.article().text().substring(q.start(), q.end()));
        assertEquals(1, store.quotes(new Store.QuoteQuery(olga, null, LocalDate.parse("2021-04-01"), null, "agreed", 10)).size());
        assertEquals(0, store.quotes(new Store.QuoteQuery(olga, null, LocalDate.parse("2021-04-02"), null, null, 10)).size());
        assertEquals("2021-03-30", store.timeline(olga).get(0).date());
        List<Store.SearchHit> hits = store.search("trade Kyiv", 5);
        assertEquals(TWO.article().id(), hits.get(0).articleId());
        assertTrue(hits.get(0).snippet().contains("[trade]"), hits.get(0).snippet());
        assertTrue(store.search("\"unbalanced (quote AND", 5).isEmpty(), "user text is never FTS syntax");
    }

    @Test
    void aJointStatementIsByEachOfItsSpeakers() throws Exception {
        Record joint = Records.article("\"The port stays open,\" Olga Petrenko and Ivan Marchenko said in Odesa.", "2021-04-02")
                .entity("E1", EntityType.PERSON, "Olga Petrenko")
                .entity("E2", EntityType.PERSON, "Ivan Marchenko")
                .entity("E3", EntityType.LOCATION, "Odesa")
                .jointQuote("E2", List.of("E1"), "The port stays open,")
                .build();
        store.add(joint);
        long olga = store.findEntities("Olga Petrenko").get(0).id();
        long ivan = store.findEntities("Ivan Marchenko").get(0).id();
        for (long speaker : new long[] {olga, ivan}) {
            List<Store.StoredQuote> by = store.quotes(new Store.QuoteQuery(speaker, null, null, null, null, 10));
            assertEquals(1, by.size());
            assertEquals("Ivan Marchenko and Olga Petrenko", by.get(0).speakerName());
            assertEquals(List.of("The port stays open,"), store.entity(speaker).quotesBy().stream().map(Store.StoredQuote::text).toList());
            assertTrue(store.entity(speaker).quotesAbout().isEmpty(), "a speaker's own words are not about them");
        }
        assertEquals(1, store.quotes(new Store.QuoteQuery(null, null, null, null, null, 10)).size(), "one quote, not one per speaker");
        StringWriter out = new StringWriter();
        store.export(out, Store.ExportFormat.JSONLD);
        jakarta.json.JsonArray expanded = com.apicatalog.jsonld.JsonLd.expand(
                com.apicatalog.jsonld.document.JsonDocument.of(new java.io.StringReader(out.toString()))).get();
        jakarta.json.JsonObject quotation = ofType(expanded.stream().map(jakarta.json.JsonValue::asJsonObject).toList(),
                "Quotation").get(0);
        assertEquals(List.of("urn:dossier:entity:" + ivan, "urn:dossier:entity:" + olga),
                quotation.getJsonArray("https://schema.org/creator").stream()
                        .map(c -> c.asJsonObject().getString("@id")).toList(), "each speaker is a creator");
    }

    @Test
    void aNameTaggedMiscellaneousIsTheOrganisationOfThatName() {
        store.add(Records.article("Three Vantor tankers were grounded.", "2021-05-01")
                .entity("E1", EntityType.MISC, "Vantor").build());
        store.add(Records.article("Vantor cut 300 jobs. Danish unions protested.", "2021-05-02")
                .entity("E1", EntityType.ORGANIZATION, "Vantor")
                .entityOfSubtype("E2", EntityType.MISC, "NATIONALITY", "Danish").build());
        store.add(Records.article("Danish, the regional airline, cancelled flights.", "2021-05-03")
                .entityOfSubtype("E1", EntityType.ORGANIZATION, "NATIONALITY", "Danish").build());
        List<Store.EntitySummary> vantor = store.findEntities("Vantor");
        assertEquals(1, vantor.size());
        assertEquals("ORGANIZATION", vantor.get(0).type(), "the entity is known to be more than miscellaneous");
        assertEquals(2, store.findEntities("Danish").size(), "a nationality is never an organisation's name");
    }

    @Test
    void aCompanyIsOneEntityUnderItsShortAndLegalNames() {
        store.add(Records.article("Velmont Motor Company cut jobs.", "2021-05-01")
                .entity("E1", EntityType.ORGANIZATION, "Velmont Motor Company").build());
        store.add(Records.article("Velmont opened a plant.", "2021-05-02")
                .entity("E1", EntityType.ORGANIZATION, "Velmont").build());
        store.add(Records.article("Velmont Motors sold vans.", "2021-05-03")
                .entity("E1", EntityType.ORGANIZATION, "Velmont Motors").build());
        long velmont = store.findEntities("Velmont").get(0).id();
        assertEquals(velmont, store.findEntities("Velmont Motor Company").get(0).id());
        assertEquals(velmont, store.findEntities("Velmont Motor Co.").get(0).id(), "a user's spelling of the company");
        assertNotEquals(velmont, store.findEntities("Velmont Motors").get(0).id(), "a trade word alone is another name");
    }

    @Test
    void aProductIsOneEntityUnderEveryNameOfItsDesignation() {
        store.add(Records.article("The Ardent A90 Skyliner flew.", "2021-05-01")
                .entity("E1", EntityType.PRODUCT, "Ardent A90 Skyliner").build());
        store.add(Records.article("Two A90s landed.", "2021-05-02").entity("E1", EntityType.PRODUCT, "A90s").build());
        store.add(Records.article("The Ardent A90 was late.", "2021-05-03")
                .entity("E1", EntityType.PRODUCT, "Ardent A90").build());
        store.add(Records.article("The Nordair A90 crashed.", "2021-05-04")
                .entity("E1", EntityType.PRODUCT, "Nordair A90").build());
        long a90 = store.findEntities("Ardent A90 Skyliner").get(0).id();
        assertEquals(a90, store.findEntities("A90s").get(0).id());
        assertEquals(a90, store.findEntities("Ardent A90").get(0).id());
        assertEquals(a90, store.findEntities("the A90 Skyliner").get(0).id(), "a user's name for it");
        assertNotEquals(a90, store.findEntities("Nordair A90").get(0).id(), "another maker's name is another entity");
        assertTrue(store.findEntities("Velmont A90s").isEmpty(), "nor is an A90 of a maker never named");
    }

    @Test
    void aNameWithAWordMoreIsNoSpellingVariant() {
        String shared = " with Olga Petrenko, Ivan Marchenko and Anna Sokol in Kyiv.";
        store.add(Records.article("The Air Command met" + shared, "2021-05-01").entity("E1", EntityType.ORGANIZATION, "Air Command")
                .entity("E2", EntityType.PERSON, "Olga Petrenko").entity("E3", EntityType.PERSON, "Ivan Marchenko")
                .entity("E4", EntityType.PERSON, "Anna Sokol").entity("E5", EntityType.LOCATION, "Kyiv").build());
        store.add(Records.article("The UAE Air Command met" + shared, "2021-05-02").entity("E1", EntityType.ORGANIZATION, "UAE Air Command")
                .entity("E2", EntityType.PERSON, "Olga Petrenko").entity("E3", EntityType.PERSON, "Ivan Marchenko")
                .entity("E4", EntityType.PERSON, "Anna Sokol").entity("E5", EntityType.LOCATION, "Kyiv").build());
        assertNotEquals(store.findEntities("Air Command").get(0).id(), store.findEntities("UAE Air Command").get(0).id(),
                "a misspelling changes letters, not words");
    }

    @Test
    void anOrganisationKnownByItsInitialsIsFoundByItsFullName() {
        store.add(Records.article("The NDWU called a strike.", "2021-05-01")
                .entity("E1", EntityType.ORGANIZATION, "NDWU").build());
        assertEquals(1, store.findEntities("Nordic Dock Workers Union").size());
        assertEquals("NDWU", store.findEntities("Nordic Dock Workers Union").get(0).name());
        assertTrue(store.findEntities("Nordic Dock").isEmpty(), "initials must spell the whole name");
    }

    @Test
    void eventsTheTextGivesNoDateStandAtTheirReportsDate() {
        store.add(Records.article("Olga Petrenko was arrested in Kyiv on March 2.", "2021-03-03")
                .entity("E1", EntityType.PERSON, "Olga Petrenko")
                .event(EventType.ARREST, "arrested", "2021-03-02", "E1", "defendant", Map.of("pos", "VERB", "tense", "PAST"))
                .build());
        store.add(Records.article("Olga Petrenko was arrested. She will sign a deal.", "2021-04-20")
                .entity("E1", EntityType.PERSON, "Olga Petrenko", "She")
                .event(EventType.ARREST, "arrested", null, "E1", "defendant", Map.of("pos", "VERB", "tense", "PAST"))
                .event(EventType.AGREEMENT, "sign", null, "E1", "agent", Map.of("pos", "VERB", "tense", "FUTURE"))
                .build());
        long olga = store.findEntities("Olga Petrenko").get(0).id();
        List<Store.TimelineItem> t = store.timeline(olga);
        assertEquals(List.of("2021-03-02 ARREST", "~2021-04-20 ARREST"),
                t.stream().map(i -> (i.reported() ? "~" : "") + i.date() + " " + i.type()).toList(),
                "a plan gets no date from its report");
        assertTrue(t.stream().noneMatch(Store.TimelineItem::conflicting),
                "an arrest dated by its report does not contradict the date a text gives it");
    }

    @Test
    void mergeAndSplitAreRememberedForLaterArticles() {
        store.add(ONE);
        store.add(FOUR);
        long olga = store.findEntities("Olga Petrenko").get(0).id();
        long petrenka = store.findEntities("Petrenka").get(0).id();
        store.merge(olga, petrenka);
        assertEquals(olga, store.findEntities("Petrenka").get(0).id());
        long split = store.split(olga, "Petrenka");
        assertNotEquals(olga, split);
        Record again = Records.article("Petrenka and Olga Petrenko were seen together.", "2021-05-01")
                .entity("E1", EntityType.PERSON, "Petrenka")
                .entity("E2", EntityType.PERSON, "Olga Petrenko")
                .build();
        store.add(again);
        assertNotEquals(store.findEntities("Olga Petrenko").get(0).id(), store.findEntities("Petrenka").get(0).id(),
                "the split holds for a later article");
    }

    @Test
    void exportsSchemaOrgJsonLdWithOneNodePerEntity() throws Exception {
        store.add(ONE);
        store.add(TWO);
        StringWriter out = new StringWriter();
        store.export(out, Store.ExportFormat.JSONLD);
        jakarta.json.JsonArray expanded = com.apicatalog.jsonld.JsonLd.expand(
                com.apicatalog.jsonld.document.JsonDocument.of(new java.io.StringReader(out.toString()))).get();
        String schema = "https://schema.org/";
        List<jakarta.json.JsonObject> nodes = expanded.stream().map(jakarta.json.JsonValue::asJsonObject).toList();
        List<jakarta.json.JsonObject> articles = ofType(nodes, "NewsArticle");
        assertEquals(2, articles.size());
        // Olga Petrenko (and Petrenco) is one entity of the store: both articles mention the same node.
        long olga = store.findEntities("Olga Petrenko").get(0).id();
        for (jakarta.json.JsonObject a : articles) {
            assertTrue(a.getJsonArray(schema + "mentions").toString().contains("urn:dossier:entity:" + olga), a.toString());
        }
        jakarta.json.JsonObject quote = ofType(nodes, "Quotation").get(0);
        assertEquals("We agreed,", quote.getJsonArray(schema + "text").getJsonObject(0).getString("@value"));
        assertEquals("urn:dossier:entity:" + olga, quote.getJsonArray(schema + "creator").getJsonObject(0).getString("@id"));
        int start = quote.getJsonArray("urn:dossier:term:start").getJsonObject(0).getInt("@value");
        assertEquals("We agreed,", ONE.article().text().substring(start, start + "We agreed,".length()), "offsets into articleBody");
        jakarta.json.JsonObject meeting = ofType(nodes, "Event").get(0);
        assertEquals("2021-03-30", meeting.getJsonArray(schema + "startDate").getJsonObject(0).getString("@value"));
        jakarta.json.JsonObject role = meeting.getJsonArray(schema + "actor").getJsonObject(0);
        assertEquals(schema + "Role", role.getJsonArray("@type").getString(0));
        assertEquals("agent", role.getJsonArray(schema + "roleName").getJsonObject(0).getString("@value"));
    }

    /** The expanded JSON-LD nodes whose first type is schema.org's {@code type}. */
    private static List<jakarta.json.JsonObject> ofType(List<jakarta.json.JsonObject> nodes, String type) {
        return nodes.stream().filter(n -> n.getJsonArray("@type").getString(0).equals("https://schema.org/" + type)).toList();
    }

    @Test
    void exportsEveryRecordAndTheQuotes() throws Exception {
        store.add(ONE);
        store.add(TWO);
        StringWriter jsonl = new StringWriter();
        store.export(jsonl, Store.ExportFormat.JSONL);
        assertEquals(2, jsonl.toString().strip().split("\n").length);
        StringWriter csv = new StringWriter();
        store.export(csv, Store.ExportFormat.CSV);
        assertTrue(csv.toString().contains("\"We agreed,\""), csv.toString());
        store.add(Records.article("Ivan Marchenko left. \"Not yet,\" said Marchenko.", null)
                .entity("E1", EntityType.PERSON, "Ivan Marchenko", "Marchenko").quote("E1", "Not yet,").build());
        StringWriter undated = new StringWriter();
        store.export(undated, Store.ExportFormat.CSV);
        String line = undated.toString().lines().filter(l -> l.contains("Not yet")).findFirst().orElseThrow();
        assertTrue(line.matches("\"[0-9a-f]+\",,.*"), "an undated article has an empty date, not \"null\": " + line);
    }
}
