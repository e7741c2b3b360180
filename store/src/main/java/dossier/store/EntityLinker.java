package dossier.store;

import dossier.entities.NameKeys;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Mention;
import dossier.model.Record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves an article's entities against the store's. Candidates come from an exact alias first, then from
 * transliteration-aware phonetic blocking on the surname (or the whole name), and are scored with context: the
 * name's similarity, given-name compatibility (different given names never merge), the type, and the entities the
 * two are mentioned with. A spelling variant alone, with nobody in common, does not merge. Every merge is logged
 * with its evidence; merge and split decisions of users are kept and obeyed by later articles.
 */
final class EntityLinker {
    /** A variant needs this score, counting its context, to join an entity. */
    static final double VARIANT_THRESHOLD = 0.95;

    private final Connection db;
    private final Set<Long> changed = new HashSet<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<PreparedStatement> pending = new LinkedHashSet<>();
    /** What linking the current article has read and still has to write; null between articles. */
    private Article article;

    /**
     * Per article, read in a few queries instead of several per entity: the store's entities by folded name and
     * by blocking key, the candidates' rows (type, name, given name) and aliases ("id\0alias"), the kinds of user
     * decision the store holds; and the alias counts still to write.
     */
    private record Article(List<String> decisionKinds, Map<String, List<Long>> aliasOwners,
                           Map<String, List<Long>> keyOwners, Map<Long, String[]> entityRows,
                           Set<String> knownAliases, Map<AliasRow, Integer> aliasCounts) {
        Article(List<String> decisionKinds) {
            this(decisionKinds, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(), new LinkedHashMap<>());
        }
    }

    EntityLinker(Connection db) {
        this.db = db;
    }

    private record Candidate(long id, String type, String name, String given, double score, String evidence,
                             boolean exact) {}

    /**
     * Links every entity of the record; returns local id to global id. Called inside the article's transaction.
     * Two rounds: names the store already has settle first, so that a spelling variant is then judged with the
     * article's other entities as context.
     */
    Map<String, Long> link(Record r) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        List<Entity> order = new ArrayList<>(r.entities());
        order.sort((a, b) -> Integer.compare(b.name().split(" ").length, a.name().split(" ").length));
        List<Entity> later = new ArrayList<>();
        try {
            article = new Article(strings("SELECT DISTINCT kind FROM decision"));
            prefetchCandidates(r);
            for (Entity e : order) {
                Candidate best = best(e, new HashSet<>(out.values()));
                if (best != null && best.exact()) accept(r, e, best, out);
                else later.add(e);
            }
            for (Entity e : later) accept(r, e, best(e, new HashSet<>(out.values())), out);
            writeAliasCounts();
            flush();
            // Only an entity with a new surface form can change its name or blocking keys.
            for (long id : changed) refresh(id);
            cooccur(new HashSet<>(out.values()));
            return out;
        } finally {
            // After a failure the transaction rolls back: nothing pending may carry over to the next article.
            discardPending();
            changed.clear();
            article = null;
        }
    }

    private void accept(Record r, Entity e, Candidate best, Map<String, Long> out) throws SQLException {
        long id;
        if (best == null) {
            id = create(e);
        } else {
            id = best.id();
            log(id, e.name(), r.article().id(), best.evidence(), best.score());
            if (best.type().equals("MISC") && e.type() != EntityType.MISC) {
                // The entity is now known to be more than miscellaneous.
                later("UPDATE entity SET type = ? WHERE id = ?", e.type().name(), id);
                article.entityRows().put(id, new String[] {e.type().name(), best.name(), best.given()});
            }
        }
        out.put(e.id(), id);
        insertLocal(r, e, id);
        addAliases(id, e);
    }

    private Candidate best(Entity e, Set<Long> context) throws SQLException {
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        PersonParts mine = PersonParts.of(e);
        for (String alias : e.aliases()) {
            String folded = NameKeys.fold(alias);
            if (folded.isEmpty()) continue;
            for (long id : article.aliasOwners().getOrDefault(folded, List.of())) {
                candidates.putIfAbsent(id, score(e, mine, id, 1.0, "same name \"" + alias + "\"", context));
            }
        }
        NameKeys.Designation product = NameKeys.productDesignation(e.name());
        for (String k : kindKeys(e.type().name(), e.aliases())) {
            for (long id : article.keyOwners().getOrDefault(k, List.of())) {
                if (candidates.containsKey(id)) continue;
                if (k.startsWith(COMPANY_KEY)) {
                    candidates.put(id, score(e, mine, id, 1.0, "same company without its company words (\""
                            + k.substring(COMPANY_KEY.length()) + "\")", context));
                } else if (sameProduct(product, id)) {
                    candidates.put(id, score(e, mine, id, 1.0, "same product designation (\""
                            + k.substring(PRODUCT_KEY.length()) + "\")", context));
                }
            }
        }
        String key = mine.surname() == null ? e.name() : mine.surname();
        for (String k : NameKeys.blockingKeys(key)) {
            for (long id : article.keyOwners().getOrDefault(k, List.of())) {
                if (candidates.containsKey(id)) continue;
                String[] otherRow = row(id);
                if (otherRow == null) continue;
                String other = otherRow[1];
                // A misspelling changes letters, not words: "Air Command" is no variant of "UAE Air Command".
                if (mine.surname() == null && other.split("\\s+").length != e.name().split("\\s+").length) continue;
                String otherKey = PersonParts.of(other, e.type()).surname();
                double v = NameKeys.variantScore(key, otherKey == null ? other : otherKey);
                if (v > 0) candidates.put(id, score(e, mine, id, v, "spelling variant of \"" + other + "\"", context));
            }
        }
        Candidate best = null;
        for (Candidate c : candidates.values()) {
            if (c == null) continue;
            if (best == null || c.score() > best.score()) best = c;
        }
        return best;
    }

    /** Scores one candidate, or returns null when a guard rules it out. */
    private Candidate score(Entity e, PersonParts mine, long id, double nameScore, String why, Set<Long> context)
            throws SQLException {
        String[] row = row(id);
        if (row == null) return null;
        boolean sameType = row[0].equals(e.type().name());
        boolean placeOrOrg = Set.of("LOCATION", "ORGANIZATION").containsAll(List.of(row[0], e.type().name()));
        if (!sameType && (nameScore < 1.0 || !placeOrOrg && !miscNamed(row[0], e))) return null;
        if (e.type() == EntityType.PERSON && mine.given() != null && row[2] != null
                && !NameKeys.givenNamesCompatible(mine.given(), row[2])) return null;
        if (decided("different", e.aliases(), id)) return null;
        int shared = sharedContext(id, context);
        double score = nameScore + 0.05 * Math.min(shared, 4);
        // Both have given names, and the guard above found them compatible.
        boolean sameGiven = mine.given() != null && row[2] != null;
        if (decided("same", e.aliases(), id)) score += 1;
        // A spelling variant needs support: someone in common, or the same given name.
        if (nameScore < 1.0 && shared == 0 && !sameGiven && !decided("same", e.aliases(), id)) return null;
        if (nameScore < 1.0 && score < VARIANT_THRESHOLD) return null;
        String evidence = why + (shared > 0 ? "; mentioned with " + shared + " of the same entities" : "")
                + (sameGiven ? "; given names agree" : "");
        return new Candidate(id, row[0], row[1], row[2], score, evidence, nameScore >= 1.0);
    }

    /**
     * Whether a miscellaneous entity and an organisation or product may be one under the same name: the tagger calls
     * a company "miscellaneous" where its name stands before a noun ("Velmont trucks"). A nationality never is one
     * ("American", the adjective, and American, the airline).
     */
    private static boolean miscNamed(String storedType, Entity e) {
        Set<String> pair = Set.of(storedType, e.type().name());
        return pair.size() == 2 && pair.contains("MISC") && (pair.contains("ORGANIZATION") || pair.contains("PRODUCT"))
                && !"NATIONALITY".equals(e.subtype());
    }

    /**
     * The store's entities that own each of the article's names (folded) and blocking keys, read in two queries
     * instead of one per name and key. Blocking keys change only after linking ({@link #refresh}); names added
     * while linking are added to the map as they are written.
     */
    private void prefetchCandidates(Record r) throws SQLException {
        Set<String> folded = new LinkedHashSet<>(), keys = new LinkedHashSet<>();
        for (Entity e : r.entities()) {
            for (String alias : e.aliases()) {
                String f = NameKeys.fold(alias);
                if (!f.isEmpty()) folded.add(f);
            }
            PersonParts mine = PersonParts.of(e);
            keys.addAll(NameKeys.blockingKeys(mine.surname() == null ? e.name() : mine.surname()));
            keys.addAll(kindKeys(e.type().name(), e.aliases()));
        }
        // In the order the names were written, as candidates were always considered (ties go to the first).
        eachRow("SELECT folded, entity_id FROM alias WHERE folded IN (%s) ORDER BY rowid", folded,
                rs -> owner(article.aliasOwners(), rs.getString(1), rs.getLong(2)));
        eachRow("SELECT key, entity_id FROM name_key WHERE key IN (%s) ORDER BY entity_id", keys,
                rs -> owner(article.keyOwners(), rs.getString(1), rs.getLong(2)));
        // Every candidate's row and aliases too; names and given names change only after linking (refresh).
        Set<Long> candidates = new LinkedHashSet<>();
        article.aliasOwners().values().forEach(candidates::addAll);
        article.keyOwners().values().forEach(candidates::addAll);
        eachRow("SELECT id, type, name, given FROM entity WHERE id IN (%s)", candidates,
                rs -> article.entityRows().put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}));
        eachRow("SELECT entity_id, alias FROM alias WHERE entity_id IN (%s)", candidates,
                rs -> article.knownAliases().add(rs.getLong(1) + "\u0000" + rs.getString(2)));
    }

    private static void owner(Map<String, List<Long>> owners, String key, long id) {
        List<Long> ids = owners.computeIfAbsent(key, x -> new ArrayList<>());
        if (!ids.contains(id)) ids.add(id);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query whose {@code IN (%s)} takes every value, row by row. Not a cached statement: the number of
     * values differs from article to article.
     */
    private void eachRow(String sql, Collection<?> values, Row row) throws SQLException {
        if (values.isEmpty()) return;
        try (PreparedStatement p = db.prepareStatement(sql.formatted(placeholders(values.size())))) {
            int i = 1;
            for (Object v : values) p.setObject(i++, v);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) row.accept(rs);
            }
        }
    }

    private static String placeholders(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    /** How many of the article's other entities have been mentioned with entity {@code id} before: one query. */
    private int sharedContext(long id, Set<Long> context) {
        if (context.isEmpty()) return 0;
        List<Object> args = new ArrayList<>(List.of(id));
        args.addAll(context);
        return read("SELECT count(*) FROM cooccur WHERE entity_id = ? AND other_id IN (" + placeholders(context.size()) + ")",
                rs -> rs.next() ? rs.getInt(1) : 0, args.toArray());
    }

    private boolean decided(String kind, List<String> aliases, long entityId) throws SQLException {
        boolean any = article != null ? article.decisionKinds().contains(kind)
                : exists("SELECT 1 FROM decision WHERE kind = ? LIMIT 1", kind);
        if (!any) return false;
        for (String a : aliases) {
            String folded = NameKeys.fold(a);
            boolean hit = exists("""
                    SELECT 1 FROM decision d JOIN alias x ON x.entity_id = ?
                    WHERE d.kind = ? AND ((d.alias_a = ? AND d.alias_b = x.folded) OR (d.alias_b = ? AND d.alias_a = x.folded))""",
                    entityId, kind, folded, folded);
            if (hit) return true;
        }
        return false;
    }

    private long create(Entity e) throws SQLException {
        PersonParts p = PersonParts.of(e);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO entity(type, subtype, name, given) VALUES (?,?,?,?)",
                new String[] {"id"})) {
            s.setString(1, e.type().name());
            s.setString(2, e.subtype());
            s.setString(3, e.name());
            s.setString(4, p.given());
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                long id = k.getLong(1);
                article.entityRows().put(id, new String[] {e.type().name(), e.name(), p.given()});
                return id;
            }
        }
    }

    /** An entity's type, name and given name: from the rows read for the article being linked, else the store. */
    private String[] row(long id) {
        String[] cached = article == null ? null : article.entityRows().get(id);
        if (cached != null) return cached;
        String[] row = read("SELECT type, name, given FROM entity WHERE id = ?",
                rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null, id);
        if (row != null && article != null) article.entityRows().put(id, row);
        return row;
    }

    private void insertLocal(Record r, Entity e, long id) throws SQLException {
        later("INSERT INTO local_entity(article_id, local_id, entity_id, name, published) VALUES (?,?,?,?,?)",
                r.article().id(), e.id(), id, e.name(),
                r.article().published() == null ? null : r.article().published().toString());
    }

    private void addAliases(long id, Entity e) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : e.mentions()) if (m.kind() == Mention.Kind.NAME) counts.merge(m.text(), 1, Integer::sum);
        int total = 0;
        for (Map.Entry<String, Integer> a : counts.entrySet()) {
            total += a.getValue();
            String folded = NameKeys.fold(a.getKey());
            boolean added;
            if (deferAliases()) {
                // Counted up for the whole article and written once, before refresh reads them back.
                added = !article.knownAliases().contains(id + "\u0000" + a.getKey());
                article.aliasCounts().merge(new AliasRow(id, a.getKey(), folded), a.getValue(), Integer::sum);
            } else {
                added = update("UPDATE alias SET count = count + ? WHERE entity_id = ? AND alias = ?",
                        a.getValue(), id, a.getKey()) == 0;
                if (added) update("INSERT INTO alias(entity_id, alias, folded, count) VALUES (?,?,?,?)", id, a.getKey(), folded, a.getValue());
            }
            if (added) {
                article.knownAliases().add(id + "\u0000" + a.getKey());
                // A later entity of this article may carry the same name: it must find this one.
                owner(article.aliasOwners(), folded, id);
                changed.add(id);
            }
        }
        later("UPDATE entity SET mentions = mentions + ? WHERE id = ?", total, id);
    }

    private record AliasRow(long entity, String alias, String folded) {}

    /**
     * Alias counts wait for the end of the article unless the store holds user decisions, which are checked
     * against the aliases as written so far.
     */
    private boolean deferAliases() {
        return article != null && article.decisionKinds().isEmpty();
    }

    private void writeAliasCounts() throws SQLException {
        for (Map.Entry<AliasRow, Integer> a : article.aliasCounts().entrySet()) {
            later("""
                    INSERT INTO alias(entity_id, alias, folded, count) VALUES (?,?,?,?)
                    ON CONFLICT(entity_id, alias) DO UPDATE SET count = alias.count + excluded.count""",
                    a.getKey().entity(), a.getKey().alias(), a.getKey().folded(), a.getValue());
        }
        article.aliasCounts().clear();
    }

    /** Recomputes an entity's name (its fullest alias), given name, mention count and blocking keys. */
    void refresh(long id) throws SQLException {
        List<String[]> aliases = read("SELECT alias, count FROM alias WHERE entity_id = ? ORDER BY rowid", rs -> {
            List<String[]> out = new ArrayList<>();
            while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
            return out;
        }, id);
        if (aliases.isEmpty()) {
            update("DELETE FROM entity WHERE id = ?", id);
            update("DELETE FROM name_key WHERE entity_id = ?", id);
            return;
        }
        String type = read("SELECT type FROM entity WHERE id = ?", rs -> rs.next() ? rs.getString(1) : "MISC", id);
        // The fullest form, and among equally full ones the most used.
        String name = aliases.get(0)[0];
        int nameCount = Integer.parseInt(aliases.get(0)[1]), total = 0;
        for (String[] a : aliases) {
            int count = Integer.parseInt(a[1]);
            total += count;
            int words = a[0].split("\\s+").length, best = name.split("\\s+").length;
            if (words > best || words == best && count > nameCount) {
                name = a[0];
                nameCount = count;
            }
        }
        PersonParts p = PersonParts.of(name, EntityType.valueOf(type));
        update("UPDATE entity SET name = ?, given = ?, mentions = ? WHERE id = ?", name, p.given(), total, id);
        update("DELETE FROM name_key WHERE entity_id = ?", id);
        Set<String> keys = new LinkedHashSet<>();
        for (String[] a : aliases) {
            String k = PersonParts.of(a[0], EntityType.valueOf(type)).surname();
            keys.addAll(NameKeys.blockingKeys(k == null ? a[0] : k));
        }
        keys.addAll(kindKeys(type, aliases.stream().map(a -> a[0]).toList()));
        for (String k : keys) update("INSERT INTO name_key(entity_id, key) VALUES (?,?) ON CONFLICT DO NOTHING", id, k);
    }

    private void cooccur(Set<Long> ids) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("""
                INSERT INTO cooccur(entity_id, other_id, count) VALUES (?,?,1)
                ON CONFLICT(entity_id, other_id) DO UPDATE SET count = cooccur.count + 1""")) {
            for (long a : ids) {
                for (long b : ids) {
                    if (a == b) continue;
                    p.setLong(1, a);
                    p.setLong(2, b);
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private void log(long id, String alias, String article, String evidence, double score) throws SQLException {
        later("INSERT INTO merge_log(entity_id, alias, article_id, evidence, score, at) VALUES (?,?,?,?,?,?)",
                id, alias, article, evidence, score, Instant.now().toString());
    }

    private static final String COMPANY_KEY = "company:", PRODUCT_KEY = "product:";

    /**
     * Blocking keys a kind of entity has beyond its spelling: an organisation's names without their company words
     * ({@link NameKeys#organisationCore}: "Velmont", "Velmont Motor Company" and "Velmont Motors Co." share one), a
     * product's designation ("Nordair A90", "the A90 Skyliner", "A90s"), in one article or across articles.
     */
    private static Set<String> kindKeys(String type, java.util.Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (type.equals("ORGANIZATION")) {
                String core = NameKeys.organisationCore(n);
                if (!core.isEmpty()) out.add(COMPANY_KEY + core);
            } else if (type.equals("PRODUCT")) {
                NameKeys.Designation d = NameKeys.productDesignation(n);
                if (d != null) out.add(PRODUCT_KEY + d.key());
            }
        }
        return out;
    }

    /** Whether a product's designation is a stored entity's, without two different makers named. */
    private boolean sameProduct(NameKeys.Designation mine, long id) {
        String[] row = row(id);
        NameKeys.Designation theirs = row == null ? null : NameKeys.productDesignation(row[1]);
        return mine != null && theirs != null && mine.sameProduct(theirs);
    }

    /**
     * Entity ids for a name typed by a user: its exact aliases first, then the company it names ("Velmont Motor Co")
     * or the product of its designation ("Nordair A90s"), then an organisation known by its initials, else spelling
     * variants of its surname.
     */
    List<Long> lookup(String name) {
        try {
            List<Long> exact = ids("""
                    SELECT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.folded = ?
                    GROUP BY a.entity_id ORDER BY max(e.mentions) DESC""", NameKeys.fold(name));
            if (!exact.isEmpty()) return exact;
            List<Long> company = ids("""
                    SELECT k.entity_id FROM name_key k JOIN entity e ON e.id = k.entity_id WHERE k.key = ?
                    ORDER BY e.mentions DESC""", COMPANY_KEY + NameKeys.organisationCore(name));
            if (!company.isEmpty()) return company;
            NameKeys.Designation designation = NameKeys.productDesignation(name);
            if (designation != null) {
                List<Long> products = ids("""
                        SELECT k.entity_id FROM name_key k JOIN entity e ON e.id = k.entity_id WHERE k.key = ?
                        ORDER BY e.mentions DESC""", PRODUCT_KEY + designation.key());
                // A designation says which product, even when none of that maker is stored.
                products.removeIf(id -> !sameProduct(designation, id));
                return products;
            }
            // "Nordic Dock Workers Union" finds the union the articles call "NDWU".
            String initials = NameKeys.fold(NameKeys.initials(List.of(name.trim().split("\\s+"))));
            if (initials.length() >= 2) {
                List<Long> acronym = ids("""
                        SELECT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.folded = ?
                        AND e.type = 'ORGANIZATION' GROUP BY a.entity_id ORDER BY max(e.mentions) DESC""", initials);
                if (!acronym.isEmpty()) return acronym;
            }
            String[] words = name.trim().split("\\s+");
            String surname = words[words.length - 1];
            Map<Long, Double> scored = new HashMap<>();
            for (String k : NameKeys.blockingKeys(surname)) {
                for (long id : ids("SELECT entity_id FROM name_key WHERE key = ?", k)) {
                    for (String alias : strings("SELECT alias FROM alias WHERE entity_id = ?", id)) {
                        String[] aw = alias.split("\\s+");
                        double v = NameKeys.variantScore(surname, aw[aw.length - 1]);
                        if (words.length > 1 && aw.length > 1 && !NameKeys.givenNamesCompatible(words[0], aw[0])) v = 0;
                        if (v > 0) scored.merge(id, v, Math::max);
                    }
                }
            }
            List<Long> out = new ArrayList<>(scored.keySet());
            out.sort((a, b) -> Double.compare(scored.get(b), scored.get(a)));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }


    void merge(long kept, long absorbed) throws SQLException {
        if (kept == absorbed) return;
        for (String a : strings("SELECT folded FROM alias WHERE entity_id = ?", kept)) {
            for (String b : strings("SELECT folded FROM alias WHERE entity_id = ?", absorbed)) {
                update("INSERT INTO decision(kind, alias_a, alias_b, at) VALUES ('same', ?, ?, ?)", a, b, Instant.now().toString());
            }
        }
        update("UPDATE local_entity SET entity_id = ? WHERE entity_id = ?", kept, absorbed);
        rebuildAliases(kept);
        rebuildAliases(absorbed);
        log(kept, "(all of entity " + absorbed + ")", null, "merged by a user", 1.0);
        flush();
    }

    long split(long entityId, String alias) throws SQLException {
        String folded = NameKeys.fold(alias);
        List<String[]> locals = read("""
                SELECT DISTINCT l.article_id, l.local_id FROM local_entity l JOIN mention m
                ON m.article_id = l.article_id AND m.local_id = l.local_id WHERE l.entity_id = ?""", rs -> {
            List<String[]> out = new ArrayList<>();
            while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
            return out;
        }, entityId);
        List<String[]> moving = new ArrayList<>();
        for (String[] l : locals) {
            List<String> texts = strings("SELECT text FROM mention WHERE article_id = ? AND local_id = ? AND kind = 'NAME'", l[0], l[1]);
            if (texts.stream().anyMatch(t -> NameKeys.fold(t).equals(folded))) moving.add(l);
        }
        if (moving.isEmpty() || moving.size() == locals.size()) {
            throw new IllegalArgumentException("no part of entity " + entityId + " can be split off by \"" + alias + "\"");
        }
        String type = read("SELECT type FROM entity WHERE id = ?", rs -> rs.next() ? rs.getString(1) : "MISC", entityId);
        long created;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO entity(type, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, type);
            s.setString(2, alias);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                created = k.getLong(1);
            }
        }
        for (String[] l : moving) update("UPDATE local_entity SET entity_id = ? WHERE article_id = ? AND local_id = ?", created, l[0], l[1]);
        rebuildAliases(entityId);
        rebuildAliases(created);
        for (String b : strings("SELECT folded FROM alias WHERE entity_id = ?", entityId)) {
            if (!b.equals(folded)) {
                update("INSERT INTO decision(kind, alias_a, alias_b, at) VALUES ('different', ?, ?, ?)", folded, b, Instant.now().toString());
            }
        }
        log(created, alias, null, "split from entity " + entityId + " by a user", 1.0);
        flush();
        return created;
    }

    private void rebuildAliases(long id) throws SQLException {
        update("DELETE FROM alias WHERE entity_id = ?", id);
        update("""
                INSERT INTO alias(entity_id, alias, folded, count)
                SELECT ?, m.text, '', count(*) FROM mention m JOIN local_entity l
                ON l.article_id = m.article_id AND l.local_id = m.local_id
                WHERE l.entity_id = ? AND m.kind = 'NAME' GROUP BY m.text""", id, id);
        for (String a : strings("SELECT alias FROM alias WHERE entity_id = ?", id)) {
            update("UPDATE alias SET folded = ? WHERE entity_id = ? AND alias = ?", NameKeys.fold(a), id, a);
        }
        refresh(id);
    }

    // ---- helpers

    private List<Long> ids(String sql, Object... args) throws SQLException {
        return read(sql, rs -> {
            List<Long> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getLong(1));
            return out;
        }, args);
    }

    private List<String> strings(String sql, Object... args) {
        return read(sql, rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }, args);
    }

    private boolean exists(String sql, Object... args) {
        return read(sql, ResultSet::next, args);
    }

    /**
     * Statements prepared once per linker: the writer runs the same few hundred statements for every article, and
     * a reused statement is planned once by the server (PostgreSQL) or compiled once (SQLite).
     */
    private PreparedStatement prepared(String sql, Object... args) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = db.prepareStatement(sql);
            statements.put(sql, p);
        }
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
        return p;
    }

    private int update(String sql, Object... args) throws SQLException {
        return prepared(sql, args).executeUpdate();
    }

    /**
     * Writes that nothing reads before the article's linking ends (its local entities, mention counts, the merge
     * log) wait in batches: one round trip each instead of one per entity, which a database server makes costly.
     */
    private void later(String sql, Object... args) throws SQLException {
        PreparedStatement p = prepared(sql, args);
        p.addBatch();
        pending.add(p);
    }

    private void flush() throws SQLException {
        for (PreparedStatement p : pending) p.executeBatch();
        pending.clear();
    }

    private void discardPending() throws SQLException {
        for (PreparedStatement p : pending) p.clearBatch();
        pending.clear();
    }

    private <T> T read(String sql, SqlStore.Rows<T> rows, Object... args) {
        try (ResultSet rs = prepared(sql, args).executeQuery()) {
            return rows.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Given name and surname of a person's name (null for other entities' given name). */
    record PersonParts(String given, String surname) {
        static PersonParts of(Entity e) {
            return of(e.name(), e.type());
        }

        static PersonParts of(String name, EntityType type) {
            if (type != EntityType.PERSON) return new PersonParts(null, null);
            String[] w = name.trim().split("\\s+");
            if (w.length == 1) return new PersonParts(null, w[0]);
            return new PersonParts(w[0], w[w.length - 1]);
        }

        static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
    }
}
