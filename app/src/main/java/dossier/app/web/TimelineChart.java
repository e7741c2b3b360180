package dossier.app.web;

import dossier.events.Timeline;
import dossier.store.Store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity's timeline as an inline SVG drawn on the server: events on the upper row, statements on the lower,
 * each a dot linked to its article with the text in its tooltip. No chart library and nothing from a CDN.
 */
final class TimelineChart {
    static final int WIDTH = 900, HEIGHT = 140, MARGIN = 64;

    private TimelineChart() {}

    static String svg(List<Store.TimelineItem> items) {
        List<Store.TimelineItem> dated = new ArrayList<>();
        for (Store.TimelineItem i : items) if (Timeline.start(i.date()) != null) dated.add(i);
        if (dated.isEmpty()) return "<p class=\"muted\">No dated events or statements.</p>";
        LocalDate first = Timeline.start(dated.get(0).date()), last = first;
        for (Store.TimelineItem i : dated) {
            LocalDate d = Timeline.start(i.date());
            if (d.isBefore(first)) first = d;
            if (d.isAfter(last)) last = d;
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" role=\"img\" aria-label=\"timeline\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\">");
        b.append("<line x1=\"").append(MARGIN).append("\" y1=\"70\" x2=\"").append(WIDTH - MARGIN).append("\" y2=\"70\" stroke=\"#999\"/>");
        b.append("<text x=\"").append(MARGIN).append("\" y=\"130\" class=\"axis\">").append(first).append("</text>");
        b.append("<text x=\"").append(WIDTH - MARGIN).append("\" y=\"130\" text-anchor=\"end\" class=\"axis\">").append(last).append("</text>");
        b.append("<text x=\"4\" y=\"44\" class=\"axis\">events</text><text x=\"4\" y=\"104\" class=\"axis\">said</text>");
        for (Store.TimelineItem i : dated) {
            long days = ChronoUnit.DAYS.between(first, Timeline.start(i.date()));
            double x = MARGIN + (WIDTH - 2.0 * MARGIN) * days / span;
            int y = i.kind().equals("event") ? 40 : 100;
            String colour = i.conflicting() ? "#dc2626" : i.kind().equals("event") ? "#2563eb" : "#16a34a";
            b.append("<a href=\"/article/").append(Html.esc(i.articleId())).append("\"><circle class=\"point\" cx=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", x)).append("\" cy=\"").append(y).append("\" r=\"6\" fill=\"")
                    .append(colour).append("\"><title>").append(Html.esc(i.date() + (i.reported() ? " (reported; no date in the text) " : " ") + i.type() + ": " + i.text()))
                    .append("</title></circle></a>");
        }
        return b.append("</svg>").toString();
    }
}
