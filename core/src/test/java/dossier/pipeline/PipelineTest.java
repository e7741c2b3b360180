package dossier.pipeline;

import dossier.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    static final Key<String> A = Key.of("a", () -> "");
    static final Key<Integer> B = Key.of("b", () -> -1);

    record Simple(String name, Set<Key<?>> requires, Set<Key<?>> provides, java.util.function.Consumer<Analysis> body)
            implements Stage {
        @Override public void process(Analysis analysis) { body.accept(analysis); }
    }

    private static final Article ARTICLE = new Article("id", "src", null, null, "text", List.of(), List.of());

    @Test
    void orderIsCheckedWhenBuilt() {
        Stage needsA = new Simple("needsA", Set.of(A), Set.of(B), x -> x.put(B, x.get(A).length()));
        Stage makesA = new Simple("makesA", Set.of(), Set.of(A), x -> x.put(A, x.text()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(List.of(needsA, makesA), x -> x.get(B)));
        assertTrue(e.getMessage().contains("needsA") && e.getMessage().contains("a"));
        assertEquals(4, Pipeline.of(List.of(makesA, needsA), x -> x.get(B)).run(ARTICLE));
    }

    @Test
    void aFailingStageIsReportedAndLaterStagesStillRun() {
        Stage broken = new Simple("broken", Set.of(), Set.of(A), x -> { throw new IllegalStateException("boom"); });
        Stage after = new Simple("after", Set.of(A), Set.of(B), x -> x.put(B, x.get(A).length()));
        Pipeline<Analysis> p = Pipeline.of(List.of(broken, after), x -> x);
        Analysis result = p.run(ARTICLE);
        assertEquals(0, result.get(B), "the failed stage's key holds its empty value");
        assertEquals("broken", result.problems().get(0).stage());
        assertTrue(result.problems().get(0).message().contains("boom"));
    }
}
