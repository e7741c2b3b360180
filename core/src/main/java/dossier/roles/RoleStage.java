package dossier.roles;

import dossier.entities.EntityStage;
import dossier.entities.MentionIndex;
import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Role;
import dossier.model.Span;
import dossier.nlp.NlpStage;
import dossier.nlp.Sentence;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles and functions of people, from the four places news states them: a premodifier ("Lawyer Maria
 * Blagovolina", "Russian Foreign Ministry spokeswoman Maria Zakharova"), an apposition after the name ("John
 * Kirby, the spokesman for ..."), one before it ("the US Secretary of State, Anthony Blinken"), and a relative
 * clause ("X, who was a security official ..."). Then definite descriptions ("the White House spokesman") are
 * resolved to the person whose role has the same head noun: the last one named before, else the next one after.
 */
public final class RoleStage implements Stage {
    public static final Key<Roles> ROLES = Key.of("roles", () -> Roles.EMPTY);

    private static final int MAX_PHRASE = 12;
    private static final Set<String> MODIFIERS = Set.of("former", "acting", "deputy", "senior", "then", "late",
            "interim", "chief", "vice", "top", "veteran", "ex", "retired");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** "His wife, Irina K.,": a possessive opens a role phrase before a name as "the" does. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> RELATIVE_VERBS = Set.of("is", "was", "has been", "had been", "serves as",
            "served as", "works as", "worked as");

    private final Lexicons lexicons;

    public RoleStage(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override public String name() { return "roles"; }

    @Override public Set<Key<?>> requires() { return Set.of(NlpStage.TOKENS, EntityStage.ENTITIES); }

    @Override public Set<Key<?>> provides() { return Set.of(ROLES); }

    @Override
    public void process(Analysis analysis) {
        Tokens tokens = analysis.get(NlpStage.TOKENS);
        List<Entity> entities = analysis.get(EntityStage.ENTITIES);
        MentionIndex index = new MentionIndex(entities, tokens);
        String text = analysis.text();
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        List<Roles.TitleMention> titled = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            List<Role> found = new ArrayList<>();
            for (Mention m : e.mentions()) {
                int[] r = tokens.range(m.span());
                if (r[0] >= r[1]) continue;
                addIfNew(found, premodifier(text, tokens, index, r[0]));
                addIfNew(found, apposition(text, tokens, index, r[1]));
                Role before = precedingApposition(text, tokens, index, r[0]);
                if (before != null) {
                    addIfNew(found, before);
                    int[] br = tokens.range(before.span());
                    Mention tm = new Mention(before.span(), before.text(), EntityType.PERSON, Mention.Kind.TITLE);
                    titled.add(new Roles.TitleMention(e.id(), tm, br[0], br[1]));
                }
                for (Role rel : relativeClause(text, tokens, index, r[1])) addIfNew(found, rel);
            }
            if (!found.isEmpty()) roles.put(e.id(), List.copyOf(found));
        }
        List<Roles.TitleMention> described = new ArrayList<>(descriptions(text, tokens, index, entities, roles));
        described.addAll(ages(text, tokens, index));
        for (Roles.TitleMention t : described) {
            boolean known = titled.stream().anyMatch(x -> x.mention().span().overlaps(t.mention().span()));
            if (!known) titled.add(t);
        }
        List<Roles.TitleMention> kinds = new ArrayList<>(kindDescriptions(text, tokens, index, ORGANIZATION_NOUNS,
                EntityType.ORGANIZATION));
        kinds.addAll(kindDescriptions(text, tokens, index, PRODUCT_NOUNS, EntityType.PRODUCT));
        for (Roles.TitleMention t : kinds) {
            boolean known = titled.stream().anyMatch(x -> x.mention().span().overlaps(t.mention().span()));
            if (!known) titled.add(t);
        }
        analysis.put(ROLES, new Roles(roles, titled, genders(entities, roles)));
    }

    /** One role per title: "President" said three times is one role, the first place it is stated. */
    private static void addIfNew(List<Role> roles, Role r) {
        if (r == null) return;
        for (Role x : roles) if (x.title().equalsIgnoreCase(r.title())) return;
        roles.add(r);
    }

    private Role premodifier(String text, Tokens tokens, MentionIndex index, int nameStart) {
        Sentence s = tokens.sentenceOf(tokens.get(nameStart));
        int k = nameStart - 1;
        if (k < s.firstToken() || !isTitleWord(tokens.get(k).text()) || index.at(k) != null
                && index.at(k).entity().type() == EntityType.PERSON) return null;
        int from = k;
        while (from - 1 >= s.firstToken() && from > nameStart - MAX_PHRASE) {
            Token t = tokens.get(from - 1);
            MentionIndex.Hit hit = index.at(from - 1);
            String w = t.lower();
            boolean ok;
            if (hit != null) ok = hit.entity().type() != EntityType.PERSON;
            else if (w.equals("of")) ok = from - 2 >= s.firstToken() && isTitleWord(tokens.get(from - 2).text());
            else ok = isTitleWord(t.text()) || MODIFIERS.contains(w)
                    || (t.isCapitalized() && t.isProperNoun() && !lexicons.isNonName(w))
                    || lexicons.gazetteerClass(t.text()) != null && !t.isVerb();
            if (!ok) break;
            from--;
        }
        return role(text, tokens, index, from, nameStart);
    }

    private Role apposition(String text, Tokens tokens, MentionIndex index, int nameEnd) {
        if (nameEnd >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) return null;
        Sentence s = tokens.sentenceOf(tokens.get(nameEnd));
        int from = nameEnd + 1;
        if (from >= s.endToken()) return null;
        String first = tokens.get(from).lower();
        if (!DETERMINERS.contains(first) && !MODIFIERS.contains(first) && !isTitleWord(first)) return null;
        int to = phraseEnd(tokens, from, s);
        return noVerb(tokens, from, to) && hasTitle(tokens, from, to) ? role(text, tokens, index, from, to) : null;
    }

    private Role precedingApposition(String text, Tokens tokens, MentionIndex index, int nameStart) {
        int comma = nameStart - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",")) return null;
        Sentence s = tokens.sentenceOf(tokens.get(nameStart));
        for (int d = comma - 1; d >= s.firstToken() && d >= comma - MAX_PHRASE; d--) {
            Token t = tokens.get(d);
            if (t.text().equals(",") || t.isVerb() || index.at(d) != null && index.at(d).entity().type() == EntityType.PERSON) {
                return null;
            }
            String w = t.lower();
            if (DETERMINERS.contains(w) || POSSESSIVES.contains(w)) {
                return hasTitle(tokens, d + 1, comma) ? role(text, tokens, index, POSSESSIVES.contains(w) ? d + 1 : d, comma) : null;
            }
        }
        return null;
    }

    private List<Role> relativeClause(String text, Tokens tokens, MentionIndex index, int nameEnd) {
        List<Role> out = new ArrayList<>();
        if (nameEnd + 2 >= tokens.size() || !tokens.get(nameEnd).text().equals(",")
                || !tokens.get(nameEnd + 1).text().equalsIgnoreCase("who")) return out;
        Sentence s = tokens.sentenceOf(tokens.get(nameEnd));
        int from = nameEnd + 2;
        String one = from < s.endToken() ? tokens.get(from).lower() : "";
        String two = from + 1 < s.endToken() ? one + " " + tokens.get(from + 1).lower() : "";
        if (RELATIVE_VERBS.contains(two)) from += 2;
        else if (RELATIVE_VERBS.contains(one)) from += 1;
        else return out;
        int end = phraseEnd(tokens, from, s);
        // "a security official at an auto parts company and a former Marine": two roles.
        int partStart = from;
        for (int k = from; k <= end; k++) {
            boolean split = k == end || (tokens.get(k).text().equalsIgnoreCase("and") && k + 1 < end
                    && DETERMINERS.contains(tokens.get(k + 1).lower()));
            if (!split) continue;
            if (k > partStart && DETERMINERS.contains(tokens.get(partStart).lower())
                    && noVerb(tokens, partStart, k) && hasTitle(tokens, partStart, k)) {
                out.add(role(text, tokens, index, partStart, k));
            }
            partStart = k + 1;
        }
        return out;
    }

    /** End (exclusive) of a noun phrase starting at {@code from}: the next comma, clause word or quote mark. */
    private static int phraseEnd(Tokens tokens, int from, Sentence s) {
        int to = from;
        while (to < s.endToken() && to < from + MAX_PHRASE) {
            String w = tokens.get(to).lower();
            if (w.equals(",") || w.equals(";") || w.equals("who") || w.equals("which") || w.equals("that")
                    || w.equals("(") || w.equals(")") || w.equals(".") || isQuoteMark(w)) break;
            to++;
        }
        return to;
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''");
    }

    private static boolean noVerb(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).isFiniteOrModal()) return false;
        return true;
    }

    private boolean hasTitle(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) if (isTitleWord(tokens.get(k).text())) return true;
        return false;
    }

    private boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lexicons.isTitle(w)) return true;
        return w.endsWith("s") && w.length() > 3 && lexicons.isTitle(w.substring(0, w.length() - 1));
    }

    /** A role over tokens [from, to): its organization is a non-person entity named inside it. */
    private Role role(String text, Tokens tokens, MentionIndex index, int from, int to) {
        if (from >= to) return null;
        while (from < to && DETERMINERS.contains(tokens.get(from).lower())) from++;
        if (from >= to) return null;
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        String org = null;
        int orgEnd = -1;
        for (int k = from; k < to; k++) {
            MentionIndex.Hit hit = index.at(k);
            if (hit == null) continue;
            EntityType t = hit.entity().type();
            if ((t == EntityType.ORGANIZATION || t == EntityType.LOCATION) && org == null) {
                org = hit.entity().id();
                orgEnd = hit.endToken();
            }
        }
        String title = span.of(text);
        // "Russian Foreign Ministry spokeswoman": the organization comes first, the title is what follows it.
        if (org != null && orgEnd < to) title = text.substring(tokens.get(orgEnd).start(), span.end());
        // "Presidents Joe Biden and Vladimir Putin": each holds the singular title.
        if (!title.contains(" ") && title.endsWith("s") && !lexicons.isTitle(title)
                && lexicons.isTitle(title.substring(0, title.length() - 1))) {
            title = title.substring(0, title.length() - 1);
        }
        return new Role(title, org, span, span.of(text));
    }

    /**
     * "the 54-year-old said": an age standing for a person is the person last given that age before it ("Tom
     * Reyes, 54,", "54-year-old Tom Reyes").
     */
    private List<Roles.TitleMention> ages(String text, Tokens tokens, MentionIndex index) {
        List<Roles.TitleMention> out = new ArrayList<>();
        Map<String, String> agedPerson = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            MentionIndex.Hit hit = index.at(i);
            if (hit != null && hit.firstToken() == i && hit.entity().type() == EntityType.PERSON) {
                String age = ageAround(tokens, hit.firstToken(), hit.endToken());
                if (age != null) agedPerson.put(age, hit.entity().id());
                i = hit.endToken() - 1;
                continue;
            }
            // "the 54-year-old" with no noun after it: the age is the phrase's head.
            int old = i + 5;
            if (!tokens.get(i).lower().equals("the") || old >= tokens.size() || !tokens.endsAge(old)) continue;
            if (old + 1 < tokens.size() && tokens.get(old + 1).isNoun()) continue;
            String person = agedPerson.get(tokens.get(i + 1).text());
            if (person == null) continue;
            Span span = new Span(tokens.get(i).start(), tokens.get(old).end());
            out.add(new Roles.TitleMention(person, new Mention(span, span.of(text), EntityType.PERSON,
                    Mention.Kind.TITLE), i, old + 1));
        }
        return out;
    }

    /** The age given right after a name (", 54,") or before it ("54-year-old pilot Tom Reyes"), or null. */
    private static String ageAround(Tokens tokens, int first, int end) {
        if (end + 2 < tokens.size() && tokens.get(end).text().equals(",") && tokens.get(end + 1).pos().equals("CD")
                && tokens.get(end + 2).isPunctuation()) return tokens.get(end + 1).text();
        for (int k = first - 1; k >= 4 && k >= first - 4; k--) {
            if (tokens.endsAge(k)) return tokens.get(k - 4).text();
            if (!tokens.get(k).isNoun() && !tokens.get(k).pos().startsWith("JJ")) break;
        }
        return null;
    }

    /** "the White House spokesman", "The US secretary": resolved to the person whose role has that head noun. */
    private List<Roles.TitleMention> descriptions(String text, Tokens tokens, MentionIndex index, List<Entity> entities,
                                                 Map<String, List<Role>> roles) {
        List<Roles.TitleMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) continue;
            Sentence s = tokens.sentenceOf(tokens.get(i));
            int head = -1;
            for (int j = i + 1; j < s.endToken() && j <= i + 6; j++) {
                Token t = tokens.get(j);
                if (t.isPunctuation() || t.isVerb() && !t.pos().equals("VBN") || index.at(j) != null
                        && index.at(j).entity().type() == EntityType.PERSON) break;
                String w = t.lower();
                if (lexicons.isTitle(w) && !t.pos().endsWith("S")) head = j;
                if (!(t.isNoun() || t.pos().startsWith("JJ") || index.at(j) != null || w.equals("of"))) break;
            }
            if (head < 0) continue;
            int end = head + 1;
            // "the US Secretary of State": a title phrase may run on through "of".
            if (end + 1 < s.endToken() && tokens.get(end).text().equals("of") && tokens.get(end + 1).isCapitalized()
                    && lexicons.isTitle(tokens.get(head).text() + " of " + tokens.get(end + 1).text())) end += 2;
            // Followed by a name, it is that name's premodifier, handled above.
            if (end < tokens.size() && index.at(end) != null && index.at(end).entity().type() == EntityType.PERSON) {
                continue;
            }
            String headWord = tokens.get(head).lower();
            String holder = holder(headWord, tokens.get(i).start(), entities, roles);
            if (holder == null) continue;
            Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
            out.add(new Roles.TitleMention(holder,
                    new Mention(span, span.of(text), EntityType.PERSON, Mention.Kind.TITLE), i, end));
        }
        return out;
    }

    /** Nouns that name a kind of organisation: "the company said" speaks for the company last named. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "corporation",
            "conglomerate", "carmaker", "automaker", "airline", "carrier", "manufacturer", "planemaker", "maker",
            "bank", "lender", "insurer", "retailer", "supplier", "producer", "operator", "agency", "union",
            "organisation", "organization", "charity", "broadcaster", "newspaper", "publisher", "university",
            "club", "team", "alliance", "coalition", "party", "network", "business", "giant");
    /** Nouns that name a kind of product: "the aircraft landed" is the aircraft the story is about. */
    private static final Set<String> PRODUCT_NOUNS = Set.of("aircraft", "plane", "jet", "airliner", "jetliner",
            "superjumbo", "car", "vehicle", "truck", "model", "phone", "smartphone", "device", "missile", "tank",
            "drone", "ship", "vessel");
    /** How far back (in tokens) the organisation or product a description refers to may have been named. */
    private static final int ORGANIZATION_REACH = 250;

    /**
     * "the company", "the German carmaker", "the airline's", "the aircraft": a definite description whose head names
     * a kind of organisation (or product) refers to one named within the last few paragraphs: the last one whose
     * name has the head word in it ("Singapore Airlines" for "the airline"), else the one the text has referred to
     * most so far (the story's subject, not the last company it happened to name), the later one on a tie.
     */
    private List<Roles.TitleMention> kindDescriptions(String text, Tokens tokens, MentionIndex index,
                                                      Set<String> kinds, EntityType type) {
        List<Roles.TitleMention> out = new ArrayList<>();
        Map<String, Integer> described = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) continue;
            Sentence s = tokens.sentenceOf(tokens.get(i));
            int head = -1;
            for (int j = i + 1; j < s.endToken() && j <= i + 3; j++) {
                Token t = tokens.get(j);
                String w = t.lower();
                boolean kind = kinds.contains(w) || type == EntityType.ORGANIZATION && endsNameBefore(w, index, i);
                if (kind && t.pos().equals("NN") && Character.isLowerCase(t.text().charAt(0))) {
                    head = j;
                    break;
                }
                boolean modifier = t.pos().startsWith("JJ") || t.pos().equals("NNP") || t.pos().equals("VBN")
                        || t.pos().equals("HYPH");
                if (!modifier || index.at(j) != null && index.at(j).entity().type() == EntityType.PERSON) break;
            }
            // The kind noun must end the phrase: "the company board" is a board.
            if (head < 0 || head + 1 < s.endToken() && tokens.get(head + 1).pos().startsWith("NN")) continue;
            String referent = referred(tokens, index, i, tokens.get(head).lower(), type,
                    described);
            if (referent == null) continue;
            described.merge(referent, 1, Integer::sum);
            Span span = new Span(tokens.get(i).start(), tokens.get(head).end());
            out.add(new Roles.TitleMention(referent,
                    new Mention(span, span.of(text), type, Mention.Kind.TITLE), i, head + 1));
        }
        return out;
    }

    /**
     * "the fund" after "the Velmont Pension Fund", "the board" after "the Harbour Board": the last word of an
     * organisation's name, named within reach before {@code before}, is a kind noun for it whatever the word.
     */
    private static boolean endsNameBefore(String word, MentionIndex index, int before) {
        for (int k = before - 1; k >= 0 && k >= before - ORGANIZATION_REACH; k--) {
            MentionIndex.Hit hit = index.at(k);
            if (hit == null || hit.entity().type() != EntityType.ORGANIZATION || hit.firstToken() != k) continue;
            String[] words = hit.mention().text().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > 1 && words[words.length - 1].equals(word)) return true;
        }
        return false;
    }

    private static String referred(Tokens tokens, MentionIndex index, int before, String kind, EntityType type,
                                   Map<String, Integer> described) {
        Map<String, Integer> references = new LinkedHashMap<>();
        for (int k = before - 1; k >= 0 && k >= before - ORGANIZATION_REACH; k--) {
            MentionIndex.Hit hit = index.at(k);
            if (hit == null || hit.entity().type() != type || hit.firstToken() != k) continue;
            if (hit.entity().name().toLowerCase(Locale.ROOT).contains(kind)) return hit.entity().id();
            if (type == EntityType.PRODUCT && ofAnotherKind(tokens, hit.endToken(), kind)) continue;
            references.merge(hit.entity().id(), 1, Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        // Most recent first, so that a tie goes to the later one.
        for (var e : references.entrySet()) {
            int count = e.getValue() + described.getOrDefault(e.getKey(), 0);
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether the noun after a product's name says it is another kind of thing than the description: "two of the
     * Ardent T900 engines" are no aircraft, for all that "the aircraft" follows them.
     */
    private static boolean ofAnotherKind(Tokens tokens, int afterName, String kind) {
        if (afterName >= tokens.size()) return false;
        Token next = tokens.get(afterName);
        if (!next.pos().startsWith("NN") || next.isProperNoun()) return false;
        String noun = next.lemma().toLowerCase(Locale.ROOT);
        return !noun.equals(kind) && !(PRODUCT_NOUNS.contains(noun) && PRODUCT_NOUNS.contains(kind));
    }

    private static String holder(String headWord, int offset, List<Entity> entities, Map<String, List<Role>> roles) {
        String before = null, after = null;
        int beforePos = -1, afterPos = Integer.MAX_VALUE;
        for (Entity e : entities) {
            List<Role> rs = roles.get(e.id());
            if (rs == null) continue;
            boolean holds = false;
            for (Role r : rs) {
                for (String w : r.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) holds |= w.equals(headWord);
            }
            if (!holds) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < offset && m.start() > beforePos) {
                    before = e.id();
                    beforePos = m.start();
                } else if (m.start() > offset && m.start() < afterPos) {
                    after = e.id();
                    afterPos = m.start();
                }
            }
        }
        return before != null ? before : after;
    }

    private Map<String, Gender> genders(List<Entity> entities, Map<String, List<Role>> roles) {
        Map<String, Gender> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            Gender g = e.gender();
            if (g == Gender.UNKNOWN) {
                for (Role r : roles.getOrDefault(e.id(), List.of())) {
                    for (String w : r.title().split("[^\\p{L}.]+")) {
                        Gender wg = lexicons.wordGender(w);
                        if (wg != Gender.UNKNOWN) {
                            g = wg;
                            break;
                        }
                    }
                    if (g != Gender.UNKNOWN) break;
                }
            }
            out.put(e.id(), g);
        }
        return out;
    }
}
