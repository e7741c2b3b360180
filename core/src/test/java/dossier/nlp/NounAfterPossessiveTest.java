package dossier.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NounAfterPossessiveTest {
    private static String repaired(String tagged) {
        return PresentTenseTest.repaired(tagged, NounAfterPossessive::repaired);
    }

    @Test
    void aVerbFormAfterAPossessiveIsANoun() {
        assertEquals("NN NN POS RBR NN IN", repaired("harbour/NN police/NN 's/POS earlier/RBR claim/VBP that/IN"));
        assertEquals("DT NN POS NNS VBP", repaired("the/DT mayor/NN 's/POS plans/VBZ call/VBP"), "plural for -s");
        assertEquals("PRP$ JJ JJ NN", repaired("her/PRP$ long/JJ public/JJ record/VB"));
    }

    @Test
    void aVerbAfterTheOwnersNounStaysOne() {
        assertEquals("DT NN POS NNS VBP", repaired("the/DT board/NN 's/POS members/NNS say/VBP"));
        assertEquals("PRP VBZ JJ", repaired("it/PRP 's/VBZ late/JJ"), "no possessive");
        assertEquals("PRP$ JJ JJ JJ VB", repaired("her/PRP$ long/JJ dull/JJ public/JJ record/VB"),
                "more than two adjectives away");
    }
}
