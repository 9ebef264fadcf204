package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.nlp.date.DateTestSupport.FRIDAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.model.DateMention;

/** Days, weekdays, months and years resolved against the publication day (Friday 5 January 2024). */
class RelativeDatesTest {
    static Stream<Arguments> relativeDays() {
        return DateTestSupport.table("""
                قال المتحدث أمس إن القوات انسحبت => 2024-01-04
                أعلنت الشرطة البارحة توقيف المشتبه به => 2024-01-04
                وكانت اللجنة قد اجتمعت أول من أمس => 2024-01-03
                وصل الوفد أمس الأول إلى عمّان => 2024-01-03
                اندلعت النيران أول أمس في المصنع => 2024-01-03
                أكد الوزير اليوم أن الخطة جاهزة => 2024-01-05
                قالت الوزارة في تدوينة، اليوم الجمعة، إن => 2024-01-05
                سقطت قذيفة مساء الأربعاء على الحي => 2024-01-03
                داهمت القوات المنزل فجر اليوم => 2024-01-05
                عثر على الجثة صباح أمس قرب النهر => 2024-01-04
                سمعت انفجارات الليلة الماضية في المدينة => 2024-01-04
                وقع الاشتباك الليلة قبل الماضية => 2024-01-03
                أفرج عن المعتقلين قبل يومين => 2024-01-03
                اختفى الصياد قبل ثلاثة أيام => 2024-01-02
                هطلت الأمطار قبل 4 أيام => 2024-01-01
                أعلن عن الصفقة قبل نحو أسبوع => 2023-12-29
                تبدأ الامتحانات غدا في كل المحافظات => 2024-01-06
                يصل المبعوث يوم غد إلى الخرطوم => 2024-01-06
                تنطلق المحادثات بعد غد => 2024-01-07
                وقعت الغارة ليل أمس على المعسكر => 2024-01-04
                أصيب جنديان في هجوم منتصف ليل الثلاثاء => 2024-01-02
                قتل ثلاثة مسلحين في اشتباك وقع أمس الخميس => 2024-01-04
                تعرضت الدورية لكمين مساء أمس الأول => 2024-01-03
                أعلن المكتب الإعلامي في وقت سابق من اليوم => 2024-01-05
                تظاهر المئات يوم أمس أمام البرلمان => 2024-01-04
                وصل الرئيس غدا السبت إلى المنامة => 2024-01-06
                صرّح الناطق بالأمس أن الحدود مغلقة => 2024-01-04
                """);
    }

    static Stream<Arguments> weekdaysWithQualifiers() {
        return DateTestSupport.table("""
                قصفت الطائرات الخميس الماضي مواقع في الجبل => 2024-01-04
                اجتمع المجلس الجمعة الماضية => 2023-12-29
                سيعقد الاجتماع الجمعة المقبلة في بيروت => 2024-01-12
                يصل الفريق الأحد القادم => 2024-01-07
                تبدأ الجولة يوم الأحد المقبل => 2024-01-07
                سيزور الوزير دمشق الثلاثاء لبحث الملف => 2024-01-09
                من المقرر أن تنطلق القمة الأربعاء في الرياض => 2024-01-10
                عقدت ورشة يومي الأحد والاثنين المقبلين => 2024-01-07 ; 2024-01-08
                أقيمت المعارض يومي السبت والأحد الماضيين => 2023-12-30 ; 2023-12-31
                نفذت الضربة ليلة الخميس الجمعة => 2024-01-04 ; 2024-01-05
                تعقد الجلسة الأسبوع المقبل يوم الأربعاء => 2024-01-10
                وصلت السفينة الاثنين من الأسبوع الماضي => 2023-12-25
                اجتمعوا هذا الأسبوع الثلاثاء => 2024-01-02
                قال مصدر طبي صباح السبت إن => 2023-12-30
                ينتهي الإضراب بعد غد الأحد => 2024-01-07
                """);
    }

    static Stream<Arguments> relativeMonthsAndYears() {
        return DateTestSupport.table("""
                ارتفع التضخم الشهر الماضي إلى مستوى قياسي => 2023-12
                تتراجع الأسعار هذا الشهر => 2024-01
                قتل 20 مدنيا في الشهر الجاري => 2024-01
                بدأ التطبيق في العام الماضي => 2023
                تنتهي ولايته في العام المقبل => 2025
                تضاعفت الإيرادات منذ العام الماضي => 2023
                أكد أن السنة الحالية ستشهد انتخابات => 2024
                ستجري الانتخابات في أواخر العام الجاري => 2024
                """);
    }

    /** Forms read since the recognizer cases were counted; sentences invented. */
    static Stream<Arguments> morePhrases() {
        return DateTestSupport.table("""
                تنطلق الرحلة بعد ثلاثة أسابيع من الآن => 2024-01-26
                تعلن النتائج بعد يومين من الانتخابات =>
                تستأنف التدريبات اعتبارا من الغد => 2024-01-06
                يستمر الإغلاق حتى الغد => 2024-01-06
                تنتهي المهلة نهاية الغد => 2024-01-06
                نقلت صحيفة الغد عن مصدر =>
                يحلم جيل الغد بالسلام =>
                غادر الوفد هذا الصباح إلى عمان => 2024-01-05
                يستمر المعرض من الجمعة 12 حتى الثلاثاء 16 => 2024-01-12 ; 2024-01-16
                وصل المبعوث الخميس في الحادي عشر => 2024-01-11
                عاد السفير يوم الجمعة في ستة عشر => 2024-02-16
                تعقد الجلسات الأسبوع المقبل بين الثلاثاء والخميس => 2024-01-09 ; 2024-01-11
                عقدت الورش هذا الأسبوع من الأحد إلى الثلاثاء => 2023-12-31 ; 2024-01-02
                يبدأ اليوم أول أيام المعرض => 2024-01-05
                انسحبت القوات في اليوم الأول للهدنة =>
                قتل 4 في الشهر الماضي => 2023-12
                # the nth weekday of a month (ordinals read with nlp.number)
                يقام الحفل في أول جمعة من رمضان 1445 => 2024-03-15
                اجتمعوا آخر خميس من الشهر الماضي => 2023-12-28
                يعقد السوق ثالث يوم أحد في أكتوبر => 2023-10-15
                صلى الناس الجمعة الأخيرة من الشهر الجاري => 2024-01-26
                تعقد الجلسة في ثاني خميس من فبراير => 2024-02-08
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"relativeDays", "weekdaysWithQualifiers", "relativeMonthsAndYears", "morePhrases"})
    void resolvesAgainstPublication(String sentence, String expected) {
        assertEquals(expected, DateTestSupport.values(sentence, FRIDAY), sentence);
    }

    /** Each weekday name against each publication weekday: the most recent one on or before. */
    static Stream<Arguments> everyWeekdayAgainstEveryDay() {
        String[] names = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
        List<Arguments> out = new ArrayList<>();
        LocalDate monday = LocalDate.of(2024, 1, 1);
        for (int p = 0; p < 7; p++) {
            LocalDate published = monday.plusDays(p);
            for (int d = 0; d < 7; d++) {
                DayOfWeek day = DayOfWeek.of(d + 1);
                out.add(Arguments.of(published, names[d], published.with(TemporalAdjusters.previousOrSame(day)),
                        published.with(TemporalAdjusters.previous(day)), published.with(TemporalAdjusters.next(day))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} published {0}")
    @MethodSource("everyWeekdayAgainstEveryDay")
    void resolvesEveryWeekday(LocalDate published, String name, LocalDate onOrBefore, LocalDate before,
            LocalDate after) {
        Instant at = published.atTime(10, 0).toInstant(ZoneOffset.UTC);
        assertEquals(onOrBefore.toString(), DateTestSupport.values("أعلنت الحكومة " + name + " أن", at));
        assertEquals(before.toString(), DateTestSupport.values("أعلنت الحكومة " + name + " الماضي أن", at));
        assertEquals(after.toString(), DateTestSupport.values("ستعلن الحكومة نتائجها " + name + " المقبل", at));
    }

    @Test
    void placesPlannedDatesAhead() {
        Instant june = Instant.parse("2024-06-15T08:00:00Z");
        // Six months either way: a report looks back, a plan looks ahead.
        assertEquals("2023-12-20", DateTestSupport.values("وقعت الاشتباكات في 20 ديسمبر", june));
        assertEquals("2024-12-20", DateTestSupport.values("ستجرى الانتخابات في 20 ديسمبر", june));
        assertEquals("2024-11", DateTestSupport.values("من المقرر أن تبدأ المحادثات في نوفمبر", june));
        assertEquals("2023-11", DateTestSupport.values("بدأت المحادثات في نوفمبر", june));
    }

    @Test
    void marksRelativeMentions() {
        List<DateMention> found = DateTestSupport.extract("قال أمس إن الاتفاق وقع في 3 مارس 2023", FRIDAY);
        assertEquals(2, found.size());
        assertTrue(found.get(0).relative());
        assertEquals(false, found.get(1).relative());
    }

    @Test
    void usesTheTextsOwnTodayWhenPublishedLateInTheEvening() {
        // 22:30 UTC on Thursday is already Friday in Baghdad; the text says so.
        Instant late = Instant.parse("2024-01-04T22:30:00Z");
        assertEquals("2024-01-04 ; 2024-01-05",
                DateTestSupport.values("أعلن المتحدث اليوم الجمعة أن الضربة نفذت أمس", late));
        // Without such a statement the UTC day is kept.
        assertEquals("2024-01-03", DateTestSupport.values("أعلن المتحدث أن الضربة نفذت أمس", late));
    }

    @Test
    void aQuotedOlderTodayDoesNotMoveTheAnchor() {
        Instant thursday = Instant.parse("2024-01-04T08:00:00Z");
        assertEquals("2024-01-01 ; 2024-01-03",
                DateTestSupport.values("وقال الوزير: نلتقي اليوم الاثنين في واشنطن. وقصفت الطائرات أمس المعسكر", thursday));
    }

    @Test
    void skipsRelativeExpressionsWithoutPublicationDay() {
        assertEquals("2023-03-03", DateTestSupport.values("قال أمس إن الاتفاق وقع في 3 مارس 2023 وسيطبق الخميس", null));
        assertEquals("", DateTestSupport.values("وصل الوفد في 12 ديسمبر والعام الماضي", null));
    }
}
