package org.khabar.enrich.nlp.entity;

/**
 * One reading of a token with its proclitics removed: {@code form} is what a lexicon is asked
 * about, {@code prefix} how many characters of the token the clitics took (the mention starts
 * after them). For لل (ل + ال with the alef elided) the form is rebuilt with ال and the mention
 * keeps the whole token, since the article's alef is not in the text: {@code rebuiltArticle}.
 */
record Stem(String form, int prefix, boolean rebuiltArticle) {
    boolean stripped() {
        return prefix > 0 || rebuiltArticle;
    }
}
