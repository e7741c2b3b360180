package dossier.store;

/**
 * The SQLite schema. Entities are global; everything found in an article points at its article and span.
 * {@link PostgresSchema} is the same tables in PostgreSQL's types; the ones both write alike are in
 * {@link CommonSchema}.
 */
final class SqliteSchema {
    private SqliteSchema() {}

    static final String[] STATEMENTS = {
        """
        CREATE TABLE IF NOT EXISTS article (
          rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, source TEXT, url TEXT, title TEXT, published TEXT,
          text TEXT NOT NULL, record TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
        "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, text, content='article', content_rowid='rowid')",
        """
        CREATE TRIGGER IF NOT EXISTS article_indexed AFTER INSERT ON article BEGIN
          INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END""",
        """
        CREATE TABLE IF NOT EXISTS entity (
          id INTEGER PRIMARY KEY, type TEXT NOT NULL, subtype TEXT, name TEXT NOT NULL, given TEXT, mentions INTEGER
          NOT NULL DEFAULT 0)""",
        """
        CREATE TABLE IF NOT EXISTS alias (
          entity_id INTEGER NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL, count INTEGER NOT NULL,
          PRIMARY KEY (entity_id, alias))""",
        "CREATE TABLE IF NOT EXISTS name_key (entity_id INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (key, entity_id))",
        """
        CREATE TABLE IF NOT EXISTS local_entity (
          article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL, name TEXT NOT NULL,
          published TEXT, PRIMARY KEY (article_id, local_id))""",
        """
        CREATE TABLE IF NOT EXISTS quote (
          id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, local_speaker TEXT, text TEXT NOT NULL, type TEXT NOT NULL,
          cue TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, published TEXT)""",
        "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5(text, content='quote', content_rowid='id')",
        """
        CREATE TRIGGER IF NOT EXISTS quote_indexed AFTER INSERT ON quote BEGIN
          INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text); END""",
        "CREATE TABLE IF NOT EXISTS quote_about (quote_id INTEGER NOT NULL, article_id TEXT NOT NULL, local_id TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS quote_cospeaker (
          quote_id INTEGER NOT NULL, article_id TEXT NOT NULL, local_id TEXT NOT NULL, position INTEGER NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS event (
          id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, type TEXT NOT NULL, trigger TEXT NOT NULL,
          time TEXT, modality TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
          sentence TEXT NOT NULL, published TEXT, reported INTEGER NOT NULL DEFAULT 0)""",
        """
        CREATE TABLE IF NOT EXISTS event_participant (
          event_id INTEGER NOT NULL, article_id TEXT NOT NULL, local_id TEXT NOT NULL, role TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS cooccur (
          entity_id INTEGER NOT NULL, other_id INTEGER NOT NULL, count INTEGER NOT NULL,
          PRIMARY KEY (entity_id, other_id))""",
        """
        CREATE TABLE IF NOT EXISTS merge_log (
          entity_id INTEGER NOT NULL, alias TEXT NOT NULL, article_id TEXT, evidence TEXT NOT NULL, score REAL,
          at TEXT NOT NULL)""",
    };
}
