package dossier.nlp;

import dossier.model.Paragraph;
import dossier.pipeline.Analysis;
import dossier.pipeline.Key;
import dossier.pipeline.Stage;
import dossier.text.Markup;
import dossier.text.Nicknames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens, sentences, POS, lemmas and NER for every paragraph that is not boilerplate. */
public final class NlpStage implements Stage {
    public static final Key<Tokens> TOKENS = Key.of("tokens", () -> Tokens.EMPTY);

    /** Longer paragraphs are analysed in pieces so one pathological block cannot stall the article. */
    static final int MAX_PARAGRAPH_CHARS = 20_000;
    /**
     * Text past this point (about 50,000 words, longer than any news article) is kept but not analysed, so a
     * runaway input costs seconds, not minutes; the record says so.
     */
    public static final int MAX_ANALYSED_CHARS = 300_000;

    private final NlpBackend backend;

    public NlpStage(NlpBackend backend) {
        this.backend = backend;
    }

    @Override public String name() { return "nlp"; }

    @Override public Set<Key<?>> requires() { return Set.of(); }

    @Override public Set<Key<?>> provides() { return Set.of(TOKENS); }

    @Override
    public void process(Analysis analysis) {
        String text = analysis.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> paragraphs = analysis.article().paragraphs();
        HeadlineCase headlineCase = HeadlineCase.of(text, paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (paragraph.kind() == Paragraph.Kind.BOILERPLATE) continue;
            int from = paragraph.span().start(), end = Math.min(paragraph.span().end(), MAX_ANALYSED_CHARS);
            if (from >= MAX_ANALYSED_CHARS) {
                analysis.report("the text is " + text.length() + " characters long; only the first "
                        + MAX_ANALYSED_CHARS + " were analysed");
                break;
            }
            while (from < end) {
                int to = Math.min(end, from + MAX_PARAGRAPH_CHARS);
                if (to < end) {
                    int cut = text.lastIndexOf(' ', to);
                    if (cut > from) to = cut;
                }
                for (List<Token> sentence : backend.annotate(forTagger(headlineCase.apply(text, from, to)), from)) {
                    int first = tokens.size();
                    List<Token> repaired =
                            PresentTense.repaired(NounAfterPossessive.repaired(NounAfterPreposition.repaired(sentence)));
                    for (Token t : repaired) {
                        // The tags are the recased headline's; the token is the article's own characters.
                        tokens.add(new Token(tokens.size(), t.span().of(text), t.span(), t.pos(), t.lemma(), t.ner(),
                                sentences.size()));
                    }
                    sentences.add(new Sentence(sentences.size(),
                            new dossier.model.Span(sentence.get(0).start(), sentence.get(sentence.size() - 1).end()),
                            first, tokens.size(), p));
                }
                from = to;
            }
        }
        analysis.put(TOKENS, new Tokens(tokens, sentences));
    }

    /**
     * {@code text} as the tokenizer and tagger read it best, one character for one so that every offset holds (the
     * tokens keep the article's own characters): apostrophes inside words made ASCII, and a party-and-state tag's
     * hyphen before a dotted abbreviation made a space ("(R-S.C.)" reads as "(R S.C.)": CoreNLP cuts "R-S.C." into
     * "R-S.C" and a full stop, and ends the sentence there, so "X (R-S.C.), chair of ..., said" lost its verb), and
     * a title it does not know read as one it does ("Del. Ana Reis" as "Gen. Ana Reis"), and a quoted nickname's
     * marks made curly ({@link Nicknames}), and markup left in the text made spaces ({@link Markup}).
     */
    static String forTagger(String text) {
        String read = PARTY_STATE_HYPHEN.matcher(Nicknames.curled(straightApostrophes(Markup.blanked(text))))
                .replaceAll(" ");
        Matcher title = UNKNOWN_TITLE.matcher(read);
        return title.find() ? title.replaceAll(m -> KNOWN_TITLE.get(m.group())) : read;
    }

    private static final Pattern PARTY_STATE_HYPHEN = Pattern.compile("(?<=\\b\\p{Lu})-(?=(?:\\p{Lu}\\.){2,})");

    /**
     * Abbreviated titles CoreNLP's tokenizer does not know end its sentence ("Del. Ana Reis said" splits after
     * "Del."); before a name each is read as a title it knows, of the same length.
     */
    private static final Map<String, String> KNOWN_TITLE = Map.of("Del.", "Gen.", "Sec.", "Sen.", "Comm.", "Capt.");
    private static final Pattern UNKNOWN_TITLE = Pattern.compile("\\b(?:" + KNOWN_TITLE.keySet().stream()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")(?= \\p{Lu}\\p{Ll})");

    /**
     * {@code text} with each typographic apostrophe inside a word ("she’ll", "won’t", "mayor’s") made the ASCII one
     * the tagger's training text used: CoreNLP reads "she’ll" as a pronoun and a base verb, "she'll" as a pronoun and
     * a modal. One character for one, so every offset holds; closing quotation marks (after a word, not inside one)
     * stay as they are.
     */
    static String straightApostrophes(String text) {
        if (text.indexOf('\u2019') < 0) return text;
        char[] chars = text.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            boolean insideWord = Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1]);
            if (chars[i] == '\u2019' && insideWord) chars[i] = '\'';
        }
        return new String(chars);
    }
}
