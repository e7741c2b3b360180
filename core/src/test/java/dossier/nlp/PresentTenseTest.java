package dossier.nlp;

import dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PresentTenseTest {
    private static String repaired(String tagged) {
        return repaired(tagged, PresentTense::repaired);
    }

    /** "word/TAG word/TAG ..." as tokens, and back as the tags {@code repair} leaves. */
    static String repaired(String tagged, UnaryOperator<List<Token>> repair) {
        List<Token> sentence = new ArrayList<>();
        int offset = 0;
        for (String wordTag : tagged.split(" ")) {
            int slash = wordTag.lastIndexOf('/');
            String word = wordTag.substring(0, slash);
            sentence.add(new Token(sentence.size(), word, new Span(offset, offset + word.length()),
                    wordTag.substring(slash + 1), word.toLowerCase(), "O", 0));
            offset += word.length() + 1;
        }
        StringBuilder out = new StringBuilder();
        for (Token t : repair.apply(sentence)) out.append(out.length() == 0 ? "" : " ").append(t.pos());
        return out.toString();
    }

    @Test
    void aBaseFormAfterASubjectIsThePresent() {
        assertEquals("NNP CC NNP VBP PRP NNS CC VBP PRP$ NNS IN NN",
                repaired("Reis/NNP and/CC Dahl/NNP call/VB them/PRP pirates/NNS and/CC describe/VB their/PRP$ "
                        + "fees/NNS as/IN theft/NN"));
        assertEquals("IN PRP RB VBP DT NN", repaired("because/IN they/PRP still/RB want/VB the/DT pier/NN"));
    }

    @Test
    void aBaseFormSomethingGovernsStaysOne() {
        assertEquals("DT NN VBD DT NNS VB", repaired("The/DT board/NN let/VBD the/DT pilots/NNS speak/VB"));
        assertEquals("MD DT NNS VB", repaired("Will/MD the/DT pilots/NNS strike/VB"));
        assertEquals("IN NNS TO VB CC VB NNS", repaired("for/IN pilots/NNS to/TO call/VB and/CC ask/VB questions/NNS"));
        assertEquals("DT NN VB", repaired("The/DT board/NN meet/VB"), "a singular noun is no sign of the present");
    }

    @Test
    void aPluralNounAfterASubjectAndAnAdverbIsTheThirdPerson() {
        assertEquals("DT NN RB VBZ NN IN DT NN",
                repaired("The/DT ad/NN then/RB references/NNS criticism/NN of/IN the/DT pier/NN"));
        assertEquals("NNP CC VBZ DT NN", repaired("Dahl/NNP both/CC documents/NNS the/DT boom/NN"));
        assertEquals("PRP RB VBZ IN DT NNS", repaired("She/PRP still/RB questions/NNS whether/IN the/DT fees/NNS"));
    }

    @Test
    void aPluralNounThatIsOneStaysOne() {
        assertEquals("DT NNS RB NNS DT NN", repaired("The/DT pilots/NNS often/RB cites/NNS the/DT rule/NN"),
                "a plural subject");
        assertEquals("IN DT NN RB NNS", repaired("for/IN the/DT board/NN not/RB fees/NNS"));
        assertEquals("VBD DT NN RB NNS DT NN", repaired("saw/VBD the/DT ad/NN then/RB references/NNS the/DT pier/NN"),
                "a noun phrase something governs");
        assertEquals("DT NN RB NNS .", repaired("The/DT ad/NN then/RB references/NNS ./."), "nothing to report");
    }

    @Test
    void aNounAfterThePhraseOfAPluralSubjectBeforeAPronounAndItsVerbIsThePresent() {
        assertEquals("NNS IN DT NN NN VBP PRP VBD DT NN",
                repaired("Figures/NNS from/IN the/DT ferry/NN office/NN show/NN she/PRP paid/VBD the/DT toll/NN"));
        assertEquals("IN VBN NNS IN PRP$ NN NN VBP PRP VBD",
                repaired("once/IN copied/VBN figures/NNS from/IN her/PRP$ ferry/NN log/NN show/NN she/PRP "
                        + "paid/VBD"), "a participle that describes the subject");
    }

    @Test
    void aNounWithAClauseOfItsOwnStaysOne() {
        assertEquals("NNS IN DT NN PRP VBD", repaired("Pilots/NNS at/IN the/DT show/NN she/PRP hosted/VBD"),
                "its determiner makes it a noun");
        assertEquals("NN IN DT NN NN PRP VBD", repaired("Staff/NN of/IN the/DT audit/NN show/NN she/PRP ran/VBD"),
                "no plural subject");
        assertEquals("NNS IN DT NN NN PRP VBD", repaired("Pilots/NNS at/IN the/DT ferry/NN office/NN she/PRP ran/VBD"),
                "no verb that reports");
        assertEquals("VBD NNS IN DT NN NN PRP VBD",
                repaired("saw/VBD figures/NNS from/IN the/DT ferry/NN office/NN she/PRP ran/VBD"),
                "a noun phrase something governs");
    }
}
