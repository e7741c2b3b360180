package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** The questions users ask of the store, each in text or JSON; every item names its article and span. */
final class StoreCommands {
    private StoreCommands() {}

    enum Format { text, json }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Resolves a user's name to one entity, or explains why it cannot. */
    static Store.EntitySummary resolve(Store s, String name, PrintWriter err) {
        if (name.matches("#\\d+")) {
            Store.EntityProfile p = s.entity(Long.parseLong(name.substring(1)));
            if (p != null) return p.entity();
        }
        List<Store.EntitySummary> found = s.findEntities(name);
        if (found.isEmpty()) {
            err.println("dossier: no entity is called \"" + name + "\" or anything spelled like it");
            return null;
        }
        return found.get(0);
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--format", defaultValue = "text", description = "text or json.")
        Format format;

        PrintWriter out() { return spec.commandLine().getOut(); }

        PrintWriter err() { return spec.commandLine().getErr(); }

        void json(Object o) throws Exception {
            out().println(JSON.writeValueAsString(o));
        }
    }

    @Command(name = "entity", mixinStandardHelpOptions = true,
            description = "Everything about an entity: aliases, roles, quotes by and about it, events, articles.")
    static final class Entity extends Base {
        @Parameters(paramLabel = "NAME", description = "Any alias or spelling variant, or #ID.")
        String name;

        @Option(names = "--why", description = "Explain which mentions were merged into the entity, and why.")
        boolean why;

        @Override
        public Integer call() throws Exception {
            try (Store s = store.open()) {
                Store.EntitySummary e = resolve(s, name, err());
                if (e == null) return 1;
                Store.EntityProfile p = s.entity(e.id());
                List<Store.MergeRecord> merges = why ? s.why(e.id()) : List.of();
                if (format == Format.json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("entity", p);
                    if (why) o.put("why", merges);
                    json(o);
                    return 0;
                }
                PrintWriter o = out();
                o.printf("%s  [#%d, %s, %d mentions]%n", e.name(), e.id(), e.type().toLowerCase(Locale.ROOT), e.mentions());
                o.print("  aliases:");
                e.aliases().forEach(a -> o.print(" " + a.text() + " (" + a.count() + ")"));
                o.println();
                if (!p.roles().isEmpty()) o.println("ROLES");
                p.roles().forEach(r -> o.printf("  %s  %s  [%s %d-%d]%n", day(r.published()), r.title(), r.articleId(), r.start(), r.end()));
                if (!p.quotesBy().isEmpty()) o.println("QUOTES BY");
                p.quotesBy().forEach(q -> o.printf("  %s  “%s”  [%s %d-%d]%n", day(q.published()), shorten(q.text()), q.articleId(), q.start(), q.end()));
                if (!p.quotesAbout().isEmpty()) o.println("QUOTES ABOUT");
                p.quotesAbout().forEach(q -> o.printf("  %s  %s: “%s”  [%s %d-%d]%n", day(q.published()), q.speakerName() == null ? "?" : q.speakerName(), shorten(q.text()), q.articleId(), q.start(), q.end()));
                if (!p.events().isEmpty()) o.println("EVENTS");
                p.events().forEach(v -> o.printf("  %-11s %-10s %s (%s)%s  [%s %d-%d]%n", v.time() != null ? v.time()
                                : v.reported() && v.published() != null ? "~" + v.published() : "?",
                        v.type(), v.trigger(), v.role(), v.modality().equals("asserted") ? "" : " " + v.modality(),
                        v.articleId(), v.start(), v.end()));
                o.println("ARTICLES");
                p.articles().forEach(a -> o.printf("  %s  %s  [%s]%n", day(a.published()), a.title(), a.id()));
                if (why) {
                    o.println("WHY THESE ARE ONE ENTITY");
                    if (merges.isEmpty()) o.println("  every mention was resolved within one article");
                    merges.forEach(m -> o.printf("  \"%s\" in %s: %s (score %.2f)%n", m.alias(), m.articleId(), m.evidence(), m.score()));
                }
                o.flush();
            }
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes by or about someone, in a period, with some words.")
    static final class Quotes extends Base {
        @Option(names = "--by", description = "Speaker (any alias).")
        String by;

        @Option(names = "--about", description = "An entity the quote names.")
        String about;

        @Option(names = "--since", description = "Published on or after YYYY-MM-DD.")
        LocalDate since;

        @Option(names = "--until", description = "Published on or before YYYY-MM-DD.")
        LocalDate until;

        @Option(names = "--limit", defaultValue = "100")
        int limit;

        @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Words the quote contains.")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            try (Store s = store.open()) {
                Long byId = null, aboutId = null;
                if (by != null) {
                    Store.EntitySummary e = resolve(s, by, err());
                    if (e == null) return 1;
                    byId = e.id();
                }
                if (about != null) {
                    Store.EntitySummary e = resolve(s, about, err());
                    if (e == null) return 1;
                    aboutId = e.id();
                }
                String text = words == null ? null : String.join(" ", words);
                List<Store.StoredQuote> qs = s.quotes(new Store.QuoteQuery(byId, aboutId, since, until, text, limit));
                if (format == Format.json) {
                    json(qs);
                    return 0;
                }
                for (Store.StoredQuote q : qs) {
                    out().printf("%s  %s: “%s”%s  [%s %d-%d]%n", day(q.published()), q.speakerName() == null ? "?" : q.speakerName(),
                            shorten(q.text()), q.type().equals("indirect") ? " (reported)" : "", q.articleId(), q.start(), q.end());
                }
                out().flush();
            }
            return 0;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "An entity's events and statements across articles in date order; conflicting dates flagged.")
    static final class Timeline extends Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (Store s = store.open()) {
                Store.EntitySummary e = resolve(s, name, err());
                if (e == null) return 1;
                List<Store.TimelineItem> items = s.timeline(e.id());
                if (format == Format.json) {
                    json(Map.of("entity", e, "timeline", items));
                    return 0;
                }
                out().println(e.name());
                if (items.stream().anyMatch(Store.TimelineItem::reported)) {
                    out().println("  (~: the date of the article reporting it; its text gives none)");
                }
                for (Store.TimelineItem i : items) {
                    out().printf("  %-11s %-9s %-10s %s%s  [%s %d-%d]%n", (i.reported() ? "~" : "") + i.date(), i.kind(),
                            i.type(), shorten(i.text()),
                            i.conflicting() ? "  (CONFLICT: other articles date this differently)" : "", i.articleId(),
                            i.start(), i.end());
                }
                out().flush();
            }
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search over articles and quotes.")
    static final class Search extends Base {
        @Parameters(arity = "1..*", paramLabel = "TEXT")
        List<String> words;

        @Option(names = "--limit", defaultValue = "20")
        int limit;

        @Override
        public Integer call() throws Exception {
            try (Store s = store.open()) {
                List<Store.SearchHit> hits = s.search(String.join(" ", words), limit);
                if (format == Format.json) {
                    json(hits);
                    return 0;
                }
                for (Store.SearchHit h : hits) {
                    out().printf("%-7s %s  %s  [%s]%n    %s%n", h.kind(), day(h.published()), h.title(), h.articleId(),
                            h.snippet().replaceAll("\\s+", " "));
                }
                out().flush();
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the store: every record as JSONL, the quotes as CSV, or everything as schema.org JSON-LD.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--format", defaultValue = "jsonl",
                description = "jsonl (every record), csv (the quotes) or jsonld (schema.org: articles, people, organisations,"
                        + " places, quotations and events, one document).")
        String format;

        @Override
        public Integer call() throws Exception {
            try (Store s = store.open()) {
                Store.ExportFormat f = switch (format.toLowerCase(Locale.ROOT)) {
                    case "jsonl" -> Store.ExportFormat.JSONL;
                    case "csv" -> Store.ExportFormat.CSV;
                    case "jsonld", "json-ld" -> Store.ExportFormat.JSONLD;
                    default -> throw new IllegalArgumentException("--format must be jsonl, csv or jsonld");
                };
                s.export(spec.commandLine().getOut(), f);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Declare two entities one (kept for later articles too).")
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                Store.EntitySummary x = resolve(s, a, spec.commandLine().getErr());
                Store.EntitySummary y = resolve(s, b, spec.commandLine().getErr());
                if (x == null || y == null) return 1;
                s.merge(x.id(), y.id());
                spec.commandLine().getOut().printf("merged #%d %s into #%d %s%n", y.id(), y.name(), x.id(), x.name());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Take the mentions written ALIAS out of an entity into one of their own (kept for later articles).")
    static final class Split implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;

        @Option(names = "--alias", required = true)
        String alias;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                Store.EntitySummary x = resolve(s, entity, spec.commandLine().getErr());
                if (x == null) return 1;
                long created = s.split(x.id(), alias);
                spec.commandLine().getOut().printf("split \"%s\" out of #%d %s as #%d%n", alias, x.id(), x.name(), created);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** An article's date as text output shows it: "?" for an article that gave none. */
    static String day(java.time.LocalDate published) {
        return published == null ? "?" : published.toString();
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 110 ? one : one.substring(0, 109) + "…";
    }
}
