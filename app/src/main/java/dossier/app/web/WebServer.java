package dossier.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dossier.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dossier serve}: the store in a browser and over HTTP. Read-only: it only ever calls the store's
 * questions. Every route validates its parameters and answers a bad one with 400 and a JSON error, never a trace.
 */
public final class WebServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final int MAX_PAGE_SIZE = 200;

    private final Javalin app;

    /** A bad parameter: the message goes to the client as is. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(Store store, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new io.javalin.json.JavalinJackson(JSON, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/dossier/web";
                s.location = Location.CLASSPATH;
            });
        });
        app.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            // The operator sees what went wrong; the client sees no trace.
            System.err.println("dossier serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            ctx.status(500).json(Map.of("error", "internal error"));
        });
        app.error(404, WebServer::notFound);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        });

        app.get("/", ctx -> ctx.html(Pages.search(store, ctx.queryParam("q"))));
        app.get("/entity/{id}", ctx -> html(ctx, Pages.entity(store, id(ctx))));
        app.get("/story/{id}", ctx -> html(ctx, Pages.story(store, id(ctx))));
        app.get("/article/{id}", ctx -> html(ctx, Pages.article(store, articleId(ctx))));

        app.get("/api/entities", ctx -> {
            String q = required(ctx, "q");
            ctx.json(page(ctx, store.findEntities(q)));
        });
        app.get("/api/entities/{id}", ctx -> found(ctx, store.entity(id(ctx))));
        app.get("/api/entities/{id}/timeline", ctx -> {
            long id = id(ctx);
            if (store.entityName(id) == null) throw new NotFound();
            ctx.json(page(ctx, store.timeline(id)));
        });
        app.get("/api/quotes", ctx -> {
            Long by = optionalLong(ctx, "by"), about = optionalLong(ctx, "about");
            LocalDate since = date(ctx, "since"), until = date(ctx, "until");
            int size = size(ctx), page = pageNumber(ctx);
            List<Store.StoredQuote> all = store.quotes(new Store.QuoteQuery(by, about, since, until, ctx.queryParam("q"), rowsThrough(page, size)));
            ctx.json(slice(all, page, size));
        });
        app.get("/api/articles/{id}", ctx -> {
            String json = store.recordJson(articleId(ctx));
            if (json == null) throw new NotFound();
            ctx.contentType("application/json").result(json);
        });
        app.get("/api/search", ctx -> {
            String q = required(ctx, "q");
            int size = size(ctx), page = pageNumber(ctx);
            ctx.json(slice(store.search(q, rowsThrough(page, size)), page, size));
        });
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.JSON));
        app.exception(NotFound.class, (e, ctx) -> notFound(ctx.status(404)));
        app.start(host, port);
        return new WebServer(app);
    }

    public int port() { return app.port(); }

    @Override
    public void close() {
        app.stop();
    }

    static final class NotFound extends RuntimeException {}

    /** An unknown route or id: JSON under /api/, a page elsewhere. */
    private static void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/")) ctx.json(Map.of("error", "not found"));
        else ctx.html(Html.page("Not found", "<h1>Not found</h1>"));
    }

    private static void html(Context ctx, String page) {
        if (page == null) throw new NotFound();
        ctx.html(page);
    }

    private static void found(Context ctx, Object o) {
        if (o == null) throw new NotFound();
        ctx.json(o);
    }

    static long id(Context ctx) {
        String s = ctx.pathParam("id");
        if (!s.matches("\\d{1,18}")) throw new BadRequest("entity id must be a number: " + s);
        return Long.parseLong(s);
    }

    static String articleId(Context ctx) {
        String s = ctx.pathParam("id");
        if (!s.matches("[0-9a-f]{16}")) throw new BadRequest("article id must be 16 hexadecimal digits");
        return s;
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new BadRequest("parameter " + name + " is required");
        if (v.length() > 500) throw new BadRequest("parameter " + name + " is longer than 500 characters");
        return v;
    }

    static Long optionalLong(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (!v.matches("\\d{1,18}")) throw new BadRequest("parameter " + name + " must be an entity id (a number)");
        return Long.parseLong(v);
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw new BadRequest("parameter " + name + " must be a date YYYY-MM-DD");
        }
    }

    static int size(Context ctx) {
        String v = ctx.queryParam("size");
        if (v == null) return 50;
        if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_PAGE_SIZE) {
            throw new BadRequest("size must be 1 to " + MAX_PAGE_SIZE);
        }
        return Integer.parseInt(v);
    }

    static int pageNumber(Context ctx) {
        String v = ctx.queryParam("page");
        if (v == null) return 0;
        if (!v.matches("\\d{1,5}")) throw new BadRequest("page must be a number from 0");
        return Integer.parseInt(v);
    }

    /** Rows a store query must return to fill {@code page} and tell whether another follows. */
    static int rowsThrough(int page, int size) {
        return (page + 1) * size + 1;
    }

    static Map<String, Object> page(Context ctx, List<?> all) {
        return slice(all, pageNumber(ctx), size(ctx));
    }

    static Map<String, Object> slice(List<?> all, int page, int size) {
        int from = Math.min(all.size(), page * size), to = Math.min(all.size(), from + size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", page);
        out.put("size", size);
        out.put("items", all.subList(from, to));
        out.put("hasMore", all.size() > to);
        return out;
    }
}
