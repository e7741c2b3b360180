package dossier.ingest;

import dossier.ArticleIds;
import dossier.model.Article;
import dossier.model.Paragraph;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.List;

/** A page as an article to analyse: the headline first, then the main text's blocks, one paragraph each. */
public final class Pages {
    private Pages() {}

    public static Article toArticle(Page page) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        if (page.title() != null && !page.title().isBlank()) {
            text.append(page.title().strip());
            paragraphs.add(new Paragraph(new Span(0, text.length()), Paragraph.Kind.HEADLINE));
        }
        for (Page.Block b : page.blocks()) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(b.text());
            paragraphs.add(new Paragraph(new Span(start, text.length()),
                    b.heading() ? Paragraph.Kind.SUBHEADLINE : Paragraph.Kind.BODY));
        }
        String t = text.toString();
        String source = page.url() != null ? page.url() : page.source();
        return new Article(ArticleIds.of(t), source, page.title(), page.published(), t, paragraphs, List.of());
    }

    /** The page's language: the declared one, else a guess from its text. */
    public static String language(Page page) {
        if (page.language() != null && page.language().matches("[a-z]{2,3}")) return page.language();
        return Languages.guess(page.text());
    }
}
