package dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * CoreNLP's own full pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote with attribution), the
 * baseline that benchmarks compare dossier with. Not used by the analysis.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    private CoreNlpBaseline(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("coref.algorithm", "statistical");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The full pipeline; loading takes about a minute. */
    public static CoreNlpBaseline full() {
        return new CoreNlpBaseline("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    }

    /** Just the tokenizer, for counting tokens. */
    public static CoreNlpBaseline tokenizer() {
        return new CoreNlpBaseline("tokenize");
    }

    /** Annotates {@code text} and returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
