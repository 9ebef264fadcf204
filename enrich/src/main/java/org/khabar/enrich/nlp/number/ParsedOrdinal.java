package org.khabar.enrich.nlp.number;

/**
 * An ordinal read from tokens {@code [startToken, endToken)}: الأول/الأولى، الثالث عشر،
 * الحادي والعشرين، الخامسة والعشرون، المئة والخامسة والعشرون.
 *
 * @param feminine true for feminine forms (الأولى، الثالثة)
 * @param definite true when written with the article (الثالث، as opposed to ثالث أيام العيد)
 */
public record ParsedOrdinal(long value, int startToken, int endToken, boolean feminine, boolean definite) {
}
