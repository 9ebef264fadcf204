package org.khabar.app.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/**
 * Many distinct short Arabic reports made up from word lists (fictional: no real outlet's text),
 * each with its own id, for driving a few thousand articles through the pipeline.
 */
final class SyntheticArticles {
    private static final String[] PLACES = {"الموصل", "كركوك", "البصرة", "حلب", "إدلب", "درعا", "تعز", "مأرب", "عدن",
        "بنغازي", "سرت", "الفاشر", "نيالا", "غزة", "جنين", "صور", "طرابلس", "دير الزور", "الرقة", "الأنبار"};
    private static final String[] EVENTS = {"انفجار عبوة ناسفة", "قصف مدفعي", "غارة جوية", "اشتباكات مسلحة",
        "هجوم بطائرة مسيرة", "سقوط قذيفة"};
    private static final String[] TARGETS = {"سوق شعبي", "حي سكني", "نقطة تفتيش", "مدرسة", "محطة وقود", "طريق رئيسي"};
    private static final JsonSerde<RawArticle> JSON = JsonSerde.of(RawArticle.class);

    private SyntheticArticles() {
    }

    static List<RawArticle> make(String prefix, int count, long seed) {
        Random r = new Random(seed);
        List<RawArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String place = PLACES[r.nextInt(PLACES.length)];
            String text = place + " - أفادت مصادر محلية بمقتل " + (2 + r.nextInt(30)) + " أشخاص وإصابة "
                    + (1 + r.nextInt(60)) + " آخرين في " + EVENTS[r.nextInt(EVENTS.length)] + " استهدف "
                    + TARGETS[r.nextInt(TARGETS.length)] + " في مدينة " + place + " صباح اليوم، في الحادثة رقم "
                    + prefix + "-" + i + " من سلسلة تقارير الاختبار. وقال مسؤول محلي إن فرق الإسعاف نقلت الجرحى "
                    + "إلى المستشفيات القريبة، فيما طوقت قوات الأمن المنطقة.";
            out.add(new RawArticle(prefix + "-" + i, "synthetic", null, null, null, "ar", text));
        }
        return out;
    }

    static String jsonLines(List<RawArticle> articles) {
        StringBuilder sb = new StringBuilder();
        for (RawArticle a : articles) {
            sb.append(JSON.toJson(a)).append('\n');
        }
        return sb.toString();
    }
}
