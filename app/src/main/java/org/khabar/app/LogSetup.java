package org.khabar.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Logging for the interactive launcher: the terminal shows Khabar's warnings and the libraries'
 * errors only (the status line is the progress display); everything at INFO goes to a log file in
 * the data folder.
 */
public final class LogSetup {
    private LogSetup() {
    }

    public static void quietConsoleAndLogTo(Path logFile, boolean verbose) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> console = it.next();
            ConsoleFilter filter = new ConsoleFilter(verbose ? Level.INFO : Level.WARN);
            filter.start();
            console.clearAllFilters();
            console.addFilter(filter);
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(ctx);
        file.setName("file");
        file.setFile(logFile.toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
        root.setLevel(Level.INFO);
    }
}
