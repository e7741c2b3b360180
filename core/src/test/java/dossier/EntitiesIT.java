package dossier;

import dossier.model.Entity;
import dossier.model.EntityType;
import dossier.model.Record;
import dossier.model.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static dossier.Analyses.analyze;
import static dossier.Analyses.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names, spelling variants, guards and roles on articles written for these tests. */
@Tag("models")
class EntitiesIT {
    static final String DETENTION = """
            Court extends detention of businessman

            Russian businessman Dmitry Kuznetsov was arrested in Moscow on March 3, prosecutors said.

            Kuznetsov, who was a senior manager at an energy firm, denies the charges. His lawyer Elena Sokolova \
            said Kuznetzov would appeal the ruling.

            Relatives of Kouznetsov said they were shocked. His wife, Irina Kuznetsova, told the Interfax news \
            agency that she had not been allowed to see him.

            Elena Petrova, a court spokeswoman, said the next hearing had been postponed. Petrova gave no reason.

            Sokolova said that Dmitry had lost weight in custody.

            Former Sergeant Alan Whitfield, a British observer, attended the hearing.
            """;

    @Test
    void aDescriptionOfAnOrganisationRefersToTheOneNamedBefore() {
        String text = """
                Ferry operator cuts jobs

                Hallberg Shipping said on Monday that it would cut 200 jobs this year. The company also plans to sell                 two ships to Baltic Lines, which has bought older vessels before.

                "We cannot keep every route open," the company said in a statement. Fuel costs at Skyway Airlines,                 which flies the same routes, have doubled, and the airline has cut fares. The company board meets                 on Friday.
                """;
        Record r = analyze(text, "2024-01-15");
        Entity shipping = entity(r, "Hallberg Shipping");
        long described = shipping.mentions().stream().filter(m -> m.text().equalsIgnoreCase("the company")).count();
        assertEquals(2, described, shipping.mentions().toString());
        assertTrue(entity(r, "Skyway Airlines").mentions().stream().anyMatch(m -> m.text().equals("the airline")),
                "the airline: the organisation whose name says airline, not the last one named");
        assertTrue(r.entities().stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.text().equals("The company board")));
        assertEquals("Hallberg Shipping", Analyses.speakerName(r, Analyses.quote(r, "We cannot keep")));
    }

    @Test
    void aDescriptionOfAProductRefersToOneOfItsKind() {
        Record r = analyze("""
                Test flight delayed

                The first Ardent Aerospace A90 airliner will fly a day late. Nordair Airlines said that two Halvorsen \
                Motors T900 engines on the aircraft would be replaced.
                """, "2024-01-15");
        Entity a90 = entity(r, "Ardent Aerospace A90");
        assertTrue(a90.mentions().stream().anyMatch(m -> m.text().equals("the aircraft")), a90.mentions().toString());
        assertTrue(entity(r, "Halvorsen Motors T900").mentions().stream().noneMatch(m -> m.text().startsWith("the ")),
                "engines are no aircraft, for all that they are the product named last");
    }

    @Test
    void aCompanysShortNameIsTheCompany() {
        Record r = analyze("""
                Carmaker cuts jobs

                The Velmont Motor Company will cut 900 jobs, Velmont said on Monday. Ardent Motors and the Ardent Group \
                were not affected.
                """, "2024-01-15");
        assertEquals(entity(r, "Velmont Motor Company").id(), entity(r, "Velmont").id());
        assertEquals("Velmont Motor Company", entity(r, "Velmont").name());
        assertNotEquals(entity(r, "Ardent Motors").id(), entity(r, "Ardent Group").id(), "a trade word alone is part of a name");
        Record trade = analyze("""
                Van sales

                Velmont Motors said on Tuesday that its van sales rose. Velmont said the electric vans sold best.
                """, "2024-01-15");
        assertEquals(entity(trade, "Velmont Motors").id(), entity(trade, "Velmont").id(), "a name and its trade");
    }

    @Test
    void productsAreNamedByMakerAndDesignation() {
        String text = """
                Regional jets

                The first Bombardier CRJ900 was delivered to the airline on Monday, and the Embraer E195 \
                order book was full. The CRJ900 carried 90 passengers on its first flight. Route 66 was closed \
                in May 2021.
                """;
        Record r = analyze(text, "2024-03-01");
        Entity jet = entity(r, "Bombardier CRJ900");
        assertEquals(EntityType.PRODUCT, jet.type());
        assertEquals(2, jet.mentions().size(), "the designation alone names it again: " + jet.aliases());
        assertEquals(EntityType.PRODUCT, entity(r, "Embraer E195").type());
        assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.PRODUCT && e.name().contains("66")),
                "a road is no product");
        Record later = analyze(text + "\nThe aircraft landed in Halifax two hours later.\n", "2024-03-01");
        assertTrue(entity(later, "Bombardier CRJ900").mentions().stream().anyMatch(m -> m.text().equals("The aircraft")),
                "a description of a kind of product refers to the product the story is about");
    }

    @Test
    void spellingVariantsJoinTheirPerson() {
        Record r = analyze(DETENTION, "2021-05-07");
        Entity dmitry = entity(r, "Dmitry Kuznetsov");
        assertTrue(dmitry.aliases().containsAll(java.util.List.of("Kuznetsov", "Kuznetzov", "Kouznetsov", "Dmitry")),
                dmitry.aliases().toString());
        assertEquals("Dmitry Kuznetsov", dmitry.name());
        assertEquals(EntityType.PERSON, dmitry.type());
    }

    @Test
    void guardsKeepDifferentPeopleApart() {
        Record r = analyze(DETENTION, "2021-05-07");
        assertNotEquals(entity(r, "Dmitry Kuznetsov").id(), entity(r, "Irina Kuznetsova").id(),
                "different given names never merge");
        assertNotEquals(entity(r, "Elena Sokolova").id(), entity(r, "Elena Petrova").id(),
                "a shared given name alone never merges");
        assertEquals(entity(r, "Elena Petrova").id(), entity(r, "Petrova").id());
        assertEquals(entity(r, "Elena Sokolova").id(), entity(r, "Sokolova").id());
    }

    @Test
    void rolesFromPremodifiersAndAppositions() {
        Record r = analyze(DETENTION, "2021-05-07");
        assertTrue(titles(entity(r, "Elena Sokolova")).contains("lawyer"), titles(entity(r, "Elena Sokolova")));
        assertTrue(titles(entity(r, "Elena Petrova")).contains("court spokeswoman"), titles(entity(r, "Elena Petrova")));
        assertTrue(titles(entity(r, "Dmitry Kuznetsov")).contains("businessman"));
        assertTrue(titles(entity(r, "Dmitry Kuznetsov")).contains("senior manager at an energy firm"));
        assertTrue(titles(entity(r, "Irina Kuznetsova")).contains("wife"));
    }

    @Test
    void aRankGluedToANameIsAPerson() {
        Record r = analyze(DETENTION, "2021-05-07");
        Entity alan = entity(r, "Alan Whitfield");
        assertEquals(EntityType.PERSON, alan.type());
        assertTrue(titles(alan).contains("former sergeant"), titles(alan));
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Sergeant")));
    }

    @Test
    void placesHaveSubtypes() {
        Record r = analyze(DETENTION, "2021-05-07");
        assertEquals("CITY", entity(r, "Moscow").subtype());
    }

    @Test
    void aSurnameTheTaggerRanIntoAnOrganisationsNameIsThePerson() {
        Record r = analyze("""
                Pier fees

                Marta Ruiz runs the ferry. In a letter to the Velmont Gazette Ruiz said the fees were unfair. \
                The Tom Reyes Trust paid for the pier; Tom Reyes said nothing.
                """, "2024-03-02");
        assertTrue(entity(r, "Marta Ruiz").mentions().stream().anyMatch(m -> m.text().equals("Ruiz")));
        assertTrue(r.entities().stream().noneMatch(e -> e.name().endsWith("Gazette Ruiz")), () -> names(r));
        assertTrue(r.entities().stream().anyMatch(e -> e.name().equals("The Tom Reyes Trust")
                || e.name().equals("Tom Reyes Trust")), () -> names(r) + ": only a final surname is split off");
    }

    private static String names(Record r) {
        return r.entities().stream().map(Entity::name).toList().toString();
    }

    private static String titles(Entity e) {
        return e.roles().stream().map(Role::title).map(String::toLowerCase).toList().toString();
    }
}
