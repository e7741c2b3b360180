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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads token-based stand-off XML (NewsReader MEANTIME, and the CAT format of ECB+): tokens become a text with one
 * sentence per line, and every markable a list of character spans. Gold events are MEANTIME's EVENT_MENTION and
 * ECB+'s ACTION_* and NEG_ACTION_*; each keeps the time its TLINKs anchor it to and its participants' spans.
 */
public final class StandoffCorpus {
    /** A gold event mention: its span, the value of the time it is anchored to (or null), its participants. */
    public record GoldEvent(Span span, String anchor, List<Span> participants) {}

    /**
     * A document; {@code annotated} are the lines (sentences) in which annotators marked anything: MEANTIME marks
     * only the title and the first five sentences, ECB+ only sentences about its topic, so only these are scored.
     */
    /** A gold entity mention and the entity it refers to (a corpus-wide instance id where the corpus has one). */
    public record GoldMention(Span span, String entity) {}

    public record Document(String name, String corpus, String text, LocalDate dct, List<GoldEvent> events,
                           List<Span> annotated, List<GoldMention> mentions) {
        public boolean isAnnotated(Span s) {
            return annotated.stream().anyMatch(a -> a.contains(s));
        }
    }

    private static final Set<String> ANCHORING = Set.of("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "BEGINS",
            "ENDS", "BEGUN_BY", "ENDED_BY", "DURING");

    private StandoffCorpus() {}

    /** Every .xml document under {@code dir}, each file name once (MEANTIME ships every document twice). */
    public static List<Document> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<Document> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            if (!seen.add(f.getFileName().toString())) continue;
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                Document d = parse(f.getFileName().toString(), r);
                if (d != null) out.add(d);
            } catch (XMLStreamException e) {
                throw new IOException(f + ": not well-formed XML: " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException(dir + ": no MEANTIME or ECB+ documents");
        return out;
    }

    private record Markable(String tag, String id, List<String> tokens, Map<String, String> attributes) {}

    private record Link(String tag, String type, String source, String target, List<String> sources) {
        Link(String tag, String type, String source, String target) {
            this(tag, type, source, target, new ArrayList<>());
        }
    }

    static Document parse(String name, Reader in) throws XMLStreamException {
        XMLStreamReader x = Xml.reader(in);
        StringBuilder text = new StringBuilder();
        Map<String, Span> tokenSpans = new HashMap<>();
        List<Markable> markables = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        String tokenId = null;
        int sentence = -1;
        Markable open = null;
        Link link = null;
        boolean inMarkables = false, inRelations = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = x.getLocalName();
                switch (tag) {
                    case "token" -> {
                        tokenId = x.getAttributeValue(null, "t_id");
                        int s = Integer.parseInt(x.getAttributeValue(null, "sentence"));
                        if (text.length() > 0) text.append(s != sentence ? "\n" : " ");
                        sentence = s;
                    }
                    case "Markables" -> inMarkables = true;
                    case "Relations" -> inRelations = true;
                    case "token_anchor" -> {
                        if (open != null) open.tokens().add(x.getAttributeValue(null, "t_id"));
                    }
                    case "source" -> {
                        if (link != null) {
                            link.sources().add(x.getAttributeValue(null, "m_id"));
                            link = new Link(link.tag(), link.type(), x.getAttributeValue(null, "m_id"), link.target(), link.sources());
                        }
                    }
                    case "target" -> {
                        if (link != null) {
                            link = new Link(link.tag(), link.type(), link.source(), x.getAttributeValue(null, "m_id"), link.sources());
                        }
                    }
                    default -> {
                        if (inMarkables) {
                            Map<String, String> attributes = new HashMap<>();
                            for (int i = 0; i < x.getAttributeCount(); i++) {
                                attributes.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                            }
                            open = new Markable(tag, x.getAttributeValue(null, "m_id"), new ArrayList<>(), attributes);
                        } else if (inRelations) {
                            link = new Link(tag, x.getAttributeValue(null, "reltype"), null, null);
                        }
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS && tokenId != null) {
                String t = x.getText().strip();
                if (!t.isEmpty()) {
                    tokenSpans.put(tokenId, new Span(text.length(), text.length() + t.length()));
                    text.append(t);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("token")) tokenId = null;
                else if (tag.equals("Markables")) inMarkables = false;
                else if (tag.equals("Relations")) inRelations = false;
                else if (open != null && tag.equals(open.tag())) {
                    markables.add(open);
                    open = null;
                } else if (link != null && tag.equals(link.tag())) {
                    links.add(link);
                    link = null;
                }
            }
        }
        return build(name, text.toString(), tokenSpans, markables, links);
    }

    private static Document build(String name, String text, Map<String, Span> tokenSpans, List<Markable> markables,
                                  List<Link> links) {
        Map<String, Markable> byId = new HashMap<>();
        for (Markable m : markables) if (m.id() != null) byId.put(m.id(), m);
        boolean meantime = markables.stream().anyMatch(m -> m.tag().equals("EVENT_MENTION"));
        LocalDate dct = null;
        for (Markable m : markables) {
            if (m.tag().equals("TIMEX3") && "CREATION_TIME".equals(m.attributes().get("functionInDocument"))) {
                String v = m.attributes().get("value");
                if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")) dct = LocalDate.parse(v.substring(0, 10));
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (Markable m : markables) {
            boolean event = meantime ? m.tag().equals("EVENT_MENTION")
                    : m.tag().startsWith("ACTION_") || m.tag().startsWith("NEG_ACTION_");
            if (!event || m.tokens().isEmpty()) continue;
            Span span = span(m, tokenSpans);
            if (span == null) continue;
            String anchor = null;
            List<Span> participants = new ArrayList<>();
            for (Link l : links) {
                String other = m.id().equals(l.source()) ? l.target() : m.id().equals(l.target()) ? l.source() : null;
                if (other == null || !byId.containsKey(other)) continue;
                Markable o = byId.get(other);
                if (l.tag().equals("TLINK") && o.tag().equals("TIMEX3") && ANCHORING.contains(l.type())) {
                    boolean creation = "CREATION_TIME".equals(o.attributes().get("functionInDocument"));
                    if (anchor == null || !creation) anchor = o.attributes().get("value");
                }
                if (l.tag().equals("HAS_PARTICIPANT") && m.id().equals(l.source())) {
                    Span p = span(o, tokenSpans);
                    if (p != null) participants.add(p);
                }
            }
            events.add(new GoldEvent(span, anchor, participants));
        }
        // The sentences (lines) holding any marked token.
        Set<Integer> lineStarts = new java.util.TreeSet<>();
        for (Markable m : markables) {
            Span s = span(m, tokenSpans);
            if (s != null) lineStarts.add(text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1);
        }
        List<Span> annotated = new ArrayList<>();
        for (int start : lineStarts) {
            int end = text.indexOf('\n', start);
            annotated.add(new Span(start, end < 0 ? text.length() : end));
        }
        List<GoldMention> mentions = new ArrayList<>();
        Map<String, String> refersTo = new HashMap<>();
        for (Link l : links) {
            if (!l.tag().equals("REFERS_TO") || l.target() == null) continue;
            Markable entity = byId.get(l.target());
            if (entity == null) continue;
            String instance = entity.attributes().get("instance_id");
            String cluster = instance != null && !instance.isEmpty() ? instance : name + "#" + entity.id();
            for (String source : l.sources()) refersTo.put(source, cluster);
        }
        for (Markable m : markables) {
            if (!m.tag().equals("ENTITY_MENTION")) continue;
            Span s = span(m, tokenSpans);
            if (s != null) mentions.add(new GoldMention(s, refersTo.getOrDefault(m.id(), name + "#" + m.id())));
        }
        return new Document(name, meantime ? "meantime" : "ecbplus", text, dct, events, annotated, mentions);
    }

    /** A markable's span from its first to its last token (discontinuous anchors are rare and short). */
    private static Span span(Markable m, Map<String, Span> tokenSpans) {
        int start = Integer.MAX_VALUE, end = -1;
        for (String t : m.tokens()) {
            Span s = tokenSpans.get(t);
            if (s == null) continue;
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return end < 0 ? null : new Span(start, end);
    }
}
