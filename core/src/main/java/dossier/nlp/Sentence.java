package dossier.nlp;

import dossier.model.Span;

/** A sentence: its span in the article text and its tokens [firstToken, endToken). */
public record Sentence(int index, Span span, int firstToken, int endToken, int paragraph) {}
