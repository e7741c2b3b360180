package dossier;

import dossier.entities.EntityStage;
import dossier.events.EventStage;
import dossier.model.Entity;
import dossier.model.Gender;
import dossier.model.Mention;
import dossier.model.Record;
import dossier.pipeline.Analysis;
import dossier.quotes.QuoteStage;
import dossier.roles.RoleStage;
import dossier.roles.Roles;
import dossier.time.TimeStage;

import java.util.ArrayList;
import java.util.List;

/** Puts the stages' results together into the record: roles and title mentions join their entities. */
final class RecordAssembler {
    private RecordAssembler() {}

    static Record assemble(Analysis analysis) {
        Roles roles = analysis.get(RoleStage.ROLES);
        List<Entity> entities = new ArrayList<>();
        for (Entity e : analysis.get(EntityStage.ENTITIES)) {
            List<Mention> titled = new ArrayList<>();
            for (Roles.TitleMention t : roles.titleMentions()) if (t.entity().equals(e.id())) titled.add(t.mention());
            Entity withRoles = e.withRoles(roles.of(e.id()), titled);
            Gender g = roles.gender(e.id());
            if (g != Gender.UNKNOWN && g != e.gender()) {
                withRoles = new Entity(e.id(), e.type(), e.subtype(), e.name(), g, withRoles.aliases(),
                        withRoles.mentions(), withRoles.roles());
            }
            entities.add(withRoles);
        }
        return new Record(analysis.article(), entities, analysis.get(QuoteStage.QUOTES),
                analysis.get(TimeStage.TIMES), analysis.get(EventStage.EVENTS), analysis.problems());
    }
}
