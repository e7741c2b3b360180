package dossier.pipeline;

import java.util.function.Supplier;

/**
 * A typed slot of an {@link Analysis}. A stage declares the keys it requires and provides; {@code empty} is the
 * value the pipeline puts in the slot when the providing stage fails on an article, so later stages still run.
 */
public final class Key<T> {
    private final String name;
    private final Supplier<T> empty;

    private Key(String name, Supplier<T> empty) {
        this.name = name;
        this.empty = empty;
    }

    public static <T> Key<T> of(String name, Supplier<T> empty) {
        return new Key<>(name, empty);
    }

    public String name() { return name; }

    T empty() { return empty.get(); }

    @Override
    public String toString() { return name; }
}
