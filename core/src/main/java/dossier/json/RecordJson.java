package dossier.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Paragraph;
import dossier.model.Problem;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Record;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TextSpan;
import dossier.model.TimeExpression;
import dossier.model.TimeType;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The record as JSON, in the shape DESIGN.md gives. Offsets are UTF-16 offsets into {@code article.text}. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {}

    public static String write(Record r, boolean pretty) {
        try {
            ObjectNode root = toTree(r);
            return pretty ? MAPPER.writeValueAsString(root) : MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(Record r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode a = root.putObject("article");
        a.put("id", r.article().id());
        a.put("source", r.article().source());
        a.put("title", r.article().title());
        a.put("published", r.article().published() == null ? null : r.article().published().toString());
        a.put("text", r.article().text());
        ArrayNode paragraphs = a.putArray("paragraphs");
        r.article().paragraphs().forEach(p -> span(paragraphs.addObject(), p.span())
                .put("kind", p.kind().name().toLowerCase(Locale.ROOT)));
        ArrayNode boilerplate = a.putArray("boilerplate");
        r.article().boilerplate().forEach(s -> span(boilerplate.addObject(), s));

        ArrayNode entities = root.putArray("entities");
        for (Entity e : r.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("type", e.type().name());
            if (e.subtype() != null) n.put("subtype", e.subtype());
            n.put("name", e.name());
            if (e.gender() != null && e.gender() != Gender.UNKNOWN) {
                n.put("gender", e.gender().name().toLowerCase(Locale.ROOT));
            }
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                span(mentions.addObject(), m.span()).put("text", m.text())
                        .put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            }
            ArrayNode roles = n.putArray("roles");
            for (Role role : e.roles()) {
                ObjectNode rn = roles.addObject();
                rn.put("title", role.title());
                rn.put("organization", role.organization());
                rn.put("text", role.text());
                span(rn, role.span());
            }
        }

        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : r.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("id", q.id());
            n.put("text", q.text());
            span(n, q.span());
            n.put("type", q.type().json());
            n.put("speaker", q.speaker());
            if (!q.coSpeakers().isEmpty()) q.coSpeakers().forEach(n.putArray("coSpeakers")::add);
            textSpan(n, "speakerMention", q.speakerMention());
            textSpan(n, "cue", q.cue());
        }

        ArrayNode times = root.putArray("times");
        for (TimeExpression t : r.times()) {
            ObjectNode n = times.addObject();
            n.put("id", t.id());
            n.put("text", t.text());
            span(n, t.span());
            n.put("type", t.type().name());
            n.put("value", t.value());
            if (t.anchor() != null) n.put("anchor", t.anchor());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : r.events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("type", e.type().name());
            textSpan(n, "trigger", e.trigger());
            n.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
            n.put("time", e.time());
            if (e.timeId() != null) n.put("timeRef", e.timeId());
            n.put("place", e.place());
            ArrayNode participants = n.putArray("participants");
            for (Event.Participant p : e.participants()) {
                ObjectNode pn = participants.addObject().put("role", p.role()).put("entity", p.entity());
                textSpan(pn, "mention", p.mention());
            }
            ObjectNode attributes = n.putObject("attributes");
            e.attributes().forEach(attributes::put);
            span(n.putObject("sentence"), e.sentence());
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : r.problems()) problems.addObject().put("stage", p.stage()).put("message", p.message());
        return root;
    }

    /**
     * A record back from its JSON, as {@link #write} prints it (what {@code analyze --format json}, {@code export}
     * and the Spark job write), so records analysed elsewhere load without analysing again.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public static Record read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
        try {
            JsonNode a = required(root, "article");
            List<Paragraph> paragraphs = new ArrayList<>();
            for (JsonNode p : a.path("paragraphs")) {
                paragraphs.add(new Paragraph(span(p), Paragraph.Kind.valueOf(upper(p, "kind"))));
            }
            List<Span> boilerplate = new ArrayList<>();
            for (JsonNode b : a.path("boilerplate")) boilerplate.add(span(b));
            Article article = new Article(text(a, "id"), optional(a, "source"), optional(a, "title"),
                    a.path("published").isTextual() ? LocalDate.parse(a.get("published").asText()) : null,
                    text(a, "text"), paragraphs, boilerplate);

            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                EntityType type = EntityType.valueOf(upper(e, "type"));
                List<String> aliases = strings(e.path("aliases"));
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode m : e.path("mentions")) {
                    mentions.add(new Mention(span(m), text(m, "text"), type, Mention.Kind.valueOf(upper(m, "kind"))));
                }
                List<Role> roles = new ArrayList<>();
                for (JsonNode r : e.path("roles")) {
                    roles.add(new Role(optional(r, "title"), optional(r, "organization"), span(r), optional(r, "text")));
                }
                Gender gender = e.path("gender").isTextual() ? Gender.valueOf(upper(e, "gender")) : Gender.UNKNOWN;
                entities.add(new Entity(text(e, "id"), type, optional(e, "subtype"), text(e, "name"), gender,
                        aliases, mentions, roles));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new Quote(text(q, "id"), span(q), text(q, "text"), QuoteType.valueOf(upper(q, "type")),
                        optional(q, "speaker"), strings(q.path("coSpeakers")), textSpan(q.path("speakerMention")),
                        textSpan(q.path("cue"))));
            }
            List<TimeExpression> times = new ArrayList<>();
            for (JsonNode t : root.path("times")) {
                times.add(new TimeExpression(text(t, "id"), span(t), text(t, "text"), TimeType.valueOf(upper(t, "type")),
                        optional(t, "value"), optional(t, "anchor")));
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                List<Event.Participant> participants = new ArrayList<>();
                for (JsonNode p : e.path("participants")) {
                    participants.add(new Event.Participant(text(p, "role"), optional(p, "entity"), textSpan(p.path("mention"))));
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                e.path("attributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().asText()));
                events.add(new Event(text(e, "id"), EventType.valueOf(upper(e, "type")), textSpan(e.path("trigger")),
                        Event.Modality.valueOf(upper(e, "modality")), optional(e, "time"), optional(e, "timeRef"),
                        optional(e, "place"), participants, attributes, span(required(e, "sentence"))));
            }
            List<Problem> problems = new ArrayList<>();
            for (JsonNode p : root.path("problems")) problems.add(new Problem(text(p, "stage"), text(p, "message")));
            Record record = new Record(article, entities, quotes, times, events, problems);
            checkOffsets(record);
            return record;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a dossier record: " + e.getMessage(), e);
        }
    }

    /** Provenance is only as good as its offsets: every span must lie inside the article text. */
    private static void checkOffsets(Record r) {
        int length = r.article().text().length();
        List<Span> spans = new ArrayList<>(r.article().boilerplate());
        r.article().paragraphs().forEach(p -> spans.add(p.span()));
        for (Entity e : r.entities()) {
            e.mentions().forEach(m -> spans.add(m.span()));
            e.roles().forEach(x -> spans.add(x.span()));
        }
        for (Quote q : r.quotes()) {
            spans.add(q.span());
            if (q.speakerMention() != null) spans.add(new Span(q.speakerMention().start(), q.speakerMention().end()));
            if (q.cue() != null) spans.add(new Span(q.cue().start(), q.cue().end()));
        }
        r.times().forEach(t -> spans.add(t.span()));
        for (Event e : r.events()) {
            spans.add(e.sentence());
            if (e.trigger() != null) spans.add(new Span(e.trigger().start(), e.trigger().end()));
        }
        for (Span s : spans) {
            if (s.end() > length) {
                throw new IllegalArgumentException("offset " + s.end() + " is past the end of the text (" + length + " characters)");
            }
        }
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is not a string");
        return v.asText();
    }

    /** The texts of an array of strings; empty when the field is missing. */
    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String upper(JsonNode n, String field) {
        return text(n, field).toUpperCase(Locale.ROOT);
    }

    private static Span span(JsonNode n) {
        JsonNode start = required(n, "start"), end = required(n, "end");
        if (!start.canConvertToInt() || !end.canConvertToInt() || !start.isIntegralNumber() || !end.isIntegralNumber()) {
            throw new IllegalArgumentException("offsets must be integers");
        }
        return new Span(start.asInt(), end.asInt());
    }

    private static TextSpan textSpan(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        Span s = span(n);
        return new TextSpan(s.start(), s.end(), text(n, "text"));
    }

    private static ObjectNode span(ObjectNode n, Span s) {
        return n.put("start", s.start()).put("end", s.end());
    }

    private static void textSpan(ObjectNode n, String field, TextSpan t) {
        if (t == null) {
            n.putNull(field);
        } else {
            n.putObject(field).put("start", t.start()).put("end", t.end()).put("text", t.text());
        }
    }
}
