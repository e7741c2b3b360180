package dossier.nlp;

import dossier.model.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP configured for speed: tokenize, ssplit, pos, lemma and the CoNLL 4-class CRF NER, with no
 * SUTime, numeric classifiers or fine-grained NER (DESIGN.md: about 0.13 s per 1,000-word article against 1.8 s for
 * the defaults). dossier does time, quotes and roles itself. Loaded once per JVM and held strongly: CoreNLP's own
 * annotator pool holds annotators softly and could silently reload them. StanfordCoreNLP is thread-safe for
 * annotate(), so the one instance is shared by all threads.
 */
public final class CoreNlpBackend implements NlpBackend {
    private static volatile CoreNlpBackend shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlpBackend() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        // dossier hands CoreNLP one paragraph at a time; a line break inside it is only wrapping.
        props.setProperty("ssplit.newlineIsSentenceBreak", "never");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The JVM's one instance, loaded on first use. */
    public static CoreNlpBackend shared() {
        CoreNlpBackend b = shared;
        if (b == null) {
            synchronized (CoreNlpBackend.class) {
                b = shared;
                if (b == null) shared = b = new CoreNlpBackend();
            }
        }
        return b;
    }

    @Override
    public List<List<Token>> annotate(String text, int offset) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<List<Token>> out = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = offset + l.beginPosition(), end = offset + l.endPosition();
                String ner = l.ner() == null ? "O" : l.ner();
                String surface = text.substring(l.beginPosition(), l.endPosition());
                tokens.add(new Token(-1, surface, new Span(start, end), l.tag() == null ? "" : l.tag(),
                        l.lemma() == null ? surface : l.lemma(), ner, -1));
            }
            if (!tokens.isEmpty()) out.add(tokens);
        }
        return out;
    }
}
