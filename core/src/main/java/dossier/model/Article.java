package dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from its source. {@code text} is kept exactly as read (for plain text: the file's
 * characters unchanged); paragraphs and boilerplate are spans into it, never cut out of it.
 */
public record Article(String id, String source, String title, LocalDate published, String text,
                      List<Paragraph> paragraphs, List<Span> boilerplate) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, source, title, date, text, paragraphs, boilerplate);
    }

    public boolean isBoilerplate(Span span) {
        for (Span b : boilerplate) if (b.overlaps(span)) return true;
        return false;
    }
}
