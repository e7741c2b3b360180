package dossier.entities;

import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resolution of hand-made name mentions, typed as a tagger might have typed them: no model needed. */
class EntityResolverTest {
    /** Mentions one after another, as "TYPE:Words of the name". */
    static List<Entity> resolve(String... names) {
        List<NameMention> mentions = new ArrayList<>();
        int at = 0;
        for (String n : names) {
            String[] typeAndName = n.split(":", 2);
            String text = typeAndName[1];
            mentions.add(new NameMention(new Span(at, at + text.length()), text, EntityType.valueOf(typeAndName[0]),
                    Arrays.asList(text.split(" ")), true));
            at += text.length() + 10;
        }
        return new EntityResolver(Lexicons.get()).resolve(mentions);
    }

    static String names(List<Entity> entities) {
        return entities.stream().map(e -> e.mentions().stream().map(m -> m.text()).toList().toString()).toList().toString();
    }

    @Test
    void aCompanysShortNameJoinsItEvenWhenTaggedAPerson() {
        assertEquals("[[Velmont Motors, Velmont]]", names(resolve("ORGANIZATION:Velmont Motors", "PERSON:Velmont")));
        assertEquals("[[Velmont Motors, Velmont]]", names(resolve("ORGANIZATION:Velmont Motors", "ORGANIZATION:Velmont")));
        assertEquals(2, resolve("PERSON:Lena Velmont", "ORGANIZATION:Velmont Motors", "PERSON:Velmont").size(),
                "someone with that surname keeps the word");
    }

    @Test
    void aShortNameTwoCompaniesShareJoinsNeither() {
        assertEquals(3, resolve("ORGANIZATION:Ardent Motors", "ORGANIZATION:Ardent Group", "ORGANIZATION:Ardent").size());
    }
}
