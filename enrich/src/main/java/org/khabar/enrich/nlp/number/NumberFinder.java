package org.khabar.enrich.nlp.number;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.text.Token;

/** Every cardinal number of a token list, left to right, none overlapping. */
public final class NumberFinder {
    private NumberFinder() {
    }

    public static List<ParsedNumber> findAll(CharSequence text, List<Token> tokens) {
        List<ParsedNumber> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            ParsedNumber n = NumberParser.parse(text, tokens, i);
            if (n != null) {
                out.add(n);
                i = n.endToken();
            } else {
                i++;
            }
        }
        return out;
    }
}
