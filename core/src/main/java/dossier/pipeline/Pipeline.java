package dossier.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dossier.model.Article;

/**
 * An ordered list of stages, checked once when built: every key a stage requires must be provided by a stage
 * before it. Running it on an article is a pure function of the article; a stage that throws anyway is reported
 * as a problem of that article and its keys are filled with empty values, so the document still comes out.
 */
public final class Pipeline<R> {
    private final List<Stage> stages;
    private final Function<Analysis, R> finish;

    private Pipeline(List<Stage> stages, Function<Analysis, R> finish) {
        this.stages = List.copyOf(stages);
        this.finish = finish;
    }

    public static <R> Pipeline<R> of(List<Stage> stages, Function<Analysis, R> finish) {
        Set<Key<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            for (Key<?> key : stage.requires()) {
                if (!available.contains(key)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " requires " + key
                            + ", which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
        }
        return new Pipeline<>(stages, finish);
    }

    public List<Stage> stages() { return stages; }

    public R run(Article article) {
        Analysis analysis = new Analysis(article);
        for (Stage stage : stages) {
            analysis.enter(stage.name());
            try {
                stage.process(analysis);
            } catch (RuntimeException | StackOverflowError e) {
                analysis.report("stage failed: " + e);
            }
            for (Key<?> key : stage.provides()) analysis.putEmpty(key);
        }
        analysis.enter("finish");
        return finish.apply(analysis);
    }
}
