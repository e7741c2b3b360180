package dossier.entities;

import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resolution of hand-made name mentions, typed as a tagger might have typed them: no model needed. */
class EntityResolverTest {
    /**
     * Mentions one after another, as "TYPE:Words of the name", or "TYPE:Words@M" (or "@F") for a name with a word
     * marking its gender before it ("Mr. Reis").
     */
    static List<Entity> resolve(String... names) {
        List<NameMention> mentions = new ArrayList<>();
        Map<NameMention, Gender> marked = new HashMap<>();
        int at = 0;
        for (String n : names) {
            String[] typeAndName = n.split(":", 2);
            String[] textAndGender = typeAndName[1].split("@", 2);
            String text = textAndGender[0];
            NameMention m = new NameMention(new Span(at, at + text.length()), text,
                    EntityType.valueOf(typeAndName[0]), Arrays.asList(text.split(" ")), true);
            mentions.add(m);
            if (textAndGender.length == 2) marked.put(m, textAndGender[1].equals("F") ? Gender.FEMALE : Gender.MALE);
            at += text.length() + 10;
        }
        return new EntityResolver(Lexicons.get()).resolve(mentions, m -> marked.getOrDefault(m, Gender.UNKNOWN));
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

    @Test
    void aSurnameMarkedWithAGenderJoinsNoOneOfTheOther() {
        assertEquals("[[Ana Reis], [Reis, Reis]]", names(resolve("PERSON:Ana Reis", "PERSON:Reis@M", "PERSON:Reis")),
                "Mr. Reis is not Ana Reis; the bare surname after him is his");
        assertEquals("[[Reis, Reis], [Ana Reis]]", names(resolve("PERSON:Reis", "PERSON:Reis@M", "PERSON:Ana Reis")),
                "a surname named before either person goes to the next one named");
        assertEquals("[[Ana Reis, Reis]]", names(resolve("PERSON:Ana Reis", "PERSON:Reis@F")));
        assertEquals("[[Reis, Reis]]", names(resolve("PERSON:Reis@M", "PERSON:Reis")));
        Entity marked = resolve("PERSON:Reis@F").get(0);
        assertEquals(Gender.FEMALE, marked.gender(), "the mark gives the person a gender");
    }
}
