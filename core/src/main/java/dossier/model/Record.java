package dossier.model;

import java.util.List;

/** Everything dossier found in one article. */
public record Record(Article article, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times,
                     List<Event> events, List<Problem> problems) {
    public Record {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    public Entity entity(String id) {
        for (Entity e : entities) if (e.id().equals(id)) return e;
        return null;
    }
}
