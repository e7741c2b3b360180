package dossier.app.web;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article page's highlighting, as Lucene tests its filters: random hostile text and random overlapping marks.
 * Whatever the marks, the page must show exactly the article's characters, escaped, with tags that nest, and every
 * mark that is shown must wrap exactly its own span.
 */
class MarkupTest {
    private static final AtomicLong SEEDS = new AtomicLong(20261130);
    private static final Pattern TAG = Pattern.compile("<(/?)m(?: i=\"(\\d+)\")?>|<br><br>");

    @Test
    void escapesWhatTheArticleSays() {
        String out = Pages.markup("a <script>alert('x')</script> & \"b\"", List.of());
        assertFalse(out.contains("<script>"));
        assertEquals("a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;b&quot;", out);
    }

    @Test
    void aQuoteWrapsTheNameInside() {
        String text = "He said \"Ann Lee is here\" today.";
        int name = text.indexOf("Ann"), quote = text.indexOf('"');
        List<Pages.Mark> marks = List.of(mark(1, name, name + 3, 1), mark(0, quote, text.lastIndexOf('"') + 1, 0));
        assertEquals("He said <m i=\"0\">&quot;<m i=\"1\">Ann</m> Lee is here&quot;</m> today.", Pages.markup(text, marks));
    }

    @RepeatedTest(200)
    void randomMarksNestAndKeepEveryCharacter() {
        Random random = new Random(SEEDS.getAndIncrement());
        String text = randomText(random);
        List<Pages.Mark> marks = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(text.length() + 3) - 1, b = a + random.nextInt(12) - 2;  // some out of range or empty
            marks.add(mark(i, a, b, random.nextInt(2)));
        }
        String out = Pages.markup(text, marks);

        StringBuilder shown = new StringBuilder();
        Deque<Integer> open = new ArrayDeque<>();
        Deque<Integer> openedAt = new ArrayDeque<>();
        Matcher m = TAG.matcher(out);
        int at = 0;
        while (m.find()) {
            shown.append(unescape(out.substring(at, m.start())));
            at = m.end();
            if (m.group().equals("<br><br>")) {
                shown.append("\n\n");
            } else if (m.group(1).isEmpty()) {
                open.push(Integer.parseInt(m.group(2)));
                openedAt.push(shown.length());
            } else {
                assertFalse(open.isEmpty(), "a close without an open: " + out);
                Pages.Mark closed = marks.get(open.pop());
                int from = openedAt.pop();
                assertEquals(closed.start(), from, "mark starts at its offset");
                assertEquals(closed.end(), shown.length(), "mark ends at its offset");
            }
        }
        shown.append(unescape(out.substring(at)));
        assertTrue(open.isEmpty(), "every mark is closed: " + out);
        assertEquals(text, shown.toString());
        assertFalse(out.replaceAll("<(/?)m( i=\"\\d+\")?>|<br>", "").matches("(?s).*[<>\"'].*"),
                "nothing unescaped besides dossier's own tags");
    }

    private static Pages.Mark mark(int i, int start, int end, int layer) {
        return new Pages.Mark(start, end, layer, "<m i=\"" + i + "\">", "</m>");
    }

    private static String unescape(String s) {
        return StringEscapeUtils.unescapeHtml4(s.replace("&#39;", "'"));
    }

    private static String randomText(Random random) {
        String alphabet = "ab <>&\"'\n;é“”#/";
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(60);
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
