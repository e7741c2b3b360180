package dossier.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A record as schema.org in JSON-LD: the article a {@code NewsArticle} (its text as {@code articleBody}), its
 * entities {@code Person}, {@code Organization}, {@code Place} or {@code Thing} (aliases as {@code alternateName},
 * titles as {@code jobTitle}), its quotes {@code Quotation}s by their speakers ({@code creator}), its events
 * {@code Event}s with {@code actor}s (each in a schema.org {@code Role} naming how it takes part), {@code location}
 * and {@code startDate}. What schema.org has no word for (the character offsets into {@code articleBody}, the cue,
 * the quote type, an event's type and modality, the TIMEX3 value) is in dossier's
 * own vocabulary, {@code urn:dossier:term:}, declared in the context, so that no JSON-LD processor drops it.
 */
public final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {}

    /** The context every dossier JSON-LD document uses: schema.org as the vocabulary, plus dossier's terms. */
    public static ObjectNode context() {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("@vocab", "https://schema.org/");
        c.put("dossier", "urn:dossier:term:");
        for (String term : new String[] {"start", "end", "cue", "quoteType", "modality", "eventType", "timex"}) {
            c.put(term, "dossier:" + term);
        }
        return c;
    }

    public static String articleIri(String articleId) {
        return "urn:dossier:article:" + articleId;
    }

    /**
     * The record's graph nodes: the article, its entities, quotes and events.
     *
     * @param storeIri the IRI of an entity of this record by its local id ("E1"), or null: a store gives its
     *                 entities' ids, so that one person is one node across articles; without one an entity is
     *                 named within its article
     */
    public static ArrayNode graph(Record r, Function<String, String> storeIri) {
        ArrayNode out = MAPPER.createArrayNode();
        String article = articleIri(r.article().id());
        Function<String, String> entityIri = local -> {
            String iri = storeIri.apply(local);
            return iri != null ? iri : article + "#" + local;
        };
        ObjectNode a = out.addObject();
        a.put("@id", article);
        a.put("@type", "NewsArticle");
        if (r.article().title() != null) a.put("headline", r.article().title());
        if (r.article().published() != null) a.put("datePublished", r.article().published().toString());
        String source = r.article().source();
        if (source != null && source.matches("https?://.*")) a.put("url", source);
        a.put("articleBody", r.article().text());
        ArrayNode mentions = a.putArray("mentions");
        for (Entity e : r.entities()) {
            mentions.addObject().put("@id", entityIri.apply(e.id()));
            ObjectNode n = out.addObject();
            n.put("@id", entityIri.apply(e.id()));
            n.put("@type", switch (e.type()) {
                case PERSON -> "Person";
                case ORGANIZATION -> "Organization";
                case LOCATION -> "Place";
                case MISC -> "Thing";
                case PRODUCT -> "Product";
            });
            n.put("name", e.name());
            Set<String> other = new LinkedHashSet<>(e.aliases());
            other.remove(e.name());
            if (!other.isEmpty()) other.forEach(n.putArray("alternateName")::add);
            if (e.type() == dossier.model.EntityType.PERSON && !e.roles().isEmpty()) {
                Set<String> titles = new LinkedHashSet<>();
                for (Role role : e.roles()) titles.add(role.title());
                titles.forEach(n.putArray("jobTitle")::add);
            }
        }
        for (Quote q : r.quotes()) {
            ObjectNode n = out.addObject();
            n.put("@id", article + "#" + q.id());
            n.put("@type", "Quotation");
            n.put("text", q.text());
            List<String> creators = q.speakers();
            if (creators.size() == 1) n.putObject("creator").put("@id", entityIri.apply(creators.get(0)));
            if (creators.size() > 1) creators.forEach(x -> n.withArray("creator").addObject().put("@id", entityIri.apply(x)));
            n.putObject("isPartOf").put("@id", article);
            n.put("quoteType", q.type().json());
            if (q.cue() != null) n.put("cue", q.cue().text());
            n.put("start", q.span().start());
            n.put("end", q.span().end());
        }
        for (Event e : r.events()) {
            ObjectNode n = out.addObject();
            n.put("@id", article + "#" + e.id());
            n.put("@type", "Event");
            n.put("name", e.trigger().text());
            n.put("eventType", e.type().name());
            n.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
            if (e.time() != null) {
                n.put("timex", e.time());
                String date = isoDate(e.time());
                if (date != null) n.put("startDate", date);
            }
            if (e.place() != null) n.putObject("location").put("@id", entityIri.apply(e.place()));
            ArrayNode actors = e.participants().isEmpty() ? null : n.putArray("actor");
            for (Event.Participant p : e.participants()) {
                ObjectNode role = actors.addObject();
                role.put("@type", "Role");
                role.put("roleName", p.role());
                role.putObject("actor").put("@id", entityIri.apply(p.entity()));
            }
            n.putObject("subjectOf").put("@id", article);
            n.put("start", e.trigger().start());
            n.put("end", e.trigger().end());
        }
        return out;
    }

    /** A TIMEX3 value that is an ISO 8601 date schema.org takes (2018, 2018-12, 2018-12-03, 2022-W29), or null. */
    static String isoDate(String timex) {
        return timex.matches("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?") ? timex : null;
    }
}
