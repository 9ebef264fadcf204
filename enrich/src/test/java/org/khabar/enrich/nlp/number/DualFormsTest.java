package org.khabar.enrich.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DualFormsTest {
    private static final Set<String> SINGULARS = Set.of("جندي", "امراه", "يوم", "شهر", "سنه", "طفل");

    @ParameterizedTest
    @CsvSource({"جنديان,جندي", "جنديين,جندي", "امراتان,امراه", "امراتين,امراه", "يومين,يوم", "شهرين,شهر",
        "سنتين,سنه", "طفلين,طفل", "جنود,", "جندي,", "بغدادين,"})
    void singularOfDual(String word, String singular) {
        String got = DualForms.singularOfDual(word, SINGULARS::contains);
        if (singular == null) {
            assertNull(got);
        } else {
            assertEquals(singular, got);
        }
    }

    @ParameterizedTest
    @CsvSource({"مقتلهما,true", "اصابتهما,true", "حتفهما,true", "هما,false", "مقتلهم,false"})
    void dualPronoun(String word, boolean dual) {
        assertEquals(dual, DualForms.hasDualPronoun(word));
    }

    @ParameterizedTest
    @CsvSource({"مدنيين", "جنديين"})
    void obliqueEnding(String w) {
        assertTrue(DualForms.isObliqueEnding(w));
        assertFalse(DualForms.isObliqueEnding("جنديان"));
    }
}
