package dossier.model;

/** Something a stage could not do on this article, reported instead of failing the document. */
public record Problem(String stage, String message) {}
