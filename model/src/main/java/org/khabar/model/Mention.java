package org.khabar.model;

/**
 * A stretch of the article text: {@code text} is exactly {@code articleText.substring(start, end)}
 * (UTF-16 offsets into the raw article's {@code text}).
 */
public record Mention(String text, int start, int end) {
}
