package dossier.quotes;

import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Paragraph;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript printed in an article ("CHEN: Governor, the budget is late again."): a paragraph that
 * opens with a name in capitals and a colon holds that person's words, with no quotation marks of its own. Taken
 * only when the article has two turns or more, so that a lone "UPDATE:" is never a transcript. {@link Attributor}
 * attributes each turn; {@link QuoteStage} uses the turns to drop quotation marks paired across them.
 */
final class TranscriptTurns {
    /** A turn: the speaker's label and the words. */
    record Turn(Span label, Span content) {}

    private static final Pattern LABEL = Pattern.compile(
            "[\"“«]?(\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,2}):\\s+(?=\\S)");
    /** Labels that head a paragraph without naming a speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
            "CORRECTION", "CLARIFICATION", "WATCH", "READ", "READ MORE", "RELATED", "VIDEO", "PHOTOS", "PHOTO",
            "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "LIVE", "ALSO", "ALSO READ", "SOURCE", "SOURCES", "CLAIM",
            "VERDICT", "FACT CHECK", "WARNING", "Q", "A", "PS", "P.S.", "TL;DR", "SPOILER", "BACKGROUND", "LISTEN");

    private TranscriptTurns() {}

    static List<Turn> find(String text, List<Paragraph> paragraphs) {
        List<Turn> turns = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.kind() != Paragraph.Kind.BODY) continue;
            Matcher m = LABEL.matcher(text).region(p.span().start(), p.span().end());
            if (!m.lookingAt() || NOT_SPEAKERS.contains(m.group(1))) continue;
            int end = p.span().end();
            while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) end--;
            turns.add(new Turn(new Span(m.start(1), m.end(1)), new Span(m.end(), end)));
        }
        return turns.size() >= 2 ? turns : List.of();
    }

    /** The person the label names: by full name, an alias, or the family name ("BAKER" for Tom Baker). */
    static Entity speaker(String label, List<Entity> entities) {
        String wanted = label.toLowerCase(Locale.ROOT);
        String[] words = wanted.split(" ");
        String family = words[words.length - 1];
        Entity byFamily = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            if (e.name().toLowerCase(Locale.ROOT).equals(wanted)) return e;
            for (String alias : e.aliases()) if (alias.toLowerCase(Locale.ROOT).equals(wanted)) return e;
            String[] name = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (byFamily == null && name[name.length - 1].equals(family)) byFamily = e;
        }
        return byFamily;
    }
}
