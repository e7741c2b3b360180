package dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoxNamesTest {
    private static boolean boilerplate(String classes) {
        Element e = Jsoup.parse("<div class=\"" + classes + "\"></div>").selectFirst("div");
        return BoxNames.negative(BoxNames.of(e));
    }

    @Test
    void aBoilerplateWordMustBeAWordOfTheName() {
        assertTrue(boilerplate("site-pager"));
        assertTrue(boilerplate("relatedLinks"));
        assertTrue(boilerplate("sharingBar"), "camelCase starting the word");
        assertFalse(boilerplate("APageRoot__SectionWrapper"), "\"Page\" and \"Root\" hold no \"pager\"");
        assertFalse(boilerplate("mmenu-page"));
    }

    @Test
    void namesThatStateHowABoxIsShownSayNothing() {
        assertTrue(boilerplate("hidden"));
        assertFalse(boilerplate("field field-label-hidden"), "Drupal: a field shown without its label");
        assertFalse(boilerplate("field--label-hidden"));
        assertFalse(boilerplate("hidden-xs"));
        assertFalse(boilerplate("u-hidden-l"), "hidden on large screens only");
        assertFalse(boilerplate("visible-m"));
        assertTrue(boilerplate("hidden-teaser"));
    }
}
