package dossier.app.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CoNLL measures on a case worked out by hand. */
class CoreferenceTest {
    static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e"));
    static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d", "e"));

    @Test
    void mucB3AndCeafe() {
        Coreference.Result r = Coreference.score(KEY, RESPONSE);
        assertEquals(2.0 / 3, r.muc().recall(), 1e-9);
        assertEquals(2.0 / 3, r.muc().precision(), 1e-9);
        assertEquals(11.0 / 15, r.b3().recall(), 1e-9);
        assertEquals(11.0 / 15, r.b3().precision(), 1e-9);
        assertEquals(0.8, r.ceafe().recall(), 1e-9);
        assertEquals(0.8, r.ceafe().precision(), 1e-9);
        assertEquals((2.0 / 3 + 11.0 / 15 + 0.8) / 3, r.conll(), 1e-9);
    }

    @Test
    void identicalClusteringScoresOneAndMissingMentionsCountAgainstRecall() {
        assertEquals(1.0, Coreference.score(KEY, KEY).conll(), 1e-9);
        Coreference.Result partial = Coreference.score(KEY, List.of(Set.of("a", "b")));
        assertEquals(1.0, partial.b3().precision(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3) / 5, partial.b3().recall(), 1e-9);
    }
}
