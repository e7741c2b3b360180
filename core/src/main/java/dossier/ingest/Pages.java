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

    /**
     * The article to analyse from a page, the same wherever the page was read (command line or Spark).
     *
     * @param published the date for a page that states none, or null
     * @throws IllegalArgumentException for a page in a language other than English
     */
    public static Article englishArticle(Page page, java.time.LocalDate published) {
        String language = language(page);
        if (!language.equals("en") && !language.equals("und")) {
            throw new IllegalArgumentException("in " + language + ", and dossier analyses English");
        }
        Article a = toArticle(page);
        return a.published() == null && published != null ? a.withPublished(published) : a;
    }

    /** The page's language: the declared one, else a guess from its text. */
    public static String language(Page page) {
        if (page.language() != null && page.language().matches("[a-z]{2,3}")) return page.language();
        return Languages.guess(page.text());
    }
}
