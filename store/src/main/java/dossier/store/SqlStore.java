package dossier.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.events.Timeline;
import dossier.json.JsonLd;
import dossier.json.RecordJson;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Role;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store over one JDBC connection, in SQL that SQLite and PostgreSQL both speak; a subclass gives the schema,
 * full-text search and how writers take turns. One transaction per article: a writer killed halfway loses at most
 * the article in flight. Methods are synchronized: one connection, and reads that see whole articles.
 */
abstract sealed class SqlStore implements Store permits SqliteStore, PostgresStore {
    final Connection db;
    private final EntityLinker linker;

    SqlStore(Connection db) {
        this.db = db;
        this.linker = new EntityLinker(db);
    }

    /**
     * Called first in every write transaction. Entity linking reads the store's entities to decide about new
     * names, so two writers deciding at once could both create the same person; writers of a shared store take
     * turns here, one article at a time.
     */
    abstract void awaitTurnToWrite() throws SQLException;

    /** A condition on quote {@code q} with one parameter, the user's words ({@link #textQuery}), for full-text search. */
    abstract String quoteMatches();

    /** User text as the parameter of a full-text condition: never query syntax. */
    abstract String textQuery(String text);

    /**
     * Full-text search over articles and over quotes, best first: each takes the text query and a limit and returns
     * rows of (article id, title, published, snippet with matches in brackets, score, quote id or null).
     */
    abstract String articleSearch();

    abstract String quoteSearch();

    @Override
    public synchronized boolean hasArticle(String articleId) {
        return exists("SELECT 1 FROM article WHERE id = ?", articleId);
    }

    @Override
    public synchronized Added add(Record r) {
        String articleId = r.article().id();
        if (hasArticle(articleId)) return Added.UNCHANGED;
        Added[] added = new Added[1];
        try {
            transaction(() -> {
                // Asked again in turn: another writer may have added it meanwhile.
                if (hasArticle(articleId)) {
                    added[0] = Added.UNCHANGED;
                    return;
                }
                insertArticle(r);
                // Linking writes the article's entities (local_entity) that the findings below are joined through.
                linker.link(r);
                insertFindings(r);
                added[0] = Added.INGESTED;
            });
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot store article " + articleId + ": " + e.getMessage(), e);
        }
        return added[0];
    }

    private void insertArticle(Record r) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO article(id, source, url, title, published, text, record, ingested_at) VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, r.article().id());
            p.setString(2, r.article().source());
            p.setString(3, r.article().source() != null && r.article().source().matches("https?://.*") ? r.article().source() : null);
            p.setString(4, r.article().title());
            p.setString(5, r.article().published() == null ? null : r.article().published().toString());
            p.setString(6, r.article().text());
            p.setString(7, RecordJson.write(r, false));
            p.setString(8, Instant.now().toString());
            p.executeUpdate();
        }
    }

    private void insertFindings(Record r) throws SQLException {
        String article = r.article().id();
        String published = r.article().published() == null ? null : r.article().published().toString();
        try (PreparedStatement m = db.prepareStatement(
                "INSERT INTO mention(article_id, local_id, start, \"end\", text, kind) VALUES (?,?,?,?,?,?)");
             PreparedStatement ro = db.prepareStatement(
                     "INSERT INTO role(article_id, local_id, title, text, start, \"end\") VALUES (?,?,?,?,?,?)")) {
            for (Entity e : r.entities()) {
                for (Mention x : e.mentions()) {
                    m.setString(1, article);
                    m.setString(2, e.id());
                    m.setInt(3, x.start());
                    m.setInt(4, x.end());
                    m.setString(5, x.text());
                    m.setString(6, x.kind().name());
                    m.addBatch();
                }
                for (Role x : e.roles()) {
                    ro.setString(1, article);
                    ro.setString(2, e.id());
                    ro.setString(3, x.title());
                    ro.setString(4, x.text());
                    ro.setInt(5, x.span().start());
                    ro.setInt(6, x.span().end());
                    ro.addBatch();
                }
            }
            m.executeBatch();
            ro.executeBatch();
        }
        List<Quote> quotes = r.quotes();
        List<Long> quoteIds = insertAll(
                "INSERT INTO quote(article_id, local_speaker, text, type, cue, start, \"end\", published) VALUES (?,?,?,?,?,?,?,?)",
                quotes.stream().map(x -> new Object[] {article, x.speaker(), x.text(), x.type().json(),
                        x.cue() == null ? null : x.cue().text(), x.span().start(), x.span().end(), published}).toList());
        try (PreparedStatement co = db.prepareStatement(
                "INSERT INTO quote_cospeaker(quote_id, article_id, local_id, position) VALUES (?,?,?,?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                List<String> others = quotes.get(i).coSpeakers();
                for (int j = 0; j < others.size(); j++) {
                    co.setLong(1, quoteIds.get(i));
                    co.setString(2, article);
                    co.setString(3, others.get(j));
                    co.setInt(4, j);
                    co.addBatch();
                }
            }
            co.executeBatch();
        }
        try (PreparedStatement about = db.prepareStatement(
                "INSERT INTO quote_about(quote_id, article_id, local_id) VALUES (?,?,?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote x = quotes.get(i);
                for (Entity e : r.entities()) {
                    if (x.spokenBy(e.id())) continue;
                    if (e.mentions().stream().anyMatch(mm -> x.span().contains(mm.span()))) {
                        about.setLong(1, quoteIds.get(i));
                        about.setString(2, article);
                        about.setString(3, e.id());
                        about.addBatch();
                    }
                }
            }
            about.executeBatch();
        }
        // The store keeps the events someone takes part in, each with its sentence, so that a profile never reads
        // whole articles.
        List<Event> events = r.events().stream().filter(x -> !x.participants().isEmpty()).toList();
        List<Long> eventIds = insertAll(
                "INSERT INTO event(article_id, type, trigger, time, modality, sentence_start, sentence_end, sentence,"
                        + " published, reported) VALUES (?,?,?,?,?,?,?,?,?,?)",
                events.stream().map(x -> new Object[] {article, x.type().name(), x.trigger().text(), x.time(),
                        x.modality().name().toLowerCase(), x.sentence().start(), x.sentence().end(),
                        x.sentence().of(r.article().text()), published, Timeline.datedByReport(x) ? 1 : 0}).toList());
        try (PreparedStatement pa = db.prepareStatement(
                "INSERT INTO event_participant(event_id, article_id, local_id, role) VALUES (?,?,?,?)")) {
            for (int i = 0; i < events.size(); i++) {
                for (Event.Participant p : events.get(i).participants()) {
                    pa.setLong(1, eventIds.get(i));
                    pa.setString(2, article);
                    pa.setString(3, p.entity());
                    pa.setString(4, p.role());
                    pa.addBatch();
                }
            }
            pa.executeBatch();
        }
    }

    /**
     * Whether a batch of inserts gives back every generated id (PostgreSQL's driver does; SQLite's gives none).
     * With a server, one batch instead of a round trip per row is most of the cost of an article.
     */
    abstract boolean batchesReturnIds();

    /** Inserts the rows and returns their generated ids, in order. */
    private List<Long> insertAll(String sql, List<Object[]> rows) throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement p = db.prepareStatement(sql, new String[] {"id"})) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) p.setObject(i + 1, row[i]);
                if (batchesReturnIds()) {
                    p.addBatch();
                    continue;
                }
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    ids.add(k.getLong(1));
                }
            }
            if (batchesReturnIds() && !rows.isEmpty()) {
                p.executeBatch();
                try (ResultSet k = p.getGeneratedKeys()) {
                    while (k.next()) ids.add(k.getLong(1));
                }
                // Ids are drawn row by row in the order of the batch; sorted, they line up with it whatever order
                // the driver hands them back in.
                ids.sort(null);
            }
        }
        if (ids.size() != rows.size()) throw new SQLException("expected " + rows.size() + " ids, got " + ids.size());
        return ids;
    }

    // ---- questions

    @Override
    public synchronized List<EntitySummary> findEntities(String name) {
        List<Long> ids = linker.lookup(name);
        List<EntitySummary> out = new ArrayList<>();
        for (long id : ids) {
            EntitySummary s = summary(id);
            if (s != null) out.add(s);
        }
        return out;
    }

    private EntitySummary summary(long id) {
        return query("SELECT name, type, mentions FROM entity WHERE id = ?", rs -> rs.next()
                ? new EntitySummary(id, rs.getString(1), rs.getString(2), rs.getInt(3), aliases(id)) : null, id);
    }

    private List<Alias> aliases(long id) {
        return query("SELECT alias, count FROM alias WHERE entity_id = ? ORDER BY count DESC, alias", rs -> {
            List<Alias> out = new ArrayList<>();
            while (rs.next()) out.add(new Alias(rs.getString(1), rs.getInt(2)));
            return out;
        }, id);
    }

    /**
     * The articles a profile draws on: the entity's most recent ones. A profile of someone in 20,000 articles reads
     * like one of someone in 300; every article is still reachable through {@link #quotes} and {@link #timeline}.
     */
    static final int PROFILE_ARTICLES = 300;
    private static final String RECENT = "WITH recent AS (SELECT article_id, local_id FROM local_entity WHERE entity_id = ?"
            + " ORDER BY published DESC LIMIT " + PROFILE_ARTICLES + ") ";

    @Override
    public synchronized EntityProfile entity(long id) {
        EntitySummary s = summary(id);
        if (s == null) return null;
        // Each title once, where it was first stated: a profile, not a dump.
        List<StoredRole> roles = query(RECENT + """
                SELECT title, text, article_id, published, start, "end" FROM (
                  SELECT r.title, r.text, r.article_id, a.published, r.start, r."end",
                         row_number() OVER (PARTITION BY lower(r.title) ORDER BY a.published, r.article_id, r.start) AS n
                  FROM recent l JOIN role r ON l.article_id = r.article_id AND l.local_id = r.local_id
                  JOIN article a ON a.id = r.article_id) first_stated
                WHERE n = 1 ORDER BY published, article_id LIMIT 100""", rs -> {
            List<StoredRole> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new StoredRole(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                        rs.getInt(5), rs.getInt(6)));
            }
            return out;
        }, id);
        List<StoredQuote> by = recentQuotes(id, false), about = recentQuotes(id, true);
        List<StoredEvent> events = events(id, true);
        List<ArticleRef> articles = query(RECENT + """
                SELECT a.id, a.title, a.published, a.source FROM recent l
                JOIN article a ON a.id = l.article_id ORDER BY a.published DESC, a.id LIMIT 200""", rs -> {
            List<ArticleRef> out = new ArrayList<>();
            while (rs.next()) out.add(new ArticleRef(rs.getString(1), rs.getString(2), date(rs.getString(3)), rs.getString(4)));
            return out;
        }, id);
        return new EntityProfile(s, roles, by, about, events, articles);
    }

    /** Quotes by (or about) the entity in its recent articles, for a profile. */
    private List<StoredQuote> recentQuotes(long id, boolean about) {
        if (about) {
            return withCoSpeakers(recentQuotesJoined(id,
                    "JOIN quote_about qa ON qa.article_id = l.article_id AND qa.local_id = l.local_id JOIN quote q ON q.id = qa.quote_id"));
        }
        // By: the entity is the quote's speaker, or one of a joint source's co-speakers; two indexed look-ups.
        List<StoredQuote> own = recentQuotesJoined(id,
                "JOIN quote q ON q.article_id = l.article_id AND q.local_speaker = l.local_id");
        List<StoredQuote> shared = recentQuotesJoined(id, "JOIN quote_cospeaker c ON c.article_id = l.article_id"
                + " AND c.local_id = l.local_id JOIN quote q ON q.id = c.quote_id");
        return withCoSpeakers(byDate(own, shared, RECENT_QUOTES));
    }

    private static final int RECENT_QUOTES = 100;

    private List<StoredQuote> recentQuotesJoined(long id, String join) {
        return query(RECENT + """
                SELECT q.id, q.article_id, a.title, q.published, sl.entity_id, en.name, q.text, q.type, q.cue, q.start, q.end
                FROM recent l %s JOIN article a ON a.id = q.article_id
                LEFT JOIN local_entity sl ON sl.article_id = q.article_id AND sl.local_id = q.local_speaker
                LEFT JOIN entity en ON en.id = sl.entity_id ORDER BY q.published, q.article_id, q.start LIMIT %d"""
                .formatted(join, RECENT_QUOTES), SqlStore::quoteRows, id);
    }

    /**
     * Two lists in the store's quote order (date, article, offset) as one, cut to {@code limit}; a quote without a
     * date comes first, as SQLite sorts it.
     */
    private static List<StoredQuote> byDate(List<StoredQuote> a, List<StoredQuote> b, int limit) {
        if (b.isEmpty()) return a;
        List<StoredQuote> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparing(StoredQuote::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(StoredQuote::articleId).thenComparingInt(StoredQuote::start));
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    /** The quotes with a joint source's co-speakers named after the speaker ("Ana Reis and Tom Reyes"). */
    private List<StoredQuote> withCoSpeakers(List<StoredQuote> quotes) {
        if (quotes.isEmpty()) return quotes;
        Map<Long, List<String>> others = new HashMap<>();
        for (int from = 0; from < quotes.size(); from += 500) {
            List<StoredQuote> batch = quotes.subList(from, Math.min(quotes.size(), from + 500));
            String ids = String.join(",", batch.stream().map(q -> String.valueOf(q.id())).toList());
            query("""
                    SELECT c.quote_id, en.name FROM quote_cospeaker c
                    JOIN local_entity l ON l.article_id = c.article_id AND l.local_id = c.local_id
                    JOIN entity en ON en.id = l.entity_id WHERE c.quote_id IN (%s) ORDER BY c.quote_id, c.position"""
                    .formatted(ids), rs -> {
                while (rs.next()) others.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                return null;
            });
        }
        if (others.isEmpty()) return quotes;
        List<StoredQuote> out = new ArrayList<>();
        for (StoredQuote q : quotes) {
            List<String> co = others.get(q.id());
            if (co != null) {
                List<String> all = new ArrayList<>();
                if (q.speakerName() != null) all.add(q.speakerName());
                all.addAll(co);
                q = new StoredQuote(q.id(), q.articleId(), q.articleTitle(), q.published(), q.speaker(),
                        String.join(" and ", all), q.text(), q.type(), q.cue(), q.start(), q.end());
            }
            out.add(q);
        }
        return out;
    }

    private static List<StoredQuote> quoteRows(ResultSet rs) throws SQLException {
        List<StoredQuote> out = new ArrayList<>();
        while (rs.next()) {
            long speaker = rs.getLong(5);
            out.add(new StoredQuote(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                    rs.wasNull() ? null : speaker, rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getInt(10), rs.getInt(11)));
        }
        return out;
    }

    private List<StoredEvent> events(long id, boolean recentOnly) {
        String from = recentOnly ? RECENT + "SELECT %s FROM recent l" : "SELECT %s FROM local_entity l";
        String where = recentOnly ? "" : " WHERE l.entity_id = ?";
        return query(from.formatted("""
                e.id, e.article_id, e.published, e.type, e.trigger, e.time, e.modality, p.role,
                       e.sentence, e.sentence_start, e.sentence_end, e.reported""") + """
                 JOIN event_participant p ON l.article_id = p.article_id AND l.local_id = p.local_id
                JOIN event e ON e.id = p.event_id""" + where + " ORDER BY coalesce(e.time, e.published), e.id LIMIT 500", rs -> {
            List<StoredEvent> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new StoredEvent(rs.getLong(1), rs.getString(2), date(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10), rs.getInt(11), rs.getInt(12) == 1));
            }
            return out;
        }, id);
    }

    @Override
    public synchronized List<StoredQuote> quotes(QuoteQuery q) {
        int limit = q.limit() <= 0 ? 1000 : q.limit();
        if (q.by() == null) return withCoSpeakers(quotesWhere(q, "", limit));
        // The speaker's own quotes and those it shares as a co-speaker: two indexed look-ups, merged by date.
        List<StoredQuote> own = quotesWhere(q, " AND l.entity_id = ?", limit);
        List<StoredQuote> shared = quotesWhere(q, " AND q.id IN (SELECT c.quote_id FROM quote_cospeaker c"
                + " JOIN local_entity lc ON lc.article_id = c.article_id AND lc.local_id = c.local_id"
                + " WHERE lc.entity_id = ?)", limit);
        return withCoSpeakers(byDate(own, shared, limit));
    }

    /** The quotes that match {@code q} but for its speaker, which {@code by} (one parameter, the id) selects. */
    private List<StoredQuote> quotesWhere(QuoteQuery q, String by, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT q.id, q.article_id, a.title, q.published, l.entity_id, en.name, q.text, q.type, q.cue, q.start, q.end
                FROM quote q JOIN article a ON a.id = q.article_id
                LEFT JOIN local_entity l ON l.article_id = q.article_id AND l.local_id = q.local_speaker
                LEFT JOIN entity en ON en.id = l.entity_id WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (!by.isEmpty()) {
            sql.append(by);
            args.add(q.by());
        }
        if (q.about() != null) {
            sql.append(" AND q.id IN (SELECT qa.quote_id FROM quote_about qa JOIN local_entity la"
                    + " ON la.article_id = qa.article_id AND la.local_id = qa.local_id WHERE la.entity_id = ?)");
            args.add(q.about());
        }
        if (q.since() != null) {
            sql.append(" AND q.published >= ?");
            args.add(q.since().toString());
        }
        if (q.until() != null) {
            sql.append(" AND q.published <= ?");
            args.add(q.until().toString());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND ").append(quoteMatches());
            args.add(textQuery(q.text()));
        }
        sql.append(" ORDER BY q.published, q.article_id, q.start LIMIT ?");
        args.add(limit);
        return query(sql.toString(), SqlStore::quoteRows, args.toArray());
    }

    @Override
    public synchronized List<TimelineItem> timeline(long entityId) {
        return Store.timelineOf(events(entityId, false), quotes(new QuoteQuery(entityId, null, null, null, null, 1000)));
    }

    @Override
    public synchronized List<SearchHit> search(String text, int limit) {
        String match = textQuery(text);
        List<SearchHit> out = new ArrayList<>(query(articleSearch(), SqlStore::hits, match, limit));
        out.addAll(query(quoteSearch(), SqlStore::hits, match, limit));
        out.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static List<SearchHit> hits(ResultSet rs) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        while (rs.next()) {
            long quote = rs.getLong(6);
            Long quoteId = rs.wasNull() ? null : quote;
            hits.add(new SearchHit(quoteId == null ? "article" : "quote", rs.getString(1), rs.getString(2),
                    date(rs.getString(3)), rs.getString(4), rs.getDouble(5), quoteId));
        }
        return hits;
    }

    @Override
    public synchronized String entityName(long id) {
        return query("SELECT name FROM entity WHERE id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
    }

    @Override
    public synchronized List<Long> quoteIds(String articleId) {
        return query("SELECT id FROM quote WHERE article_id = ? ORDER BY id", rs -> {
            List<Long> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getLong(1));
            return out;
        }, articleId);
    }

    @Override
    public synchronized String recordJson(String articleId) {
        return query("SELECT record FROM article WHERE id = ?", rs -> rs.next() ? rs.getString(1) : null, articleId);
    }

    @Override
    public synchronized Map<String, Long> entityIds(String articleId) {
        return query("SELECT local_id, entity_id FROM local_entity WHERE article_id = ?", rs -> {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            return out;
        }, articleId);
    }

    @Override
    public synchronized List<MergeRecord> why(long entityId) {
        return query("SELECT alias, article_id, evidence, score, at FROM merge_log WHERE entity_id = ? ORDER BY at", rs -> {
            List<MergeRecord> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new MergeRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5)));
            }
            return out;
        }, entityId);
    }

    @Override
    public synchronized void merge(long kept, long absorbed) {
        transaction(() -> linker.merge(kept, absorbed));
    }

    @Override
    public synchronized long split(long entityId, String alias) {
        long[] created = new long[1];
        transaction(() -> created[0] = linker.split(entityId, alias));
        return created[0];
    }

    @Override
    public synchronized void export(Writer out, ExportFormat format) throws IOException {
        if (format == ExportFormat.JSONL) {
            eachRecord(json -> out.write(json + "\n"));
            return;
        }
        if (format == ExportFormat.JSONLD) {
            // One JSON-LD document, its graph written article by article; an entity is one node across articles.
            ObjectMapper mapper = new ObjectMapper();
            out.write("{\"@context\": " + mapper.writeValueAsString(JsonLd.context()) + ",\n\"@graph\": [");
            boolean[] first = {true};
            eachRecord(json -> {
                Record r = RecordJson.read(json);
                Map<String, Long> ids = entityIds(r.article().id());
                for (var node : JsonLd.graph(r, local -> ids.containsKey(local) ? "urn:dossier:entity:" + ids.get(local) : null)) {
                    out.write((first[0] ? "\n" : ",\n") + mapper.writeValueAsString(node));
                    first[0] = false;
                }
            });
            out.write("\n]}\n");
            return;
        }
        out.write("article_id,published,speaker,type,start,end,text\n");
        for (StoredQuote q : quotes(new QuoteQuery(null, null, null, null, null, Integer.MAX_VALUE))) {
            out.write(String.join(",", csv(q.articleId()), csv(q.published() == null ? null : q.published().toString()), csv(q.speakerName()),
                    csv(q.type()), String.valueOf(q.start()), String.valueOf(q.end()), csv(q.text())) + "\n");
        }
    }

    private interface RecordSink {
        void accept(String json) throws IOException;
    }

    /**
     * Every stored record in date order, streamed row by row: a store of many thousand articles does not fit in
     * memory as strings. PostgreSQL's driver streams only with a fetch size inside a transaction; SQLite streams anyway.
     */
    private void eachRecord(RecordSink sink) throws IOException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement p = db.prepareStatement("SELECT record FROM article ORDER BY published, id")) {
                p.setFetchSize(200);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) sink.accept(rs.getString(1));
                }
            } finally {
                db.commit();
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String csv(String s) {
        if (s == null) return "";
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public synchronized Stats stats() {
        return new Stats(count("article"), count("entity"), count("quote"), count("event"));
    }

    private int count(String table) {
        return query("SELECT count(*) FROM " + table, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- JDBC helpers

    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    interface Work {
        void run() throws SQLException;
    }

    private void transaction(Work work) {
        try {
            db.setAutoCommit(false);
            try {
                awaitTurnToWrite();
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    <T> T query(String sql, Rows<T> rows, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            try (ResultSet rs = p.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private boolean exists(String sql, Object... args) {
        return query(sql, ResultSet::next, args);
    }

    static LocalDate date(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

}
