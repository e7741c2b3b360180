package dossier.app;

import dossier.events.Timeline;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.EntityType;
import dossier.model.Problem;
import dossier.model.Quote;
import dossier.model.Record;
import dossier.model.Role;
import dossier.model.Span;
import dossier.model.TimeExpression;

import java.util.List;
import java.util.stream.Collectors;

/** The readable view of a record: people with their roles and quotes, other names, times, boilerplate. */
final class TextView {
    private TextView() {}

    static String render(Record r) {
        StringBuilder b = new StringBuilder();
        String title = r.article().title();
        b.append(title == null ? r.article().source() : title).append('\n');
        b.append("source: ").append(r.article().source());
        b.append("   published: ").append(r.article().published() == null ? "unknown" : r.article().published());
        b.append('\n');

        b.append("\nPEOPLE\n");
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            b.append("  ").append(e.name()).append("  [").append(e.id()).append(']');
            if (e.aliases().size() > 1) b.append("  also: ").append(String.join(", ", e.aliases().stream()
                    .filter(a -> !a.equals(e.name())).toList()));
            b.append('\n');
            for (Role role : e.roles()) {
                b.append("    role: ").append(role.title());
                if (role.organization() != null) b.append(" (").append(r.entity(role.organization()).name()).append(')');
                b.append('\n');
            }
            for (Quote q : r.quotes()) {
                if (!q.spokenBy(e.id())) continue;
                b.append("    ").append(quoteLine(q));
                // A joint statement ("Reis and Reyes said") is listed under each of them, with the others named.
                List<String> others = q.speakers().stream().filter(x -> !x.equals(e.id()))
                        .map(x -> r.entity(x).name()).toList();
                if (!others.isEmpty()) b.append("  (with ").append(String.join(", ", others)).append(')');
                b.append('\n');
            }
        }
        b.append("\nORGANIZATIONS, PLACES, PRODUCTS, OTHER NAMES\n");
        for (Entity e : r.entities()) {
            if (e.type() == EntityType.PERSON) continue;
            b.append("  ").append(e.name()).append("  ").append(e.type().name().toLowerCase())
                    .append(e.subtype() == null ? "" : "/" + e.subtype().toLowerCase())
                    .append(e.aliases().size() > 1 ? "  also: " + e.aliases().stream()
                            .filter(a -> !a.equals(e.name())).collect(Collectors.joining(", ")) : "")
                    .append("  (").append(e.mentions().size()).append("x)\n");
        }
        long unattributed = r.quotes().stream().filter(q -> q.speaker() == null).count();
        if (unattributed > 0) {
            b.append("\nQUOTES WITHOUT A KNOWN SPEAKER\n");
            for (Quote q : r.quotes()) {
                if (q.speaker() != null) continue;
                b.append("  ").append(quoteLine(q));
                if (q.speakerMention() != null) b.append("  (source: ").append(q.speakerMention().text()).append(')');
                b.append('\n');
            }
        }
        b.append("\nTIMES\n");
        for (TimeExpression t : r.times()) {
            b.append("  ").append(String.format("%-22s", oneLine(t.text()))).append(' ')
                    .append(t.value() == null ? "(unresolved)" : t.value());
            if (t.anchor() != null) b.append("  counted from ").append(t.anchor());
            b.append('\n');
        }
        b.append("\nTIMELINE\n").append(timeline(r).indent(2).stripTrailing().replace("\n  ", "\n  ")).append('\n');
        if (!r.article().boilerplate().isEmpty()) {
            b.append("\nBOILERPLATE (flagged, kept in the text)\n");
            for (Span s : r.article().boilerplate()) {
                b.append("  ").append(s.start()).append('-').append(s.end()).append("  ")
                        .append(abbreviate(oneLine(s.of(r.article().text())), 70)).append('\n');
            }
        }
        if (!r.problems().isEmpty()) {
            b.append("\nNOTES\n");
            for (Problem p : r.problems()) b.append("  ").append(p.stage()).append(": ").append(p.message()).append('\n');
        }
        return b.toString();
    }

    /** TimeML's word-level attributes of an event: the JSON has them for programs, a reader wants the facts. */
    private static final java.util.Set<String> GRAMMAR = java.util.Set.of("pos", "class", "tense", "aspect",
            "clauseTense");

    /** The dated events in calendar order, each with its people, place and what it rests on. */
    static String timeline(Record r) {
        StringBuilder b = new StringBuilder();
        for (Event e : Timeline.of(r)) {
            b.append(String.format("%-13s %-10s %s", e.time(), e.type(), e.trigger().text()));
            for (Event.Participant p : e.participants()) {
                b.append("  ").append(p.role()).append('=').append(r.entity(p.entity()).name());
            }
            if (e.place() != null) b.append("  in ").append(r.entity(e.place()).name());
            e.attributes().forEach((k, v) -> {
                if (!GRAMMAR.contains(k)) b.append("  ").append(k).append('=').append(v);
            });
            if (e.modality() != Event.Modality.ASSERTED) b.append("  (").append(e.modality().name().toLowerCase()).append(')');
            b.append('\n');
        }
        return b.toString();
    }

    private static String quoteLine(Quote q) {
        // A cue that is only punctuation (the colon of a headline's "Name: words") says nothing to a reader.
        String cue = q.cue() == null || !q.cue().text().matches(".*\\p{L}.*") ? "" : "  — " + q.cue().text();
        return "“" + abbreviate(oneLine(q.text()), 90) + "”" + cue + (q.type().json().equals("direct") ? "" : "  (" + q.type().json() + ")");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
