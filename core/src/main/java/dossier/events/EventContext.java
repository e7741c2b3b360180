package dossier.events;

import dossier.entities.MentionIndex;
import dossier.model.Entity;
import dossier.model.Quote;
import dossier.model.TimeExpression;
import dossier.nlp.Token;
import dossier.nlp.Tokens;
import dossier.roles.Roles;

import java.util.List;
import java.util.Locale;

/** What the event stage reads of an article: its tokens, the names in them, roles, times and quotes. */
record EventContext(String text, Tokens tokens, MentionIndex index, List<Entity> entities, Roles roles,
                    List<TimeExpression> times, List<Quote> quotes) {
    Token t(int k) { return tokens.get(k); }

    String lower(int k) { return tokens.lower(k); }

    String lemma(int k) { return k < 0 || k >= tokens.size() ? "" : tokens.get(k).lemma().toLowerCase(Locale.ROOT); }
}
