package dossier.entities;

import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups the name mentions of one article into entities.
 *
 * <p>Persons: full names first (same surname or a spelling variant of it, and compatible given names), then single
 * words, as a reader would: the surname of exactly one person, the given name of exactly one person, or a
 * transliteration variant of a surname ({@link NameKeys}). Guards: full names with different given names never
 * merge (Alla Butt is not Victor Bout); a shared given name alone never merges (an ambiguous "Maria" stays apart);
 * a variant prefers a person already introduced before it, since a reader resolves a short form backwards.
 *
 * <p>Other names: same folded text (ignoring a leading "the"), or an acronym of a longer name ("UN").
 */
final class EntityResolver {
    private final Lexicons lexicons;

    EntityResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private static final class Cluster {
        final List<NameMention> mentions = new ArrayList<>();
        String given;
        String surname;
        boolean person;
        /** The gender a word right before one of its names marks ("Mr. Reis", "spokeswoman Reis"). */
        Gender marked = Gender.UNKNOWN;

        int firstStart() { return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(0); }

        void add(NameMention m) { mentions.add(m); }
    }

    List<Entity> resolve(List<NameMention> mentions) {
        return resolve(mentions, m -> Gender.UNKNOWN);
    }

    /**
     * As {@link #resolve(List)}, where {@code marked} gives the gender a word right before a mention marks: "Mr.
     * Reis" is not "Ana Reis", though "Reis" alone may be.
     */
    List<Entity> resolve(List<NameMention> mentions, Function<NameMention, Gender> markedBy) {
        // Once per mention; the mark depends only on where the name stands, whatever type it is given later.
        Map<Span, Gender> marks = new HashMap<>();
        for (NameMention m : mentions) marks.put(m.span(), markedBy.apply(m));
        Function<NameMention, Gender> marked = m -> marks.getOrDefault(m.span(), Gender.UNKNOWN);
        List<NameMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(NameMention::span));
        List<Cluster> persons = new ArrayList<>();
        List<NameMention> singles = new ArrayList<>();
        List<NameMention> others = new ArrayList<>();

        for (NameMention m : sorted) {
            if (m.type() != EntityType.PERSON) {
                others.add(m);
            } else if (!PersonName.of(m.words()).hasGiven()) {
                singles.add(m);
            } else {
                addFullName(persons, m);
            }
        }
        // "Velmont said", after "the Velmont Motor Company": a company's short name the tagger took for a person,
        // unless someone in the article has it as a surname.
        Set<String> companies = new HashSet<>();
        for (NameMention m : others) {
            if (m.type() == EntityType.ORGANIZATION && !m.single()) companies.add(NameKeys.organisationShortName(m.text()));
        }
        // Surnames with a gendered word before them first: they tell the people sharing a surname apart, so the
        // bare surnames after them can choose.
        List<NameMention> markedFirst = new ArrayList<>(singles);
        markedFirst.sort(Comparator.comparing((NameMention m) -> marked.apply(m) == Gender.UNKNOWN));
        for (NameMention m : markedFirst) {
            String folded = NameKeys.fold(m.text());
            boolean company = m.single() && companies.contains(folded)
                    && persons.stream().noneMatch(p -> p.surname != null && NameKeys.fold(p.surname).equals(folded));
            if (company) {
                others.add(new NameMention(m.span(), m.text(), EntityType.ORGANIZATION, m.words(), m.tagged()));
            } else {
                addSingleName(persons, m, true, marked.apply(m));
            }
        }
        // A single capitalised word the tagger typed otherwise may still be a spelling of a person's surname
        // ("the Grainer case" tagged MISC): it joins the person only on a surname match, never creates one.
        List<NameMention> rest = new ArrayList<>();
        for (NameMention m : others) {
            boolean placeName = "COUNTRY".equals(lexicons.gazetteerClass(m.text()))
                    || "CITY".equals(lexicons.gazetteerClass(m.text()))
                    || "NATIONALITY".equals(lexicons.gazetteerClass(m.text()));
            if (m.single() && !placeName && addSingleName(persons, m, false, marked.apply(m))) continue;
            if (m.tagged()) rest.add(m);
        }
        List<Cluster> all = new ArrayList<>(persons);
        all.addAll(clusterOthers(rest));
        all.sort(Comparator.comparingInt(Cluster::firstStart));
        List<Entity> out = new ArrayList<>();
        for (Cluster c : all) out.add(toEntity("E" + (out.size() + 1), c));
        return out;
    }

    private void addFullName(List<Cluster> persons, NameMention m) {
        PersonName name = PersonName.of(m.words());
        String given = name.given(), surname = name.surname();
        Cluster best = null;
        double bestScore = 0;
        for (Cluster c : persons) {
            if (c.given == null) continue;
            double s = NameKeys.variantScore(surname, c.surname);
            if (s > bestScore && NameKeys.givenNamesCompatible(given, c.given)) {
                best = c;
                bestScore = s;
            }
        }
        if (best == null) {
            // A person first met by a single word ("Putin") gets the full name when it comes.
            for (Cluster c : persons) {
                if (c.given == null && NameKeys.variantScore(surname, c.surname) >= 1.0) best = c;
            }
            if (best != null) best.given = given;
        }
        if (best == null) {
            best = new Cluster();
            best.person = true;
            best.given = given;
            best.surname = surname;
            persons.add(best);
        }
        best.add(m);
    }

    /**
     * Attaches a one-word name to a person; creates a person for it only if {@code create}. A name marked with a
     * gender ("Mr. Reis") joins no one of the other gender: with a surname shared only with such people, it is
     * someone new.
     */
    private boolean addSingleName(List<Cluster> persons, NameMention m, boolean create, Gender marked) {
        String word = PersonName.of(m.words()).surname();
        String folded = NameKeys.fold(word);
        List<Cluster> surnameMatches = new ArrayList<>();
        boolean otherGender = false;
        for (Cluster c : persons) {
            if (!NameKeys.fold(c.surname).equals(folded)) continue;
            if (gender(c).compatibleWith(marked)) surnameMatches.add(c);
            else otherGender = true;
        }
        Cluster target = null;
        if (surnameMatches.size() == 1) {
            target = surnameMatches.get(0);
        } else if (surnameMatches.size() > 1) {
            target = nearest(surnameMatches, m);
        } else if (!otherGender) {
            List<Cluster> givenMatches = new ArrayList<>();
            for (Cluster c : persons) if (c.given != null && NameKeys.fold(c.given).equals(folded)) givenMatches.add(c);
            if (givenMatches.size() == 1) {
                target = givenMatches.get(0);
            } else if (givenMatches.isEmpty()) {
                target = bestVariant(persons, m);
            }
            // Several people share this given name: it stays on its own, unresolved.
            if (givenMatches.size() > 1) {
                if (!create) return false;
                Cluster c = new Cluster();
                c.person = true;
                c.surname = word;
                c.add(m);
                persons.add(c);
                return true;
            }
        }
        if (target == null) {
            if (!create) return false;
            target = new Cluster();
            target.person = true;
            target.surname = word;
            persons.add(target);
        }
        target.add(m);
        if (target.marked == Gender.UNKNOWN) target.marked = marked;
        return true;
    }

    /** A person's gender from the given name, or else from a word marking one of the names. */
    private Gender gender(Cluster c) {
        Gender g = c.given == null ? Gender.UNKNOWN : lexicons.firstNameGender(c.given);
        return g != Gender.UNKNOWN ? g : c.marked;
    }

    /** The person whose surname this word is a spelling variant of; people introduced before it come first. */
    private Cluster bestVariant(List<Cluster> persons, NameMention m) {
        Cluster best = null;
        double bestScore = 0, second = 0;
        boolean bestBefore = false;
        for (Cluster c : persons) {
            double s = NameKeys.variantScore(PersonName.of(m.words()).surname(), c.surname);
            if (s <= 0) continue;
            boolean before = c.firstStart() < m.span().start();
            boolean better = best == null || (before && !bestBefore) || (before == bestBefore && s > bestScore);
            if (better) {
                if (best != null && before == bestBefore) second = bestScore;
                best = c;
                bestScore = s;
                bestBefore = before;
            } else if (before == bestBefore) {
                second = Math.max(second, s);
            }
        }
        // Two equally good candidates: a guess would be a coin toss, so the word stays apart.
        if (best != null && second > 0 && bestScore - second < 0.01) return null;
        return best;
    }

    /** The person named most recently before {@code m}, as a reader resolves backwards; else the next one named. */
    private static Cluster nearest(List<Cluster> candidates, NameMention m) {
        Cluster best = null, next = null;
        int bestPos = -1, nextPos = Integer.MAX_VALUE;
        for (Cluster c : candidates) {
            for (NameMention x : c.mentions) {
                int at = x.span().start();
                if (at < m.span().start() && at > bestPos) {
                    best = c;
                    bestPos = at;
                } else if (at > m.span().start() && at < nextPos) {
                    next = c;
                    nextPos = at;
                }
            }
        }
        return best != null ? best : next;
    }

    private List<Cluster> clusterOthers(List<NameMention> others) {
        Map<String, Cluster> byKey = new HashMap<>();
        List<Cluster> out = new ArrayList<>();
        for (NameMention m : others) {
            // A product is its designation: "Saab JAS-39 Gripen", "the JAS-39" and "JAS-39 Gripen" are one.
            String designation = m.type() == EntityType.PRODUCT ? ProductNames.designationOf(m.words()) : null;
            String key = designation != null ? "product " + ProductNames.key(designation) : otherKey(m.text());
            if (key.isEmpty()) continue;
            Cluster c = byKey.get(key);
            if (c == null) {
                c = new Cluster();
                byKey.put(key, c);
                out.add(c);
            }
            c.add(m);
        }
        // Acronyms: "UN" joins "United Nations" when it spells its capitalised words.
        for (Cluster small : new ArrayList<>(out)) {
            String word = small.mentions.get(0).text();
            if (!word.matches("\\p{Lu}[\\p{Lu}.]{1,6}")) continue;
            String letters = word.replace(".", "");
            for (Cluster big : out) {
                if (big == small || !out.contains(small)) continue;
                if (NameKeys.initials(big.mentions.get(0).words()).equals(letters)) {
                    big.mentions.addAll(small.mentions);
                    out.remove(small);
                    break;
                }
            }
        }
        // Short forms: "Velmont" joins "Velmont Motor Company" or "Velmont Motors" when the article names both, and
        // no other company of the article has that short name ("Ardent Motors" and "Ardent Group" leave "Ardent").
        for (Cluster small : new ArrayList<>(out)) {
            NameMention first = small.mentions.get(0);
            if (first.type() != EntityType.ORGANIZATION) continue;
            String name = NameKeys.fold(first.text());
            List<Cluster> longer = out.stream().filter(big -> big != small
                    && big.mentions.get(0).type() == EntityType.ORGANIZATION
                    && big.mentions.get(0).words().size() > first.words().size()
                    && NameKeys.organisationShortName(big.mentions.get(0).text()).equals(name)).toList();
            if (longer.size() == 1) {
                longer.get(0).mentions.addAll(small.mentions);
                out.remove(small);
            }
        }
        return out;
    }

    private static String otherKey(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return NameKeys.fold(s);
    }

    private Entity toEntity(String id, Cluster c) {
        c.mentions.sort(Comparator.comparing(NameMention::span));
        EntityType type = c.person ? EntityType.PERSON : majorityType(c);
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        NameMention fullest = c.mentions.get(0);
        for (NameMention m : c.mentions) {
            aliases.add(m.text());
            mentions.add(new Mention(m.span(), m.text(), type, Mention.Kind.NAME));
            boolean preferred = !c.person || m.type() == EntityType.PERSON || fullest.type() != EntityType.PERSON;
            if (preferred && m.words().size() > fullest.words().size()) fullest = m;
        }
        String subtype = null;
        Gender gender = Gender.UNKNOWN;
        if (type == EntityType.PERSON) {
            gender = gender(c);
        } else {
            for (String a : aliases) {
                String g = lexicons.gazetteerClass(a);
                if (g != null && !"TITLE".equals(g)) {
                    subtype = g;
                    break;
                }
            }
        }
        return new Entity(id, type, subtype, fullest.text(), gender, List.copyOf(aliases), mentions, List.of());
    }

    private static EntityType majorityType(Cluster c) {
        Map<EntityType, Integer> votes = new HashMap<>();
        for (NameMention m : c.mentions) votes.merge(m.type(), 1, Integer::sum);
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(EntityType.MISC);
    }
}
