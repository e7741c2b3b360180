package dossier.store;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqliteStoreTest extends StoreContract {
    @Override
    String newStore() {
        return dir.resolve("test.db").toString();
    }

    @Test
    void aStoreWrittenBeforeEventsWereDatedByTheirReportStillTakesArticles() throws Exception {
        String old = dir.resolve("old.db").toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE event (
                      id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, type TEXT NOT NULL, trigger TEXT NOT NULL,
                      time TEXT, modality TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
                      sentence TEXT NOT NULL, published TEXT)""");
        }
        try (Store s = Store.open(old)) {
            s.add(ONE);
            assertEquals("2021-03-30", s.timeline(s.findEntities("Olga Petrenko").get(0).id()).get(0).date());
        }
    }
}
