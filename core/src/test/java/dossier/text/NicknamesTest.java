package dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NicknamesTest {
    @Test
    void aNicknamesMarksAreCurledInPlace() {
        String text = "Ana \"Nan\" Reis met Tom 'Big Red' Reyes and called it \"Madness\" in \"Pier\" Row.";
        String curled = Nicknames.curled(text);
        assertEquals("Ana “Nan” Reis met Tom “Big Red” Reyes and called it \"Madness\" in \"Pier\" Row.", curled);
        assertEquals(text.length(), curled.length());
    }

    @Test
    void quotedAtNeedsTheWholeNickname() {
        String text = "Ana \"Nan\" Reis said.";
        assertTrue(Nicknames.quotedAt(text, 4, 9));
        assertFalse(Nicknames.quotedAt(text, 4, 8), "the closing mark is part of it");
        assertFalse(Nicknames.quotedAt("Reis Calls Dahl ‘A Fraud’ Over Fares", 16, 25), "a title-case headline");
        assertFalse(Nicknames.quotedAt("Reis called Dahl “Captain” Monday.", 17, 26), "a day after it");
    }
}
