package dossier.store;

import dossier.ArticleIds;
import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Event;
import dossier.model.EventType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Paragraph;
import dossier.model.Quote;
import dossier.model.QuoteType;
import dossier.model.Record;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Builds records by hand for store tests, so that they test the store and not the analysis. */
final class Records {
    private final String text;
    private final LocalDate published;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Records(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    static Records article(String text, String published) {
        return new Records(text, published == null ? null : LocalDate.parse(published));
    }

    private Span find(String s) {
        int i = text.indexOf(s);
        if (i < 0) throw new IllegalArgumentException(s + " not in " + text);
        return new Span(i, i + s.length());
    }

    /** An entity named by every given surface form where it first occurs. */
    Records entity(String id, EntityType type, String... names) {
        return entityOfSubtype(id, type, null, names);
    }

    /** An entity of a subtype ("NATIONALITY", "CITY"). */
    Records entityOfSubtype(String id, EntityType type, String subtype, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String n : names) mentions.add(new Mention(find(n), n, type, Mention.Kind.NAME));
        String name = names[0];
        for (String n : names) if (n.split(" ").length > name.split(" ").length) name = n;
        entities.add(new Entity(id, type, subtype, name, Gender.UNKNOWN, new ArrayList<>(new LinkedHashSet<>(List.of(names))),
                mentions, List.of()));
        return this;
    }

    Records role(String entityId, String title) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.id().equals(entityId)) {
                Span s = find(title);
                entities.set(i, e.withRoles(List.of(new Role(title, null, s, title)), List.of()));
            }
        }
        return this;
    }

    Records quote(String speaker, String words) {
        return jointQuote(speaker, List.of(), words);
    }

    /** A quote whose source names others with the speaker ("X and Y said"). */
    Records jointQuote(String speaker, List<String> coSpeakers, String words) {
        Span s = find(words);
        quotes.add(new Quote("Q" + (quotes.size() + 1), s, words, QuoteType.DIRECT, speaker, coSpeakers, null, null));
        return this;
    }

    Records event(EventType type, String trigger, String time, String entity, String role) {
        return event(type, trigger, time, entity, role, Map.of());
    }

    /** An event with its attributes: {@code Map.of("tense", "PAST")} for a verb the text reports as done. */
    Records event(EventType type, String trigger, String time, String entity, String role, Map<String, String> attributes) {
        Span t = find(trigger);
        events.add(new Event("V" + (events.size() + 1), type, TextSpan.of(text, t), Event.Modality.ASSERTED, time, null,
                null, List.of(new Event.Participant(role, entity, TextSpan.of(text, t))), attributes, new Span(0, text.length())));
        return this;
    }

    Record build() {
        Article a = new Article(ArticleIds.of(text), "test", text.split("\n")[0], published, text,
                List.of(new Paragraph(new Span(0, text.length()), Paragraph.Kind.BODY)), List.of());
        return new Record(a, entities, quotes, List.of(), events, List.of());
    }
}
