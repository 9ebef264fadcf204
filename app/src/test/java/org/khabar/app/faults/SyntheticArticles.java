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
    /** Words for a varied second sentence, so articles differ as real reports do (not one template). */
    private static final String[] WORDS = ("وقال شهود عيان إن الانفجار سمع في أحياء بعيدة وتصاعدت أعمدة الدخان فوق المباني "
            + "بينما هرعت سيارات الإطفاء والإسعاف وأغلقت الشرطة الطرق المؤدية إلى المكان وطالب السكان بتعزيز الحماية "
            + "ونقلت مصادر طبية أن بعض المصابين في حالة حرجة وأن المستشفيات تعاني نقصا في الأدوية والمعدات "
            + "وأكد مسؤولون محليون أن التحقيقات مستمرة لمعرفة الجهة المسؤولة وأن الأضرار المادية كبيرة "
            + "فيما دعت منظمات إنسانية إلى وقف الهجمات على المدنيين وتأمين وصول المساعدات العاجلة للأسر المتضررة")
            .split(" ");
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
                    + prefix + "-" + i + " من سلسلة تقارير الاختبار. " + words(r, 40) + ".";
            out.add(new RawArticle(prefix + "-" + i, "synthetic", null, null, null, "ar", text));
        }
        return out;
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    static String jsonLines(List<RawArticle> articles) {
        StringBuilder sb = new StringBuilder();
        for (RawArticle a : articles) {
            sb.append(JSON.toJson(a)).append('\n');
        }
        return sb.toString();
    }
}
