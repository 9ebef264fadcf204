package org.khabar.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What the interactive launcher lets through to the terminal: Khabar's own warnings, and only
 * errors from the libraries (Kafka warns routinely during start-up and rebalances; those go to the
 * log file).
 */
final class ConsoleFilter extends Filter<ILoggingEvent> {
    private final Level khabarLevel;

    ConsoleFilter(Level khabarLevel) {
        this.khabarLevel = khabarLevel;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        Level min = event.getLoggerName().startsWith("org.khabar") ? khabarLevel : Level.ERROR;
        return event.getLevel().isGreaterOrEqual(min) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
