package dossier.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeysTest {
    @Test
    void transliterationVariantsMatch() {
        assertTrue(NameKeys.variantScore("Khodorkovsky", "Hodorkovsky") > 0);
        assertTrue(NameKeys.variantScore("Dostoyevsky", "Dostoevskiy") > 0);
        assertTrue(NameKeys.variantScore("Tchaikovsky", "Chaikovsky") > 0);
        assertTrue(NameKeys.variantScore("Mohammed", "Muhammad") > 0);
        assertTrue(NameKeys.variantScore("Gaddafi", "Qaddafi") > 0 || NameKeys.variantScore("Gaddafi", "Kadhafi") > 0);
        assertTrue(NameKeys.variantScore("Zelensky", "Zelenskyy") > 0);
    }

    @Test
    void productsAreTheirDesignationAndMaker() {
        NameKeys.Designation full = NameKeys.productDesignation("Ardent A90 Skyliner");
        assertEquals(new NameKeys.Designation("A90", "ardent"), full);
        assertTrue(full.sameProduct(NameKeys.productDesignation("A90s")), "no maker named: the same product");
        assertTrue(full.sameProduct(NameKeys.productDesignation("A90 Skyliner")));
        assertTrue(full.sameProduct(NameKeys.productDesignation("the A90")), "a determiner is no maker");
        assertFalse(full.sameProduct(NameKeys.productDesignation("Nordair A90")), "two makers: two products");
        assertFalse(full.sameProduct(NameKeys.productDesignation("Ardent A91")));
        assertEquals("JAS39", NameKeys.productDesignation("Saab JAS-39 Gripen").key());
        assertEquals("saab", NameKeys.productDesignation("Saab JAS-39 Gripen").maker());
        assertEquals(null, NameKeys.productDesignation("Ardent Skyliner"));
    }

    @Test
    void otherScriptsFoldToLatin() {
        assertEquals("navalnyj", NameKeys.fold("Навальный"));
        assertTrue(NameKeys.variantScore("Навальный", "Navalny") > 0);
        assertEquals("lopez", NameKeys.fold("López"));
    }

    @Test
    void differentNamesDoNotMatch() {
        assertEquals(0, NameKeys.variantScore("Johnson", "Jackson"));
        assertEquals(0, NameKeys.variantScore("Peterson", "Patterson") > 0.95 ? 1 : 0);
        assertEquals(0, NameKeys.variantScore("Smith", "Schmidt") >= 1 ? 1 : 0);
    }

    @Test
    void numbersInNamesAreIdentifiers() {
        assertEquals("tu154", NameKeys.fold("Tu-154"));
        assertFalse(NameKeys.fold("Apollo 11").equals(NameKeys.fold("Apollo 13")), "folding keeps the digits");
        assertEquals(0, NameKeys.variantScore("Sukhoi Su27", "Sukhoi Su30"));
        assertTrue(NameKeys.variantScore("Soyuz MS22", "Soiuz MS22") > 0, "the same number, a spelling variant");
    }

    @Test
    void aShortPhoneticKeyNeedsACloseSpelling() {
        // "Lee" and "Li" share a one-letter key: too short to merge on sound alone, and the spellings are not close.
        assertEquals(0, NameKeys.variantScore("Lee", "Lu"));
        assertEquals(0, NameKeys.variantScore("Kim", "Kam") > 0 && NameKeys.fold("Kim").length() < 3 ? 1 : 0);
    }

    @Test
    void givenNames() {
        assertTrue(NameKeys.givenNamesCompatible("Viktor", "Victor"));
        assertTrue(NameKeys.givenNamesCompatible("J.", "John"));
        assertFalse(NameKeys.givenNamesCompatible("Olga", "Viktor"));
    }

    @Test
    void aCompanyWithoutItsCompanyWords() {
        assertEquals("velmont", NameKeys.organisationCore("Velmont Motor Company"));
        assertEquals("velmont", NameKeys.organisationCore("Velmont Motors Co."));
        assertEquals("velmont", NameKeys.organisationCore("Velmont Group SpA"));
        assertEquals("velmont", NameKeys.organisationCore("Velmont"));
        assertEquals("velmontmotors", NameKeys.organisationCore("Velmont Motors"), "a trade word alone is part of the name");
        assertEquals("group", NameKeys.organisationCore("Group"), "a word always stays");
        assertEquals("ardentdynamics", NameKeys.organisationCore("Ardent Dynamics Inc."));
    }

    @Test
    void aCompanysShortNameInItsArticle() {
        assertEquals("velmont", NameKeys.organisationShortName("Velmont Motors"), "a name and its trade");
        assertEquals("velmont", NameKeys.organisationShortName("Velmont Motor Company"));
        assertEquals("ardentcars", NameKeys.organisationShortName("Ardent Cars"), "only a trade word goes");
        assertEquals("motors", NameKeys.organisationShortName("Motors"));
    }
}
