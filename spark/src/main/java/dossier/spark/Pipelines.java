package dossier.spark;

import dossier.Dossier;

/**
 * One pipeline per executor JVM, built on first use and shared by the tasks running in it: CoreNLP's models load
 * once per JVM and are never serialized or broadcast.
 */
final class Pipelines {
    private static volatile Dossier shared;

    private Pipelines() {}

    static Dossier shared() {
        Dossier d = shared;
        if (d == null) {
            synchronized (Pipelines.class) {
                d = shared;
                if (d == null) shared = d = Dossier.standard();
            }
        }
        return d;
    }
}
