package dossier;

import dossier.entities.EntityStage;
import dossier.events.EventStage;
import dossier.internal.Lexicons;
import dossier.model.Article;
import dossier.model.Record;
import dossier.nlp.CoreNlpBackend;
import dossier.nlp.NlpBackend;
import dossier.nlp.NlpStage;
import dossier.pipeline.Pipeline;
import dossier.pipeline.Stage;
import dossier.quotes.QuoteStage;
import dossier.roles.RoleStage;
import dossier.text.PlainTextReader;
import dossier.time.TimeStage;

import java.time.LocalDate;
import java.util.List;

/**
 * The entry point: one article in, one {@link Record} out.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.standard();
 * Record record = dossier.analyze(Dossier.readText("a.txt", text, LocalDate.of(2022, 7, 29)));
 * }</pre>
 *
 * Stages run in this order: nlp, entities, roles, time, quotes, events. Roles come before quotes because "the US secretary
 * added" is attributed through the role that names its holder. One instance is safe to share between threads.
 */
public final class Dossier {
    private final Pipeline<Record> pipeline;

    private Dossier(NlpBackend backend, Lexicons lexicons) {
        List<Stage> stages = List.of(
                new NlpStage(backend),
                new EntityStage(lexicons),
                new RoleStage(lexicons),
                new TimeStage(),
                new QuoteStage(lexicons),
                new EventStage());
        this.pipeline = Pipeline.of(stages, RecordAssembler::assemble);
    }

    /** The standard analysis with the JVM's shared CoreNLP and word lists (loaded on first use). */
    public static Dossier standard() {
        return new Dossier(CoreNlpBackend.shared(), Lexicons.get());
    }

    /** An analysis over another NLP backend (tests use a tiny rule-based one). */
    public static Dossier with(NlpBackend backend) {
        return new Dossier(backend, Lexicons.get());
    }

    public Record analyze(Article article) {
        return pipeline.run(article);
    }

    public static Article readText(String source, String text, LocalDate published) {
        // A NUL is never part of an article, and PostgreSQL cannot store one: replaced one for one, offsets hold.
        String clean = text.replace('\u0000', '\uFFFD');
        return PlainTextReader.read(ArticleIds.of(clean), source, clean, published);
    }
}
