package dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The given name and surname of a personal name. Surname particles stay with the surname ("Pieter van Dijk":
 * Pieter / van Dijk), so "Van Dijk" alone is a surname, not a given name; generational suffixes are dropped.
 */
record PersonName(String given, String surname) {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del",
            "della", "dos", "das", "le", "la", "al", "el", "bin", "ibn", "ben", "ter", "ten", "zu", "af");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    static PersonName of(List<String> words) {
        List<String> w = new ArrayList<>(words);
        while (w.size() > 1 && SUFFIXES.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) w.remove(w.size() - 1);
        if (w.size() == 1) return new PersonName(null, w.get(0));
        for (int i = 0; i < w.size() - 1; i++) {
            String lower = w.get(i).toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower) || lower.startsWith("al-") || lower.startsWith("el-")) {
                String surname = String.join(" ", w.subList(i, w.size()));
                return new PersonName(i == 0 ? null : w.get(0), surname);
            }
        }
        return new PersonName(w.get(0), w.get(w.size() - 1));
    }

    boolean hasGiven() { return given != null; }
}
