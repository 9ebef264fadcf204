package org.khabar.enrich.nlp.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.enrich.nlp.text.ArabicNormalizer;

class PersonNounsTest {
    private static final PersonNouns NOUNS = new PersonNouns();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "شخص,SINGULAR", "شخصا,SINGULAR", "شخصين,DUAL", "شخصان,DUAL", "أشخاص,PLURAL",
        "جندي,SINGULAR", "جنديا,SINGULAR", "جنديين,DUAL", "جنديان,DUAL", "جنود,PLURAL",
        "مدني,SINGULAR", "مدنيا,SINGULAR", "مدنيان,DUAL", "مدنيين,PLURAL_OR_DUAL", "مدنيون,PLURAL",
        "امرأة,SINGULAR", "امرأتين,DUAL", "امرأتان,DUAL", "نساء,PLURAL",
        "طفل,SINGULAR", "طفلين,DUAL", "طفلان,DUAL", "أطفال,PLURAL", "طفلتين,DUAL",
        "عنصر,SINGULAR", "عنصرين,DUAL", "عناصر,PLURAL", "عنصرا,SINGULAR",
        "فلسطيني,SINGULAR", "فلسطينيين,PLURAL_OR_DUAL", "فلسطينيون,PLURAL", "فلسطينيان,DUAL",
        "مسلحين,PLURAL_OR_DUAL", "مسلحان,DUAL", "عسكريين,PLURAL_OR_DUAL",
        "آخرين,PLURAL_OR_DUAL", "آخر,SINGULAR",
        "والأطفال,PLURAL", "للجنود,PLURAL", "بالمدنيين,PLURAL_OR_DUAL", "وطفلين,DUAL",
        "جنودها,PLURAL", "عناصرها,PLURAL", "مرافقه,SINGULAR", "زوجته,SINGULAR",
        "بورونديين,PLURAL_OR_DUAL", "سيدتين,DUAL", "منتسبين,PLURAL_OR_DUAL",
    })
    void grammaticalNumber(String word, PersonNouns.Number number) {
        PersonNouns.Form f = NOUNS.lookup(ArabicNormalizer.fold(word));
        assertEquals(number, f == null ? null : f.number(), word);
    }

    @ParameterizedTest
    @CsvSource({"منزل", "هجوم", "بغداد", "القصف", "الحرب", "صواريخ"})
    void notPeople(String word) {
        assertNull(NOUNS.lookup(ArabicNormalizer.fold(word)), word);
    }
}
