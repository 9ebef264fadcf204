package org.khabar.sink;

import java.util.List;

/** Told after each committed database transaction which ids it stored (launcher progress, tests). */
@FunctionalInterface
public interface SinkListener {
    SinkListener NONE = (articles, copies, deadLettered) -> {
    };

    void stored(List<String> articleIds, List<String> copyIds, List<String> deadLetteredKeys);
}
