package dossier.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reader made of one web page, feed item or archived response: the main text as blocks (paragraphs and
 * headings, in order) and the metadata a newsroom needs. {@code summaryOnly} when a feed gave only a summary.
 */
public record Page(String source, String url, String title, List<String> authors, LocalDate published,
                   String language, String siteName, List<Block> blocks, boolean summaryOnly) {
    public Page {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
    }

    /** A block of main text: a heading or a paragraph. */
    public record Block(String text, boolean heading) {}

    /** The main text: blocks separated by blank lines, so paragraph offsets survive into the article. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (b.length() > 0) b.append("\n\n");
            b.append(block.text());
        }
        return b.toString();
    }
}
