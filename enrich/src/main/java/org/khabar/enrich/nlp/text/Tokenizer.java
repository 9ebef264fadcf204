package org.khabar.enrich.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: runs of letters, or runs of digits (with inner '.' or ','
 * kept, as in 1,200 or 3.5). Arabic letters and Latin letters each form words; punctuation is
 * not a token (callers look at the gap between tokens when punctuation matters).
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokens(NormalizedText text) {
        return tokens(text.text());
    }

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isDigit(s.charAt(j))
                        || ((s.charAt(j) == ',' || s.charAt(j) == '.' || s.charAt(j) == '٬' || s.charAt(j) == '٫')
                        && j + 1 < n && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j, out.size()));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j, out.size()));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
