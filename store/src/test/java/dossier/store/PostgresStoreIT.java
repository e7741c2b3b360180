package dossier.store;

import dossier.json.RecordJson;
import dossier.model.EntityType;
import dossier.model.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store contract against a real PostgreSQL server, and what only a shared store must do. */
@Tag("postgresql")
class PostgresStoreIT extends StoreContract {
    String url;

    @Override
    String newStore() {
        url = TestPostgres.get().newDatabase();
        return url;
    }

    static final String[] PEOPLE = {"Halima Osei", "Jonas Varga", "Keiko Mori", "Pavel Dranko", "Rosa Quintero",
            "Sven Lund", "Tariq Aziz", "Ula Brandt", "Wen Li", "Zora Petrovic"};

    /** Articles that share people with each other, so that writers race to create and link the same entities. */
    static List<Record> sharedPeople(int n) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = PEOPLE[i % PEOPLE.length], b = PEOPLE[(i * 3 + 1) % PEOPLE.length];
            if (a.equals(b)) b = PEOPLE[(i + 1) % PEOPLE.length];
            String text = "Report " + i + "\n" + a + " met " + b + " in Vienna. \"Item " + i + " is settled,\" said " + a + ".";
            out.add(Records.article(text, "2023-05-" + String.format("%02d", 1 + i % 28))
                    .entity("E1", EntityType.PERSON, a)
                    .entity("E2", EntityType.PERSON, b)
                    .entity("E3", EntityType.LOCATION, "Vienna")
                    .quote("E1", "Item " + i + " is settled,")
                    .build());
        }
        return out;
    }

    @Test
    void concurrentWritersLoseNothingAndDuplicateNothing() throws Exception {
        store.close();
        List<Record> records = sharedPeople(40);
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<int[]>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<Record> order = new ArrayList<>(records);
            Collections.shuffle(order, new Random(w));
            // Each writer its own connection, as separate processes would have.
            results.add(pool.submit(() -> {
                int[] counts = new int[2];
                try (Store s = Store.open(url)) {
                    for (Record r : order) counts[s.add(r) == Store.Added.INGESTED ? 0 : 1]++;
                }
                return counts;
            }));
        }
        int ingested = 0, unchanged = 0;
        for (Future<int[]> f : results) {
            int[] c = f.get(120, TimeUnit.SECONDS);
            ingested += c[0];
            unchanged += c[1];
        }
        pool.shutdown();
        assertEquals(records.size(), ingested, "each article ingested exactly once");
        assertEquals(records.size() * (writers - 1), unchanged);
        store = Store.open(url);
        Store.Stats stats = store.stats();
        assertEquals(records.size(), stats.articles());
        assertEquals(records.size(), stats.quotes());
        assertEquals(PEOPLE.length + 1, stats.entities(), "one entity per person and one for the place");
        for (String person : PEOPLE) {
            assertEquals(1, store.findEntities(person).size(), person);
            long id = store.findEntities(person).get(0).id();
            long in = records.stream().filter(r -> r.entities().stream().anyMatch(e -> e.name().equals(person))).count();
            assertEquals(in, store.entity(id).articles().size(), person + "'s articles");
        }
    }

    @Test
    void aHugeArticleIsStoredAndItsBeginningSearchable() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("Huge report\nMarisol Etxeberria spoke first. ");
        while (text.length() < 1_500_000) {
            for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) text.append((char) ('a' + random.nextInt(26)));
            text.append(random.nextInt(20) == 0 ? ". " : " ");
        }
        Record huge = Records.article(text.toString(), "2023-06-01")
                .entity("E1", EntityType.PERSON, "Marisol Etxeberria").build();
        assertEquals(Store.Added.INGESTED, store.add(huge));
        assertEquals(huge.article().id(), store.search("Etxeberria", 5).get(0).articleId());
        assertEquals(huge.article().text(), RecordJson.read(store.recordJson(huge.article().id())).article().text());
    }

    @Test
    void searchMatchesWordFormsAndRanks() {
        store.add(StoreContract.ONE);
        store.add(StoreContract.TWO);
        List<Store.SearchHit> hits = store.search("agreeing", 5);
        assertFalse(hits.isEmpty(), "English stemming: agreeing finds agreed");
        Store.SearchHit quote = hits.stream().filter(h -> h.kind().equals("quote")).findFirst().orElseThrow();
        assertTrue(quote.snippet().contains("[agreed]"), quote.snippet());
        assertEquals(1, store.quotes(new Store.QuoteQuery(null, null, null, null, "agree", 10)).size());
    }

    @Test
    void aRecordTheServerRefusesIsAClearErrorAndTheStoreGoesOn() {
        // Records from elsewhere may carry a NUL, which PostgreSQL cannot store (dossier's readers replace it).
        Record bad = Records.article("Nul report\nGreta Holm spoke\u0000 at noon in Oslo.", "2023-07-01")
                .entity("E1", EntityType.PERSON, "Greta Holm").entity("E2", EntityType.LOCATION, "Oslo").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.add(bad));
        assertTrue(e.getMessage().startsWith("cannot store article " + bad.article().id()), e.getMessage());
        assertEquals(Store.Added.INGESTED, store.add(StoreContract.ONE), "the next article is stored");
        assertEquals(new Store.Stats(1, 3, 1, 1), store.stats(), "nothing of the refused article remains");
        assertTrue(store.findEntities("Greta Holm").isEmpty());
    }

    @Test
    void anUnreachableServerIsAClearErrorWithoutThePassword() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Store.open("postgresql://someone:secret@127.0.0.1:1/nothing"));
        assertTrue(e.getMessage().startsWith("postgresql://someone:***@127.0.0.1:1/nothing: cannot open the store"),
                e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void theSchemaIsCreatedOnceWhenManyOpenAtOnce() throws Exception {
        String fresh = TestPostgres.get().newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) opened.add(pool.submit(() -> Store.open(fresh).close()));
        for (Future<?> f : opened) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        try (Connection c = DriverManager.getConnection("jdbc:" + fresh.replace("dossier@", "") + "?user=dossier");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            long tables = java.util.stream.Stream.of(PostgresSchema.STATEMENTS, CommonSchema.STATEMENTS)
                    .flatMap(java.util.Arrays::stream).filter(x -> x.strip().startsWith("CREATE TABLE")).count();
            assertEquals(tables, rs.getInt(1), "every table, once");
        }
    }
}
