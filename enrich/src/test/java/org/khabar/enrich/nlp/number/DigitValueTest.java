package org.khabar.enrich.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitValueTest {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "7|false|7", "007|false|7", "1200|false|1200", "1,200|false|1200", "1.200|false|1200",
        "1.200|true|1.2", "1,5|false|1.5", "3.5|false|3.5", "0.75|false|0.75", "0,08|false|0.08",
        "12,500,000|false|12500000", "12.500.000|false|12500000", "1,234.56|false|1234.56",
        "1.234,56|false|1234.56", "5.00|false|5", "3٫5|false|3.5", "1٬200|false|1200",
        "123456789101231|false|123456789101231",
    })
    void values(String token, boolean beforeMultiplier, double expected) {
        assertEquals(expected, DigitValue.parse(token, beforeMultiplier), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"192.168.1.2", "1.2.3", "12,34,5", "١٢"})
    void notOneNumber(String token) {
        assertTrue(Double.isNaN(DigitValue.parse(token, false)));
    }
}
