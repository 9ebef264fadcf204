package org.khabar.enrich.nlp.casualty;

import java.util.List;
import org.khabar.enrich.nlp.text.Token;

/**
 * Sentence and clause of every token, from the punctuation between tokens: a full stop,
 * question or exclamation mark or line break ends a sentence; a comma, semicolon or colon ends a
 * clause.
 */
final class Layout {
    final int[] sentence;
    final int[] clause;
    /** First token of each sentence. */
    final int[] sentenceStart;

    Layout(CharSequence text, List<Token> tokens) {
        int n = tokens.size();
        sentence = new int[n];
        clause = new int[n];
        int s = 0;
        int c = 0;
        int[] starts = new int[Math.max(1, n)];
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                int from = tokens.get(i - 1).end();
                int to = tokens.get(i).start();
                boolean sentenceBreak = false;
                boolean clauseBreak = false;
                for (int k = from; k < to; k++) {
                    char ch = text.charAt(k);
                    if (ch == '\n') {
                        sentenceBreak = true;
                    } else if (ch == '.' || ch == '!' || ch == '?' || ch == '؟') {
                        sentenceBreak = true;
                    } else if (ch == ',' || ch == '،' || ch == '؛' || ch == ';' || ch == ':') {
                        clauseBreak = true;
                    }
                }
                if (sentenceBreak) {
                    s++;
                    starts[s] = i;
                }
                if (sentenceBreak || clauseBreak) {
                    c++;
                }
            }
            sentence[i] = s;
            clause[i] = c;
        }
        sentenceStart = java.util.Arrays.copyOf(starts, s + 1);
    }

    int sentenceEnd(int s) {
        return s + 1 < sentenceStart.length ? sentenceStart[s + 1] : sentence.length;
    }

    /** True when tokens {@code a} and {@code b} are in one sentence. */
    boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }
}
