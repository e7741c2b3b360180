package dossier.entities;

import dossier.model.EntityType;
import dossier.model.Span;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Products from a maker and a designation, on tokens tagged by hand the way the tagger tags them: by halves. */
class ProductNamesTest {
    @Test
    void aMakerAndADesignationAreOneProductAndTheDesignationAloneIsItLater() {
        Tagged t = tag("Volvo/NNP/ORGANIZATION showed/VBD the/DT Volvo/NNP/ORGANIZATION EX90/NN ./. "
                + "The/DT EX90/NN sold/VBD well/RB ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("Volvo EX90", "EX90", "Volvo"), texts(found, t.text), "the maker named alone stays");
        assertEquals(EntityType.PRODUCT, found.get(0).type());
        assertEquals(ProductNames.key("EX90"), ProductNames.key(ProductNames.designationOf(found.get(1).words())));
    }

    @Test
    void hyphenatedDesignationsAndModelNamesAfterThem() {
        Tagged t = tag("Saab/NNP/ORGANIZATION JAS/NNP -/HYPH 39/CD Gripen/NNP flew/VBD ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals("Saab JAS-39 Gripen", texts(found, t.text).get(0));
        assertEquals("JAS-39", ProductNames.designationOf(found.get(0).words()));
    }

    @Test
    void yearsShortNumbersAndNamesThatAreNoMakerAreNoProducts() {
        Tagged t = tag("Volvo/NNP/ORGANIZATION 2024/CD results/NNS beat/VBD Route/NNP 66/CD and/CC Section/NNP 230/CD ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("Volvo"), texts(found, t.text));
    }

    @Test
    void aDesignationAloneWhereItCanBeNothingElse() {
        Tagged t = tag("Ardent/NNP/ORGANIZATION unveiled/VBD its/PRP$ new/JJ 787/CD Skyliner/NNP and/CC its/PRP$ "
                + "A90/NN ,/, sold/VBD 100/CD aircraft/NN ,/, hired/VBD 700/CD Velmont/NNP/ORGANIZATION workers/NNS "
                + "and/CC cut/VBD its/PRP$ 300/CD routes/NNS ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("787 Skyliner", "A90", "Ardent", "Velmont"), texts(found, t.text),
                "a model name after the number, or letters and digits after 'its'; never a count");
    }

    @Test
    void anAirlineRunsTheAircraftItNamesButDoesNotMakeIt() {
        Tagged t = tag("Nordair/NNP/ORGANIZATION Airlines/NNP/ORGANIZATION flies/VBZ the/DT Ardent/NNP/ORGANIZATION "
                + "A90/NN ./. A/DT Nordair/NNP/ORGANIZATION Airlines/NNP/ORGANIZATION A90/NN landed/VBD ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("Ardent A90", "A90", "Nordair Airlines", "Nordair Airlines"), texts(found, t.text));
    }

    @Test
    void aDesignationOnceNamedAloneIsTheProductEverywhere() {
        Tagged t = tag("Ardent/NNP/ORGANIZATION showed/VBD its/PRP$ 909/CD Skyliner/NNP ./. "
                + "The/DT 909/CD Skyliner/NNP/MISC first/RB flew/VBD ./. A/DT new/JJ 909/CD flies/VBZ ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("909 Skyliner", "909 Skyliner", "909", "Ardent"), texts(found, t.text),
                "a tagged model name does not stop a designation named before");
    }

    @Test
    void anAmountIsNoProduct() {
        Tagged t = tag("Ardent/NNP/ORGANIZATION paid/VBD US/NNP/MISC $/$/MISC 750/CD million/CD ./.");
        List<NameMention> found = ProductNames.find(t.text, t.tokens, t.named());
        assertEquals(List.of("Ardent", "US $"), texts(found, t.text), "a currency is no maker");
    }

    @Test
    void aPluralIsTheSameDesignation() {
        assertEquals(ProductNames.key("A90"), ProductNames.key("A90s"));
        assertEquals(ProductNames.key("787"), ProductNames.key("787s"));
        assertEquals("A90S", ProductNames.key("A90S"), "a capital S is part of a designation");
    }

    private static List<String> texts(List<NameMention> ms, String text) {
        return ms.stream().map(m -> m.span().of(text)).toList();
    }

    /** "word/POS/NER" separated by spaces, NER "O" when left out; consecutive equal NER labels are one name. */
    private record Tagged(String text, Tokens tokens) {
        List<NameMention> named() {
            List<NameMention> out = new ArrayList<>();
            List<Token> ts = tokens.tokens();
            for (int i = 0; i < ts.size(); ) {
                String ner = ts.get(i).ner();
                int j = i + 1;
                while (j < ts.size() && ts.get(j).ner().equals(ner) && !ner.equals("O")) j++;
                if (!ner.equals("O")) {
                    Span s = new Span(ts.get(i).start(), ts.get(j - 1).end());
                    out.add(new NameMention(s, s.of(text), EntityType.valueOf(ner), List.of(s.of(text).split(" ")), true));
                }
                i = j;
            }
            return out;
        }
    }

    private static Tagged tag(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : spec.split(" ")) {
            String[] p = item.split("/");
            // A hyphen and what follows it are written without spaces ("JAS-39"), as is a full stop.
            boolean glued = p[0].equals("-") || p[0].equals(".")
                    || !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("-");
            if (text.length() > 0 && !glued) text.append(' ');
            int start = text.length();
            text.append(p[0]);
            String ner = p.length > 2 ? p[2] : "O";
            tokens.add(new Token(tokens.size(), p[0], new Span(start, text.length()), p[1], p[0], ner, 0));
        }
        Tokens ts = new Tokens(tokens, List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size(), 0)));
        return new Tagged(text.toString(), ts);
    }
}
