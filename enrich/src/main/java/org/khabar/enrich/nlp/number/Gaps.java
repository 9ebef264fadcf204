package org.khabar.enrich.nlp.number;

import java.util.List;
import org.khabar.enrich.nlp.text.Token;

/**
 * What lies between two tokens of the normalised text. The tokenizer drops punctuation, so a
 * number word followed by a comma or a full stop must not be glued to the next word: callers
 * look at the gap.
 */
public final class Gaps {
    private Gaps() {
    }

    /** True when only spaces separate token {@code i-1} from token {@code i} (no punctuation, no line break). */
    public static boolean spaceOnlyBefore(CharSequence text, List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        int from = tokens.get(i - 1).end();
        int to = tokens.get(i).start();
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the gap before token {@code i} holds nothing that ends a phrase: spaces, quotes,
     * brackets or the tatweel-like hyphen of "الـ". Commas, full stops and line breaks end it.
     */
    public static boolean softBefore(CharSequence text, List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        int from = tokens.get(i - 1).end();
        int to = tokens.get(i).start();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '"' && c != '\'' && c != '(' && c != ')' && c != '«' && c != '»') {
                return false;
            }
        }
        return true;
    }

    /** True when the gap right after token {@code i} starts with a percent sign. */
    public static boolean percentAfter(CharSequence text, List<Token> tokens, int i) {
        int k = tokens.get(i).end();
        int n = text.length();
        while (k < n && text.charAt(k) == ' ') {
            k++;
        }
        return k < n && (text.charAt(k) == '%' || text.charAt(k) == '٪');
    }
}
