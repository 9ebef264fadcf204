package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.enrich.nlp.date.DateTestSupport.FRIDAY;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is not a date: durations, times of day, ages, counts, words that look like date words
 * (العام "general", مارس "practised", أب "father", صفر "zero", الاثنين "both"), names that contain
 * a date (ثورة 25 يناير), and the day of something else (قبل يومين من الانتخابات).
 */
class DateTrapsTest {
    static Stream<Arguments> noDates() {
        return DateTestSupport.table("""
                يعيش في المنفى منذ 10 أعوام => 
                أغلق الطريق لمدة 3 أيام => 
                أمهلت الحكومة الفصائل خلال 48 ساعة => 
                بدأ حظر التجول الساعة 10 صباحا => 
                يبلغ الضحية من العمر 25 عاما => 
                قتل آمر اللواء 12 في الضربة => 
                قتل 12 شخصا في الهجوم => 
                نشرت الولايات المتحدة 2500 جندي في البلاد => 
                ينتشر في 2500 موقع عسكري => 
                صرح الأمين العام للأمم المتحدة => 
                أكد الأمين العام الحالي للحزب => 
                طالب النائب العام بفتح تحقيق => 
                يهتم الرأي العام بالقضية => 
                تحسن الوضع بشكل عام => 
                مارس الجيش ضغوطا على السكان => 
                ومارس الضغط على الحكومة => 
                قتل أب لثلاثة أطفال => 
                عبرت السفن مضيق باب المندب => 
                فاز الفريق بصفر مقابل ثلاثة => 
                وانتهت المباراة 3 صفر => 
                فرّق القاضي بين الاثنين وحكم على كلا الاثنين => 
                تواصل الحصار حتى اليوم => 
                في اليوم التالي انسحبت القوات => 
                احتفلت البلاد باليوم الوطني => 
                يحيي المصريون ذكرى ثورة 25 يناير => 
                تحدث عن حرب أكتوبر وانتصاراتها => 
                خرجت مسيرات لحركة 20 فبراير في الرباط => 
                انتقد نواب تيار 14 آذار الحكومة => 
                يقع المصنع في مدينة العاشر من رمضان => 
                قال الفنان محمد رمضان إن => 
                تحتفل الأسر بقدوم شهر رمضان المبارك => 
                أنفقت الوزارة على مدار العام الماضي مبالغ كبيرة => 
                ارتفعت الأسعار خلال العام الماضي => 
                تراجعت الهجمات الأسبوع الماضي => 
                يستعد الطرفان للقاء الأسبوع المقبل => 
                وصل قبل يومين من موعد الانتخابات => 
                رحل قبل ثلاثة أيام على انطلاق المؤتمر => 
                عاد بنا الحديث إلى الأمس القريب => 
                وقد غدا الوضع أكثر خطورة => 
                زار المخيم في ذلك اليوم => 
                سجلت المحطة 1436 حالة => 
                هذا ما حدث في عام 1445 هـ => 
                جرت الانتخابات عام 1436 بإشراف دولي => 
                يعمل ثلاث مرات في اليوم => 
                تدرس المادة 7 من الدستور => 
                يقع المكتب في الطابق 27 => 
                قتل الخميس 21 شخصا في القصف => 2024-01-04
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDates")
    void ignoresWhatIsNotADate(String sentence, String expected) {
        assertEquals(expected, DateTestSupport.values(sentence, FRIDAY), sentence);
    }
}
