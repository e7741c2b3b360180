package dossier.store;

import dossier.model.Record;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base: records of many articles, with their entities resolved across articles. SQLite by default
 * ({@link SqliteStore}) or PostgreSQL ({@link PostgresStore}), the same questions over either. Every item a question returns carries its
 * article id and character span. One writer at a time; readers may share it.
 */
public interface Store extends AutoCloseable {
    /**
     * Opens (creating if needed) the store at {@code location}: a PostgreSQL URL
     * ({@code postgresql://user@host:port/database}) or else a SQLite file.
     */
    static Store open(String location) {
        if (PostgresStore.handles(location)) return PostgresStore.open(location);
        return SqliteStore.open(Path.of(location));
    }

    /** How an add went: a new article, or one the store already had (same text). */
    enum Added { INGESTED, UNCHANGED }

    boolean hasArticle(String articleId);

    /** Adds one analysed article and links its entities to the store's; idempotent by article id. */
    Added add(Record record);

    /** Entities whose aliases or spelling variants match {@code name}, best first. */
    List<EntitySummary> findEntities(String name);

    EntityProfile entity(long id);

    List<StoredQuote> quotes(QuoteQuery query);

    /** The entity's events and statements across articles in date order, conflicting dates flagged. */
    List<TimelineItem> timeline(long entityId);

    /**
     * A timeline from an entity's events (with its role in each) and its quotes: dated events and statements in date
     * order, negated and undated ones left out. An event the text dates by nothing but its report ({@link
     * dossier.events.Timeline#datedByReport}) stands at its article's date, marked {@code reported}. The same kind
     * of event with the entity in the same role, dated differently by different articles' texts, is flagged as a
     * conflict.
     */
    static List<TimelineItem> timelineOf(List<StoredEvent> events, List<StoredQuote> quotes) {
        List<TimelineItem> out = new ArrayList<>();
        Map<String, Set<String>> datesByEvent = new HashMap<>();
        for (StoredEvent e : events) {
            if (e.time() == null || !e.time().matches("\\d{4}.*")) continue;
            datesByEvent.computeIfAbsent(e.type() + "/" + e.role(), k -> new HashSet<>()).add(e.time());
        }
        for (StoredEvent e : events) {
            if (e.modality().equals("negated")) continue;
            String date = e.time() != null && e.time().matches("\\d{4}.*") ? e.time() : null;
            boolean reported = date == null && e.reported() && e.published() != null;
            if (reported) date = e.published().toString();
            if (date == null || e.type().equals("OTHER")) continue;
            boolean conflict = !reported && datesByEvent.getOrDefault(e.type() + "/" + e.role(), Set.of()).size() > 1
                    && !e.type().equals("MEETING") && !e.type().equals("CALL");
            out.add(new TimelineItem(date, "event", e.type(), e.sentence().strip(), e.articleId(), e.published(),
                    e.start(), e.end(), reported, conflict));
        }
        for (StoredQuote q : quotes) {
            if (q.published() == null) continue;
            out.add(new TimelineItem(q.published().toString(), "statement", q.type(), q.text(), q.articleId(),
                    q.published(), q.start(), q.end(), false, false));
        }
        out.sort(Comparator.comparing(TimelineItem::date).thenComparing(TimelineItem::articleId)
                .thenComparingInt(TimelineItem::start));
        return out;
    }

    List<SearchHit> search(String text, int limit);

    /** An entity's name, or null. */
    String entityName(long id);

    /** The stored ids of an article's quotes, in the order of the record's quotes (the order they were added). */
    List<Long> quoteIds(String articleId);

    /** The stored record of an article as JSON (the format of DESIGN.md), or null. */
    String recordJson(String articleId);

    /** The store's entity for each entity of an article, by the article's own entity ids ("E1"). */
    java.util.Map<String, Long> entityIds(String articleId);

    /** Why the entity's mentions are one entity: every merge and the evidence it rested on. */
    List<MergeRecord> why(long entityId);

    /** Puts {@code absorbed} into {@code kept}; remembered, so later articles respect it. */
    void merge(long kept, long absorbed);

    /** Moves the mentions written {@code alias} out of the entity into a new one; remembered. Returns the new id. */
    long split(long entityId, String alias);

    void export(Writer out, ExportFormat format) throws IOException;

    Stats stats();

    @Override
    void close();

    /** Every record (JSONL), the quotes (CSV), or schema.org JSON-LD: one document, one node per entity across articles. */
    enum ExportFormat { JSONL, CSV, JSONLD }

    record Stats(int articles, int entities, int quotes, int events) {}

    record Alias(String text, int count) {}

    record EntitySummary(long id, String name, String type, int mentions, List<Alias> aliases) {}

    record ArticleRef(String id, String title, LocalDate published, String source) {}

    record StoredRole(String title, String text, String articleId, LocalDate published, int start, int end) {}

    record StoredQuote(long id, String articleId, String articleTitle, LocalDate published, Long speaker,
                       String speakerName, String text, String type, String cue, int start, int end) {}

    /** An event as stored; {@code reported}: the text gives it no date but reports it as happened. */
    record StoredEvent(long id, String articleId, LocalDate published, String type, String trigger, String time,
                       String modality, String role, String sentence, int start, int end, boolean reported) {}

    record EntityProfile(EntitySummary entity, List<StoredRole> roles, List<StoredQuote> quotesBy,
                         List<StoredQuote> quotesAbout, List<StoredEvent> events, List<ArticleRef> articles) {}

    record QuoteQuery(Long by, Long about, LocalDate since, LocalDate until, String text, int limit) {}

    /**
     * One step of a timeline: an event or a statement, with the date it happened (or was made) and its source;
     * {@code reported}: the date is that of the article reporting it, the text giving none.
     */
    record TimelineItem(String date, String kind, String type, String text, String articleId, LocalDate published,
                        int start, int end, boolean reported, boolean conflicting) {}

    record SearchHit(String kind, String articleId, String title, LocalDate published, String snippet, double score,
                     Long quoteId) {}

    record MergeRecord(String alias, String articleId, String evidence, double score, String at) {}
}
