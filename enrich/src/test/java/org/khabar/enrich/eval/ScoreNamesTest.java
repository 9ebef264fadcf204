package org.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الحشد الشعبي | حشد شعبي",
        "والحشد الشعبي | حشد شعبي",
        "للحشد الشعبي | حشد شعبي",
        "بالعراق | عراق",
        "وبالعراق | عراق",
        "لحماس | لحماس",
        "تحسين الخفاجي | تحسين خفاجي",
        "قناة \"صابرين نيوز\" | قناه صابرين نيوز",
        "أ.ف.ب | ا ف ب",
        "الله | له",
        "إسرائيل | اسراييل",
        "مُحَمَّد | محمد",
        "Getty | getty",
        "سوريـــا | سوريا",
        "الأمم المتحدة | امم متحده",
        "فلسطين | فلسطين",
        "ولاية الخرطوم | ولايه خرطوم",
    })
    void keysAsScorePyComputesThem(String name, String key) {
        assertEquals(key, ScoreNames.key(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  أَحمد   علي  | احمد علي",
        "مؤسسة (الأهرام) | موسسه الاهرام",
        "ی ک ى ئ | ي ك ي ي",
    })
    void normalises(String in, String out) {
        assertEquals(out, ScoreNames.norm(in));
    }

    @org.junit.jupiter.api.Test
    void emptyNamesHaveEmptyKeys() {
        assertEquals("", ScoreNames.key(""));
        assertEquals("", ScoreNames.key(" ، . "));
        assertEquals("", ScoreNames.key(null));
    }
}
