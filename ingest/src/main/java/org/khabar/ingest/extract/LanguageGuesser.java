package org.khabar.ingest.extract;

/**
 * A cheap language guess from the script of the letters, used when the document does not declare
 * its language. Arabic script is reported as "ar" (Persian and Urdu pages also use it, and are rare
 * in the feeds Khabar is for); Latin as "und" since it can be any of many languages.
 */
public final class LanguageGuesser {
    private LanguageGuesser() {
    }

    public static String guess(String text) {
        int arabic = 0;
        int letters = 0;
        int limit = Math.min(text.length(), 5_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        return arabic * 2 >= letters ? "ar" : "und";
    }
}
