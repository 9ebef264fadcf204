package org.khabar.enrich.nlp.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyMention;

/**
 * Random sequences of casualty words, numbers, hedges and punctuation, cut anywhere: the
 * extractor must never throw, and every span must be the original text.
 */
class CasualtyFuzzTest {
    private static final String[] PIECES = {
        "مقتل", "قتل", "قُتل", "استشهاد", "أصيب", "إصابة", "وإصابة", "لقي", "حتفهم", "مصرعهما", "قتيلا", "قتلى",
        "جرحى", "جريحا", "شهيدا", "عدد", "القتلى", "حصيلة", "إلى", "ارتفع", "بينهم", "منهم", "من", "و", "آخرين",
        "أشخاص", "شخصين", "جنديان", "مدنيين", "اثنين", "ثلاثة", "وعشرون", "مئة", "ألف", "آلاف", "عشرات", "نحو",
        "أكثر", "على", "الأقل", "ما", "لا", "يقل", "عن", "بين", "و15", "5", "1,200", "3.5", "٧", "2014", "%",
        "9:30", "،", ".", "\n", "\"", "(", ")", "منذ", "بدء", "الحرب", "الماضي", "الشهر", "مماثل", "وكان", "قد",
        "ـ", "ً", "الـ", "بـ", "مع", "عضو", "آخر", "حالة", "اختناق", "بفيروس", "قتيل", "وجريح", "أودى", "بحياة",
    };

    @Test
    void neverThrowsAndSpansStayTrue() {
        Random random = new Random(20240310L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                sb.append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString();
            if (random.nextBoolean() && text.length() > 2) {
                text = text.substring(0, random.nextInt(text.length()));
            }
            Casualties c = CasualtyTestSupport.extract(text);
            for (CasualtyMention m : c.mentions()) {
                assertEquals(text.substring(m.start(), m.end()), m.text(), text);
                assertTrue(m.count() >= 1, text);
            }
        }
    }
}
