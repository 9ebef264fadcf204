/**
 * Arabic numbers on tokens of {@link org.khabar.enrich.nlp.text.NormalizedText}: every reader
 * takes the folded text, the token list of {@link org.khabar.enrich.nlp.text.Tokenizer} and a
 * token index, and returns a value object with the token range it consumed (or null).
 * <ul>
 * <li>{@link org.khabar.enrich.nlp.number.NumberParser}: cardinals in digits (1,200 / 3.5),
 * words in every gender and case (خمسة وعشرون، ثلاثمائة، اثني عشر، ألفين) or both (3 آلاف،
 * 1.5 مليون);</li>
 * <li>{@link org.khabar.enrich.nlp.number.OrdinalParser}: الأول/الأولى، الحادي عشر، الحادي
 * والعشرين (day-of-month words);</li>
 * <li>{@link org.khabar.enrich.nlp.number.QuantityParser}: a hedge (نحو، أكثر من، ما لا يقل
 * عن) and a number, a range (بين 10 و15), or a vague quantity (عشرات، بضعة) with no count;
 * {@link org.khabar.enrich.nlp.number.Qualifiers#after} reads على الأقل after a noun;</li>
 * <li>{@link org.khabar.enrich.nlp.number.DualForms}: a dual noun counts two (يومين، جنديين),
 * given the singulars the caller knows;</li>
 * <li>{@link org.khabar.enrich.nlp.number.NumberFinder}: every number of a token list.</li>
 * </ul>
 * Example: {@code NumberParser.parse(text.text(), tokens, i)} on "ثلاثة آلاف وخمسمئة" gives
 * 3500 over three tokens. Stateless and thread-safe.
 */
package org.khabar.enrich.nlp.number;
