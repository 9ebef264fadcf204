package org.khabar.enrich.nlp.date;

import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.date.DateLexicon.Word;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.enrich.nlp.text.Tokenizer;

/**
 * The tokens of one normalised text as the date grammar sees them: each token's lexicon entry
 * (through clitics), its value when it is a plain number, and the punctuation between tokens.
 * Out-of-range indexes read as "no token" so rules can look ahead without bounds checks.
 */
final class TextView {
    private final NormalizedText text;
    private final String s;
    private final Token[] tokens;
    private final Word[] words;
    private final byte[] prefix;
    private final int[] numbers;
    /** Index of the next token (after i) that names a month or the word شهر/الشهر; size() if none. */
    private final int[] nextMonth;
    private List<Token> tokenList;

    TextView(NormalizedText text) {
        this.text = text;
        this.s = text.text();
        List<Token> list = Tokenizer.tokens(s);
        int n = list.size();
        tokens = list.toArray(new Token[0]);
        words = new Word[n];
        prefix = new byte[n];
        numbers = new int[n];
        for (int i = 0; i < n; i++) {
            String t = tokens[i].text();
            numbers[i] = -1;
            if (Character.isDigit(t.charAt(0))) {
                numbers[i] = plainNumber(t);
            } else {
                DateLexicon.Hit hit = DateLexicon.lookup(t);
                if (hit != null) {
                    words[i] = hit.word();
                    prefix[i] = (byte) hit.prefix();
                }
            }
        }
        nextMonth = new int[n];
        int next = n;
        for (int i = n - 1; i >= 0; i--) {
            nextMonth[i] = next;
            if (isMonthish(kind(i))) {
                next = i;
            }
        }
    }

    private static boolean isMonthish(Kind k) {
        return k == Kind.MONTH || k == Kind.MONTH_HEAD || k == Kind.HIJRI_MONTH || k == Kind.HIJRI_HEAD
                || k == Kind.MONTH_WORD;
    }

    /**
     * True when a month name or شهر/الشهر follows within five tokens: the only place a day written
     * in words (الخامس عشر من مايو، ثلاثة وعشرين مايو) can start, so number words elsewhere cost
     * nothing.
     */
    boolean monthAhead(int i) {
        return i >= 0 && i < nextMonth.length && nextMonth[i] < nextMonth.length && nextMonth[i] - i <= 5;
    }

    /**
     * Marks the conjunction و/ف glued to the number word read at token i (and a ب before the
     * article) as a clitic, so that the span and stem leave it out (والتاسع من أكتوبر -> التاسع من
     * أكتوبر); {@code conjoined} says whether the number reader saw one (واحد has none).
     */
    void numberWordAt(int i, boolean conjoined) {
        if (i < 0 || i >= tokens.length || words[i] != null || prefix[i] != 0) {
            return;
        }
        String t = tokens[i].text();
        int k = conjoined && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') ? 1 : 0;
        if (t.startsWith("بال", k) && t.length() - k > 4) {
            k++;
        }
        prefix[i] = (byte) k;
    }

    /** The normalised text, for the readers of nlp.number. */
    CharSequence chars() {
        return s;
    }

    /** The tokens as a list, for the readers of nlp.number (a view, not a copy). */
    List<Token> tokenList() {
        if (tokenList == null) {
            tokenList = java.util.Arrays.asList(tokens);
        }
        return tokenList;
    }

    private static int plainNumber(String t) {
        if (t.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    NormalizedText text() {
        return text;
    }

    int size() {
        return tokens.length;
    }

    /** The folded token, or "" past either end. */
    String token(int i) {
        return i >= 0 && i < tokens.length ? tokens[i].text() : "";
    }

    /** The token without the clitic letters that precede its lexicon entry (وأمس -> أمس). */
    String stem(int i) {
        String t = token(i);
        return i >= 0 && i < tokens.length && prefix[i] > 0 ? t.substring(prefix[i]) : t;
    }

    /** True when token i, read with or without its leading clitics (ولحركة -> حركة), is in {@code set}. */
    boolean in(java.util.Set<String> set, int i) {
        String t = token(i);
        if (set.contains(t)) {
            return true;
        }
        if (t.length() < 4) {
            return false;
        }
        int k = t.charAt(0) == 'و' || t.charAt(0) == 'ف' ? 1 : 0;
        if (k == 1 && set.contains(t.substring(1))) {
            return true;
        }
        char c = t.charAt(k);
        if (c == 'ل' && t.startsWith("ل", k + 1)) {
            return set.contains("ا" + t.substring(k + 1));
        }
        return (c == 'ب' || c == 'ل' || c == 'ك') && set.contains(t.substring(k + 1));
    }

    boolean is(int i, String folded) {
        return token(i).equals(folded);
    }

    Word word(int i) {
        return i >= 0 && i < words.length ? words[i] : null;
    }

    Kind kind(int i) {
        Word w = word(i);
        return w == null ? Kind.NONE : w.kind();
    }

    /** The direction word at token i (الماضي، المقبل، الجاري), or null. */
    Direction direction(int i) {
        return switch (kind(i)) {
            case PAST -> Direction.PAST;
            case FUTURE -> Direction.FUTURE;
            case CURRENT -> Direction.CURRENT;
            default -> null;
        };
    }

    /** The value of a plain 1-4 digit token, else -1. */
    int number(int i) {
        return i >= 0 && i < numbers.length ? numbers[i] : -1;
    }

    /** A 4-digit token's value, else -1. */
    int year(int i) {
        return number(i) >= 0 && token(i).length() == 4 ? number(i) : -1;
    }

    /** A 1-2 digit day number (1-31), else -1. */
    int day(int i) {
        int v = number(i);
        return v >= 1 && v <= 31 && token(i).length() <= 2 ? v : -1;
    }

    int start(int i) {
        return tokens[i].start() + prefix[i];
    }

    int end(int i) {
        return tokens[i].end();
    }

    /** Characters between token i-1 and token i (i == 0: text start; i == size: text end). */
    String gap(int i) {
        int from = i <= 0 || tokens.length == 0 ? 0 : tokens[Math.min(i, tokens.length) - 1].end();
        int to = i >= tokens.length ? s.length() : tokens[Math.max(i, 0)].start();
        return from >= to ? "" : s.substring(from, to);
    }

    /** True when only spaces separate token i-1 from token i. */
    boolean blank(int i) {
        if (i <= 0 || i >= tokens.length) {
            return false;
        }
        for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
            if (s.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the gap before token i holds nothing but spaces and characters of {@code allowed}
     * (at most one of them), and no line break.
     */
    boolean gapOf(int i, String allowed) {
        if (i <= 0 || i >= tokens.length) {
            return false;
        }
        int marks = 0;
        for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
            char c = s.charAt(k);
            if (c == ' ') {
                continue;
            }
            if (allowed.indexOf(c) < 0 || ++marks > 1) {
                return false;
            }
        }
        return true;
    }

    /** The single non-space character in the gap before token i, ' ' if none, '?' if several. */
    char mark(int i) {
        if (i <= 0 || i >= tokens.length) {
            return '?';
        }
        char found = ' ';
        for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
            char c = s.charAt(k);
            if (c != ' ') {
                if (found != ' ') {
                    return '?';
                }
                found = c;
            }
        }
        return found;
    }

    /** True when a sentence or clause boundary (. ! ? ؟ ؛ : newline) lies in the gap before token i. */
    boolean boundary(int i) {
        if (i <= 0 || i >= tokens.length) {
            return true;
        }
        for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
            char c = s.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == ':' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The original (unfolded) character at the start of token i's stem. */
    char originalFirst(int i) {
        return text.original().charAt(text.originalStart(start(i)));
    }
}
