package dossier.pipeline;

import dossier.model.Article;
import dossier.model.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The working state of one article as it passes through the stages: the article plus typed results. */
public final class Analysis {
    private final Article article;
    private final Map<Key<?>, Object> values = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private String currentStage = "";

    public Analysis(Article article) {
        this.article = article;
    }

    public Article article() { return article; }

    public String text() { return article.text(); }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        if (!values.containsKey(key)) throw new IllegalStateException("no value for " + key);
        return (T) values.get(key);
    }

    public boolean has(Key<?> key) { return values.containsKey(key); }

    public <T> void put(Key<T> key, T value) {
        values.put(key, value);
    }

    <T> void putEmpty(Key<T> key) {
        values.putIfAbsent(key, key.empty());
    }

    public void report(String message) {
        problems.add(new Problem(currentStage, message));
    }

    void enter(String stage) { currentStage = stage; }

    public List<Problem> problems() { return List.copyOf(problems); }
}
