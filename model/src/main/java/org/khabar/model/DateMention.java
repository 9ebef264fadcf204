package org.khabar.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A calendar date the text refers to. {@code value} is ISO-8601 in the Gregorian calendar at
 * {@code granularity}; {@code calendar} says how the text wrote it (GREGORIAN or HIJRI) and
 * {@code relative} whether it was resolved against the publication date (أمس، الخميس الماضي).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateMention(
        String text,
        int start,
        int end,
        String value,
        DateGranularity granularity,
        String calendar,
        boolean relative) {
}
