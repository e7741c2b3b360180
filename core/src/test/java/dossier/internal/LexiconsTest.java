package dossier.internal;

import dossier.model.Gender;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconsTest {
    private final Lexicons lexicons = Lexicons.get();

    @Test
    void theNameListsMajorityDecidesAGivenNamesGender() {
        // Listed twice as female and once, last, as male.
        assertEquals(Gender.FEMALE, lexicons.firstNameGender("Kazuko"));
        assertEquals(Gender.FEMALE, lexicons.firstNameGender("Yuko"));
        assertEquals(Gender.MALE, lexicons.firstNameGender("Tom"));
    }

    @Test
    void aNameListedOnceForEachGenderIsKnownButOfNoGender() {
        assertEquals(Gender.UNKNOWN, lexicons.firstNameGender("Hollis"));
        assertTrue(lexicons.isKnownFirstName("Hollis"), "still a given name");
    }
}
