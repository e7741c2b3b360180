package dossier.internal;

import dossier.model.Gender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists, loaded once per JVM. The large ones come from the CoreNLP models jar, which dossier ships anyway:
 * the KBP gazetteers (titles, countries, cities, nationalities, criminal charges) and the name-gender list used
 * by CoreNLP's coreference. The small ones are dossier's own, in {@code src/main/resources/dossier/}.
 */
public final class Lexicons {
    private static final String KBP = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static volatile Lexicons shared;

    /** Lower-cased phrase to gazetteer class (TITLE, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, ...). */
    private final Map<String, String> gazetteer = new HashMap<>();
    /** Lower-cased phrases that are titles or roles of people; multi-word ones too ("foreign minister"). */
    private final Set<String> titles = new HashSet<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Map<String, Gender> genderedWords = new HashMap<>();
    private final Set<String> speechVerbs;
    private final Set<String> opinionVerbs;
    private final Set<String> intentionVerbs;
    private final Set<String> honorifics;
    private final Set<String> nonNames;
    private final Set<String> collectiveAgents;
    private int longestTitle = 1;

    private Lexicons() {
        readGazetteer(KBP + "regexner_cased.tab", false);
        readGazetteer(KBP + "regexner_caseless.tab", true);
        for (String t : lines("dossier/roles.txt")) addTitle(t);
        // The list joins several sources, which disagree on some names ("kazuko" twice female, once male; "hollis"
        // once each): the majority decides, and a tie leaves the name known but its gender unknown.
        Map<String, Integer> maleMinusFemale = new HashMap<>();
        for (String line : lines("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            int vote = "MALE".equals(f[1]) ? 1 : "FEMALE".equals(f[1]) ? -1 : 0;
            if (vote != 0) maleMinusFemale.merge(f[0].toLowerCase(Locale.ROOT), vote, Integer::sum);
        }
        maleMinusFemale.forEach((name, votes) ->
                firstNames.put(name, votes > 0 ? Gender.MALE : votes < 0 ? Gender.FEMALE : Gender.UNKNOWN));
        for (String line : lines("dossier/gendered-words.txt")) {
            String[] f = line.split("\\s+");
            if (f.length == 2) genderedWords.put(f[0], "F".equals(f[1]) ? Gender.FEMALE : Gender.MALE);
        }
        speechVerbs = Set.copyOf(lines("dossier/speech-verbs.txt"));
        opinionVerbs = Set.copyOf(lines("dossier/opinion-verbs.txt"));
        intentionVerbs = Set.copyOf(lines("dossier/intention-verbs.txt"));
        honorifics = Set.copyOf(lines("dossier/honorifics.txt"));
        nonNames = Set.copyOf(lines("dossier/non-names.txt"));
        collectiveAgents = Set.copyOf(lines("dossier/collective-agents.txt"));
    }

    public static Lexicons get() {
        Lexicons l = shared;
        if (l == null) {
            synchronized (Lexicons.class) {
                l = shared;
                if (l == null) shared = l = new Lexicons();
            }
        }
        return l;
    }

    private void readGazetteer(String resource, boolean caseless) {
        for (String line : lines(resource)) {
            int t1 = line.indexOf('\t');
            if (t1 <= 0) continue;
            int t2 = line.indexOf('\t', t1 + 1);
            String phrase = line.substring(0, t1);
            String type = line.substring(t1 + 1, t2 < 0 ? line.length() : t2);
            if (!isLiteral(phrase)) continue;
            String key = phrase.toLowerCase(Locale.ROOT);
            switch (type) {
                case "TITLE" -> addTitle(key);
                case "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "CRIMINAL_CHARGE", "RELIGION", "IDEOLOGY" ->
                        gazetteer.putIfAbsent(key, type);
                case "CITY" -> {
                    if (!caseless || key.indexOf(' ') < 0 || key.length() < 25) gazetteer.putIfAbsent(key, type);
                }
                default -> { }
            }
        }
    }

    private void addTitle(String phrase) {
        String t = phrase.toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) return;
        titles.add(t);
        longestTitle = Math.max(longestTitle, t.split(" ").length);
    }

    private static boolean isLiteral(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if ("\\[]()*+?{}|^$".indexOf(phrase.charAt(i)) >= 0) return false;
        }
        return true;
    }

    static java.util.List<String> lines(String resource) {
        return resourceLines(resource, true);
    }

    /** The non-blank, non-comment lines of a classpath resource; an absent optional resource has none. */
    public static java.util.List<String> resourceLines(String resource, boolean required) {
        InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource);
        if (in == null && !required) return java.util.List.of();
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        java.util.List<String> out = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Gazetteer class of a phrase (any case), or null. */
    public String gazetteerClass(String phrase) {
        return gazetteer.get(phrase.toLowerCase(Locale.ROOT));
    }

    public boolean isTitle(String phrase) {
        return titles.contains(phrase.toLowerCase(Locale.ROOT));
    }

    public int longestTitleWords() { return longestTitle; }

    public Gender firstNameGender(String name) {
        return firstNames.getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    public boolean isKnownFirstName(String name) {
        return firstNames.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Gender carried by a word such as "spokeswoman", "wife", "Mr.", or UNKNOWN. */
    public Gender wordGender(String word) {
        return genderedWords.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** Lemmas of verbs that report speech ("say", "add", "stress", ...). */
    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Lemmas of verbs whose object is reported content ("criticized the plan"). */
    public boolean isOpinionVerb(String lemma) {
        return opinionVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Lemmas of verbs whose "to" complement is what a source wants or refuses ("plans to strike"). */
    public boolean isIntentionVerb(String lemma) {
        return intentionVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Capitalised words that are never names on their own (months, weekdays, sentence adverbs, ...). */
    public boolean isNonName(String word) {
        return nonNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Common nouns for bodies of people that speak as one ("board", "guild", "ministry"). */
    public boolean isCollectiveAgent(String word) {
        return collectiveAgents.contains(word.toLowerCase(Locale.ROOT));
    }
}
