package dossier;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Shared by the model-loading tests: one {@link Dossier} per test JVM, and look-ups into records. */
final class Analyses {
    static final Dossier DOSSIER = Dossier.standard();

    private Analyses() {}

    static Record analyze(String text, String published) {
        return DOSSIER.analyze(Dossier.readText("test", text, published == null ? null : LocalDate.parse(published)));
    }

    /** The entity that has {@code alias} among its surface forms. */
    static Entity entity(Record r, String alias) {
        Entity found = r.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst().orElse(null);
        assertNotNull(found, () -> "no entity with alias " + alias + " in " + r.entities().stream().map(Entity::aliases).toList());
        return found;
    }

    /** The quote whose text starts with {@code prefix}. */
    static Quote quote(Record r, String prefix) {
        Quote q = r.quotes().stream().filter(x -> x.text().startsWith(prefix)).findFirst().orElse(null);
        assertNotNull(q, () -> "no quote starting " + prefix + " in " + r.quotes().stream().map(Quote::text).toList());
        return q;
    }

    /** The words that name the source of the quote starting with {@code prefix}, as the record gives them. */
    static String source(Record r, String prefix) {
        Quote q = quote(r, prefix);
        assertNotNull(q.speakerMention(), () -> "no source for " + q.text());
        return q.speakerMention().text();
    }

    /** Whether some quote's source is named by exactly {@code words}. */
    static boolean anySourceNamed(Record r, String words) {
        return r.quotes().stream().anyMatch(q -> q.speakerMention() != null && q.speakerMention().text().equals(words));
    }

    /** The first event whose trigger is {@code trigger}. */
    static Event event(Record r, String trigger) {
        Event e = r.events().stream().filter(x -> x.trigger().text().equals(trigger)).findFirst().orElse(null);
        assertNotNull(e, () -> "no event " + trigger + " in " + r.events().stream().map(x -> x.trigger().text()).toList());
        return e;
    }

    static String speakerName(Record r, Quote q) {
        Entity e = q.speaker() == null ? null : r.entity(q.speaker());
        return e == null ? null : e.name();
    }

    static TimeExpression time(Record r, String text) {
        TimeExpression t = r.times().stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertNotNull(t, () -> "no time " + text + " in " + r.times().stream().map(TimeExpression::text).toList());
        return t;
    }

    static List<String> names(Record r) {
        return r.entities().stream().map(Entity::name).toList();
    }
}
