package org.khabar.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An explicit count of people killed or injured. {@code qualifier} keeps the hedge written with
 * the number (نحو، أكثر من، على الأقل) or is null; {@code mainEvent} says whether the count is
 * about the incident the article reports rather than a background one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CasualtyMention(
        CasualtyKind kind,
        int count,
        String qualifier,
        String text,
        int start,
        int end,
        boolean mainEvent) {
}
