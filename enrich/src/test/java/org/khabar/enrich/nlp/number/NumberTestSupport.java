package org.khabar.enrich.nlp.number;

import java.util.List;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.enrich.nlp.text.Tokenizer;

/** Normalises and tokenises a sentence the way the enricher does. */
final class NumberTestSupport {
    final NormalizedText text;
    final List<Token> tokens;

    NumberTestSupport(String sentence) {
        this.text = ArabicNormalizer.normalize(sentence);
        this.tokens = Tokenizer.tokens(text);
    }

    /** Index of the first token whose folded text equals the folded {@code word}. */
    int indexOf(String word) {
        String w = ArabicNormalizer.fold(word);
        for (Token t : tokens) {
            if (t.text().equals(w)) {
                return t.index();
            }
        }
        throw new AssertionError("no token " + word + " in " + text);
    }
}
