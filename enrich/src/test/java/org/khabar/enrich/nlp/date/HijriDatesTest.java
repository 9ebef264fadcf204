package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.nlp.date.DateTestSupport.FRIDAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.model.DateMention;

/**
 * Hijri dates, converted with Umm al-Qura and checked against publicly announced Saudi dates
 * (1 Ramadan 1445 = 11 March 2024, Eid al-Fitr 1445 = 10 April 2024, Eid al-Adha 1445 = 16 June
 * 2024, Hijri new year 1446 = 7 July 2024, ...).
 */
class HijriDatesTest {
    @ParameterizedTest(name = "{0}-{1}-{2} AH = {3}")
    @CsvSource({
        "1445, 9, 1, 2024-03-11",
        "1445, 10, 1, 2024-04-10",
        "1445, 12, 10, 2024-06-16",
        "1446, 1, 1, 2024-07-07",
        "1444, 9, 1, 2023-03-23",
        "1444, 12, 10, 2023-06-28",
        "1443, 10, 1, 2022-05-02",
        "1446, 9, 1, 2025-03-01",
        "1445, 6, 22, 2024-01-04",
    })
    void convertsKnownEquivalences(int year, int month, int day, String gregorian) {
        assertEquals(LocalDate.parse(gregorian), HijriCalendar.toGregorian(year, month, day));
    }

    @Test
    void staysGracefulOutsideUmmAlQura() {
        // Ashura of 61 AH (October 680 in the Julian calendar), and a far-future year.
        LocalDate karbala = HijriCalendar.toGregorian(61, 1, 10);
        assertNotNull(karbala);
        assertEquals(680, karbala.getYear());
        assertNotNull(HijriCalendar.toGregorian(1700, 1, 1));
        // The 30th of a 29-day month rolls into the next day instead of failing.
        int month = 1;
        while (java.time.chrono.HijrahDate.of(1445, month, 1).lengthOfMonth() != 29) {
            month++;
        }
        assertEquals(HijriCalendar.toGregorian(1445, month + 1, 1), HijriCalendar.toGregorian(1445, month, 30));
    }

    static Stream<Arguments> hijriSentences() {
        return DateTestSupport.table("""
                صدر الأمر الملكي في 22 جمادى الآخرة 1445 هـ => 2024-01-04
                يبدأ الصيام في 1 رمضان 1445 هـ في المملكة => 2024-03-11
                أعلنت المحكمة العليا أن غرة شوال 1445 ستكون أول أيام العيد => 2024-04-10
                يوافق يوم النحر 10 ذي الحجة 1445هـ => 2024-06-16
                تبدأ السنة الهجرية في الأول من محرم 1446 هـ => 2024-07-07
                وقع الحادث في 10 ذو الحجة 1444 للهجرة => 2023-06-28
                نشر القرار في 15 جمادى الأولى 1445 الموافق 29 نوفمبر 2023 => 2023-11-29
                تنتهي المهلة في 5 ربيع الآخر 1445هـ => 2023-10-20
                افتتح المشروع في 12 ربيع الأول 1445 => 2023-09-27
                عقد اللقاء في 3 شعبان 1445 هـ => 2024-02-13
                انطلقت الحملة في 7 رجب 1445هـ => 2024-01-19
                أقيم الحفل في 20 صفر 1445 هـ => 2023-09-05
                وصل الحجاج في 1 ذي القعدة 1444 => 2023-05-21
                صدر العدد الأول في رمضان 1445 => 2024-03
                انطلق المهرجان في رمضان 2023 => 2023-04
                يعود الطلاب في 25 جمادى الآخرة => 2024-01-07
                سافر الوفد يوم الخميس 22 جمادى الآخرة 1445 هـ الموافق 4 يناير 2024 م => 2024-01-04
                صدر البيان في 23 جمادى الآخرة 1445 هـ الموافق 4 يناير 2024 => 2024-01-04
                أعلنت الجامعة بدء التسجيل يوم الأحد 15/11/1436هـ => 2015-08-30
                شهد المسجد ليلة السابع والعشرين من رمضان الماضي زحاما => 2023-04-18
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hijriSentences")
    void findsHijriDates(String sentence, String expected) {
        assertEquals(expected, DateTestSupport.values(sentence, FRIDAY), sentence);
    }

    @Test
    void marksTheCalendarItWasWrittenIn() {
        List<DateMention> found = DateTestSupport.extract("صدر في 22 جمادى الآخرة 1445 هـ الموافق 4 يناير 2024 م", FRIDAY);
        assertEquals(2, found.size());
        assertEquals("HIJRI", found.get(0).calendar());
        assertEquals("22 جمادى الآخرة 1445 هـ", found.get(0).text());
        assertEquals("GREGORIAN", found.get(1).calendar());
        assertEquals("4 يناير 2024 م", found.get(1).text());
    }

    @Test
    void handlesOutOfRangeYearsInText() {
        List<DateMention> found = DateTestSupport.extract("استشهد الحسين في 10 محرم 61 هـ", Instant.parse("2024-07-16T00:00:00Z"));
        assertEquals(1, found.size());
        assertTrue(found.get(0).value().startsWith("0680-"));
    }
}
