package dossier.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NounAfterPrepositionTest {
    private static String repaired(String tagged) {
        return PresentTenseTest.repaired(tagged, NounAfterPreposition::repaired);
    }

    @Test
    void aBaseFormAfterAPrepositionalToIsANoun() {
        assertEquals("VBG TO NN NNS", repaired("according/VBG to/TO show/VB insiders/NNS"));
        assertEquals("JJ TO NN NN NNS", repaired("due/JJ to/TO record/VB harbour/NN fees/NNS"));
    }

    @Test
    void aVerbAfterToStaysOne() {
        assertEquals("VBD TO VB NNS", repaired("wanted/VBD to/TO show/VB pilots/NNS"), "an infinitive");
        assertEquals("VBG TO VB DT NN", repaired("according/VBG to/TO show/VB the/DT plan/NN"), "no noun right after");
    }
}
