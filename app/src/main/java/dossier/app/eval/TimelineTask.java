package dossier.app.eval;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads SemEval-2015 Task 4 (TimeLine), track A: per corpus, the target entities, the raw documents (TimeML with
 * one {@code <s>} per sentence of space-separated tokens, and the creation time) and the gold timeline of each
 * target. An event is named as the task names it, {@code DOCID-SENTENCE-TOKEN}.
 */
public final class TimelineTask {
    /** One line of a timeline: its position (0: not ordered), its date (ISO with X for unknown parts), its events. */
    public record Line(int position, String date, List<String> events) {}

    /** A document as text for the analysis, with the sentence and token at each character. */
    public record Document(String id, LocalDate dct, String text, List<Token> tokens) {
        /** The task's name of the event whose word starts at or covers {@code offset}, or null. */
        public String eventAt(int offset) {
            return eventAt(offset, offset + 1);
        }

        /**
         * The task's name of the event spanning {@code start} to {@code end}: its words joined by "_", as the task
         * names "rolled out" ({@code rolled_out}), or null when no word is there.
         */
        public String eventAt(int start, int end) {
            List<String> words = new ArrayList<>();
            int sentence = -1;
            for (Token t : tokens) {
                if (t.end() <= start || t.start() >= end) continue;
                if (words.isEmpty()) sentence = t.sentence();
                words.add(t.text());
            }
            return words.isEmpty() ? null : id + "-" + sentence + "-" + String.join("_", words);
        }
    }

    public record Token(int sentence, String text, int start, int end) {}

    public record Corpus(String name, List<String> targets, List<Document> documents, Map<String, List<Line>> gold) {}

    private TimelineTask() {}

    /** Every {@code corpus_*} folder under {@code dir} (or {@code dir} itself when it is one). */
    public static List<Corpus> read(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> Files.isDirectory(p.resolve("corpus_trackA_TimeML"))).sorted().toList();
        }
        if (Files.isDirectory(dir.resolve("corpus_trackA_TimeML"))) folders = List.of(dir);
        if (folders.isEmpty()) throw new IllegalArgumentException(dir + ": no corpus_*/corpus_trackA_TimeML folder");
        List<Corpus> out = new ArrayList<>();
        for (Path f : folders) out.add(corpus(f));
        return out;
    }

    private static Corpus corpus(Path dir) throws IOException {
        Path targetsFile;
        try (Stream<Path> list = Files.list(dir)) {
            targetsFile = list.filter(p -> p.getFileName().toString().startsWith("list_target_entities")).findFirst()
                    .orElseThrow(() -> new IOException(dir + ": no list_target_entities file"));
        }
        List<String> targets = Files.readAllLines(targetsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir.resolve("corpus_trackA_TimeML"))) {
            for (Path p : list.sorted().toList()) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    docs.add(document(r));
                } catch (XMLStreamException e) {
                    throw new IOException(p + ": not well-formed TimeML: " + e.getMessage(), e);
                }
            }
        }
        Map<String, List<Line>> gold = new LinkedHashMap<>();
        Path goldDir = dir.resolve("TimeLines_Gold_Standard");
        if (Files.isDirectory(goldDir)) {
            try (Stream<Path> list = Files.list(goldDir)) {
                for (Path p : list.sorted().toList()) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    if (lines.isEmpty()) continue;
                    gold.put(lines.get(0).strip(), timeline(lines.subList(1, lines.size())));
                }
            }
        }
        return new Corpus(dir.getFileName().toString(), targets, docs, gold);
    }

    /** Timeline lines: {@code POSITION<TAB>DATE<TAB>EVENT[<TAB>EVENT...]}. */
    static List<Line> timeline(List<String> lines) {
        List<Line> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.strip().split("\t");
            if (f.length < 3) continue;
            out.add(new Line(Integer.parseInt(f[0].strip()), f[1].strip(), List.of(f).subList(2, f.length)));
        }
        return out;
    }

    /** A creation time: ISO, or day-month-year as one document of the task writes it ("03-02-2009"); else null. */
    static LocalDate date(String value) {
        if (value == null) return null;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return LocalDate.parse(value.substring(0, 10));
            if (value.matches("\\d{2}-\\d{2}-\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value.substring(6)), Integer.parseInt(value.substring(3, 5)),
                        Integer.parseInt(value.substring(0, 2)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Closing words that take no space before them, and opening ones none after, as the tokenizer split them. */
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "?", "!", ")", "]", "'s", "'",
            "''", "n't", "%", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "``", "$");

    /**
     * A document's sentences as readable text: tokens joined as they were written ("world's", "(EADS)", quotes as
     * quote marks), the first sentence (the title) and the rest as paragraphs; each token keeps its offsets.
     */
    static Document document(Reader in) throws XMLStreamException {
        XMLStreamReader x = Xml.reader(in);
        String id = null;
        LocalDate dct = null;
        TreeMap<Integer, String> sentences = new TreeMap<>();
        String element = null;
        int sentence = -1;
        StringBuilder chars = new StringBuilder();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                element = x.getLocalName();
                chars.setLength(0);
                if (element.equals("s")) sentence = Integer.parseInt(x.getAttributeValue(null, "id"));
                if (element.equals("TIMEX3") && "CREATION_TIME".equals(x.getAttributeValue(null, "functionInDocument"))) {
                    dct = date(x.getAttributeValue(null, "value"));
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                chars.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("DOCID")) id = chars.toString().strip();
                if (tag.equals("s")) sentences.put(sentence, chars.toString());
                chars.setLength(0);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (Map.Entry<Integer, String> s : sentences.entrySet()) {
            // The title, the date line and the body as three paragraphs.
            if (text.length() > 0) text.append(s.getKey() <= 2 ? "\n\n" : " ");
            boolean space = false;
            for (String word : s.getValue().strip().split("\\s+")) {
                if (word.isEmpty()) continue;
                String shown = word.equals("``") || word.equals("''") ? "\"" : word;
                if (space && !NO_SPACE_BEFORE.contains(word)) text.append(' ');
                int start = text.length();
                text.append(shown);
                tokens.add(new Token(s.getKey(), word, start, text.length()));
                space = !NO_SPACE_AFTER.contains(word);
            }
        }
        return new Document(id, dct, text.toString(), tokens);
    }
}
