package dossier.pipeline;

import java.util.Set;

/**
 * One step of the analysis of one article (after CoreNLP's Annotator). A stage reads the keys it
 * {@link #requires()} and puts every key it {@link #provides()}; the {@link Pipeline} checks the order once, when it
 * is built. A stage must not throw on strange text: it degrades locally and may {@link Analysis#report} a problem.
 * Stages hold no per-article state, so one instance serves many threads.
 */
public interface Stage {
    String name();

    Set<Key<?>> requires();

    Set<Key<?>> provides();

    void process(Analysis analysis);
}
