package dossier.app.eval;

import dossier.model.Span;

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
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads inline TimeML (TimeBank, AQUAINT, TempEval-3): the document creation time, the plain text of {@code TEXT}
 * with every tag removed, and each TIMEX3 as a span of that text with its type and value.
 */
public final class TimeMl {
    public record Timex(Span span, String type, String value) {}

    public record Document(String name, String text, LocalDate dct, List<Timex> timexes) {}

    private TimeMl() {}

    /** Every {@code .tml} file under {@code dir}, in path order, each file name once. */
    public static List<Document> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException(dir + ": no .tml files");
        List<Document> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path f : files) {
            // A corpus may carry a document twice (TBAQ's testpipeline/ repeats one TimeBank file): count it once.
            if (!seen.add(f.getFileName().toString())) continue;
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                out.add(parse(f.getFileName().toString(), r));
            } catch (XMLStreamException e) {
                throw new IOException(f + ": not well-formed TimeML: " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Document parse(String name, Reader in) throws XMLStreamException {
        XMLStreamReader x = Xml.reader(in);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        LocalDate dct = null;
        boolean inText = false, inDct = false;
        int timexStart = -1;
        String type = null, value = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("TEXT")) inText = true;
                else if (tag.equals("DCT")) inDct = true;
                else if (tag.equals("TIMEX3")) {
                    if (inDct || "CREATION_TIME".equals(x.getAttributeValue(null, "functionInDocument"))) {
                        String v = x.getAttributeValue(null, "value");
                        if (dct == null && v != null && v.length() >= 10) dct = LocalDate.parse(v.substring(0, 10));
                    } else if (inText) {
                        timexStart = text.length();
                        type = x.getAttributeValue(null, "type");
                        value = x.getAttributeValue(null, "value");
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("TEXT")) inText = false;
                else if (tag.equals("DCT")) inDct = false;
                else if (tag.equals("TIMEX3") && timexStart >= 0) {
                    timexes.add(new Timex(new Span(timexStart, text.length()), type, value));
                    timexStart = -1;
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) && inText) {
                text.append(x.getText());
            }
        }
        return new Document(name, text.toString(), dct, timexes);
    }
}
