package org.khabar.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Text cleaning, publication dates as publishers write them, and datelines in every month-name system. */
class TextAndDatesTest {
    @Test
    void cleansControlCharactersReplacementCharactersAndPresentationForms() {
        assertEquals("قصف\tمخزن\n\nللوقود", TextCleaner.clean("\uFEFFقصف\u0000\tمخزن\uFFFD\r\n\n\n\u001Bللوقود\u0085"));
        // Arabic presentation forms (as PDFs give them) become ordinary letters.
        assertEquals("سلام", TextCleaner.clean("\uFEB3\uFEFC\uFEE1").replace("لا", "لا"));
        assertEquals("a\uD83D\uDE00b", TextCleaner.clean("a\uD83D\uDE00\uD800b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-04-10T06:30:00+03:00|2025-04-10T03:30:00Z",
        "2025-04-10 06:30:00|2025-04-10T06:30:00Z",
        "2025/4/10 6:30|2025-04-10T06:30:00Z",
        "2025-04-10T06:30:00+0300|2025-04-10T03:30:00Z",
        "2025-04-10|2025-04-10T00:00:00Z",
        "Thu, 10 Apr 2025 06:30:00 GMT|2025-04-10T06:30:00Z",
        "Thu, 10 Apr 2025 06:30:00 +0300|2025-04-10T03:30:00Z",
    })
    void parsesPublicationDates(String value, String expected) {
        assertEquals(Instant.parse(expected), DateParsing.parse(value));
    }

    @Test
    void ignoresWhatIsNotADate() {
        assertNull(DateParsing.parse("yesterday"));
        assertNull(DateParsing.parse(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وادي الريحان، 11 آذار/مارس 2025 (وكالة) - أعلنت السلطات|2025-03-11",
        "الجزائر في 3 جانفي 2024 - أفادت مصادر|2024-01-03",
        "الرباط، 5 غشت 2023 - قالت|2023-08-05",
        "بيروت - ١٢ تشرين الأول ٢٠٢٤ - أعلن|2024-10-12",
        "القاهرة في ٧ من أبريل ٢٠٢٥: قال|2025-04-07",
        "Beirut, March 12, 2025 - The ministry said|2025-03-12",
        "2025-03-09: flood warning|2025-03-09",
        "عمّان 09/03/2025 - أعلنت|2025-03-09",
    })
    void readsDatelines(String text, String date) {
        assertEquals(LocalDate.parse(date), Dateline.findDate(text));
    }

    @Test
    void aDateFarFromTheStartIsNotADateline() {
        String late = "أ".repeat(Dateline.WINDOW) + " 11 مارس 2025";
        assertNull(Dateline.findDate(late));
        assertNull(Dateline.findDate("قتل 12 شخصا في 2025 حسب التقديرات"));
    }
}
