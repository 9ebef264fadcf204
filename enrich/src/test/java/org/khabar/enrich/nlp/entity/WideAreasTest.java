package org.khabar.enrich.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WideAreasTest {
    @ParameterizedTest
    @ValueSource(strings = {"اليمن", "واليمن", "الولايات المتحدة", "أميركا", "روسيا", "سورية", "أوروبا", "الشرق الأوسط", "قطاع غزة"})
    void countriesAndRegionsAreWide(String name) {
        assertTrue(WideAreas.contains(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"عدن", "بغداد", "الموصل", "خان يونس", "حلب", "الفاشر"})
    void citiesAndDistrictsAreNot(String name) {
        assertFalse(WideAreas.contains(name), name);
    }
}
