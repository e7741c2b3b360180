package dossier.entities;

import dossier.internal.Lexicons;
import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Gender;
import dossier.model.Span;
import dossier.nlp.NlpStage;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in an article and resolves them into entities: every mention, every surface form, the fullest
 * name. Capitalised words the tagger missed join a person when they are a spelling of a surname already known.
 */
public final class EntityStage implements Stage {
    public static final Key<List<Entity>> ENTITIES = Key.of("entities", List::of);

    private final Lexicons lexicons;
    private final MentionFinder finder;
    private final EntityResolver resolver;

    public EntityStage(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.finder = new MentionFinder(lexicons);
        this.resolver = new EntityResolver(lexicons);
    }

    @Override public String name() { return "entities"; }

    @Override public Set<Key<?>> requires() { return Set.of(NlpStage.TOKENS); }

    @Override public Set<Key<?>> provides() { return Set.of(ENTITIES); }

    @Override
    public void process(Analysis analysis) {
        Tokens tokens = analysis.get(NlpStage.TOKENS);
        List<NameMention> mentions = new ArrayList<>(ProductNames.find(analysis.text(), tokens,
                finder.find(analysis.text(), tokens)));
        mentions.removeIf(m -> analysis.article().isBoilerplate(m.span()));
        mentions.addAll(untaggedCandidates(tokens, mentions));
        analysis.put(ENTITIES, resolver.resolve(mentions, m -> genderMarkedBefore(tokens, m)));
    }

    /** "Mr. Reis", "spokeswoman Reis", "his wife Ana": the gender the word right before a name marks. */
    private Gender genderMarkedBefore(Tokens tokens, NameMention m) {
        int first = tokens.firstTokenStartingAtOrAfter(m.span().start());
        return first > 0 && first < tokens.size() ? lexicons.wordGender(tokens.get(first - 1).text()) : Gender.UNKNOWN;
    }

    /** Proper nouns outside any tagged mention, offered to the resolver as possible surname spellings. */
    private List<NameMention> untaggedCandidates(Tokens tokens, List<NameMention> tagged) {
        List<NameMention> out = new ArrayList<>();
        for (Token t : tokens.tokens()) {
            if (!"O".equals(t.ner()) || !t.isProperNoun() || !t.isCapitalized() || t.text().length() < 4) continue;
            if (!t.text().chars().allMatch(Character::isLetter)) continue;
            if (lexicons.isNonName(t.text()) || finder.isTitleWord(t.text())
                    || lexicons.gazetteerClass(t.text()) != null) continue;
            boolean inside = false;
            for (NameMention m : tagged) inside |= m.span().overlaps(t.span());
            if (inside) continue;
            out.add(new NameMention(new Span(t.start(), t.end()), t.text(), EntityType.MISC, List.of(t.text()), false));
        }
        return out;
    }
}
