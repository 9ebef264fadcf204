package org.khabar.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command and its subcommands. */
@Command(name = "khabar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Khabar (خبر): streaming news ingestion on Apache Kafka.",
            "Articles are ingested from files, folders and JSON lines, deduplicated, enriched with named "
                    + "entities, dates and casualty counts (Arabic first), and stored in SQLite or PostgreSQL.",
            "",
            "Start with:",
            "  ./khabar run              demo articles, embedded Kafka, SQLite",
            "  ./khabar run --once DIR   ingest DIR, wait until stored, summary",
            "Every option can also be set through the environment variable named in its description."
        },
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, QueryCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class KhabarCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: errors print one clear sentence and the usage hint, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KhabarCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("khabar " + commandLine.getCommandName() + ": " + message);
            if (e instanceof IllegalArgumentException) {
                err.println("Run './khabar " + commandLine.getCommandName() + " --help' for the options.");
                return 2;
            }
            if (System.getenv("KHABAR_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set KHABAR_DEBUG=1 for the stack trace)");
            }
            return 1;
        });
        return cl;
    }
}
