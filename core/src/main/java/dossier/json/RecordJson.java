package dossier.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Problem;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TextSpan;
import dossier.model.TimeExpression;

import java.io.UncheckedIOException;
import java.util.Locale;

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
            if (e.gender() != null && e.gender() != dossier.model.Gender.UNKNOWN) {
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
