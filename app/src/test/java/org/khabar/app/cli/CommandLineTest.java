package org.khabar.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line explains itself and refuses bad options with a clear sentence. */
class CommandLineTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = KhabarCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Result r = run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"run", "ingest", "enrich", "sink"}) {
            assertTrue(r.out().contains("  " + command + " "), r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "ingest", "enrich", "sink"})
    void everyOptionNamesItsEnvironmentVariable(String command) {
        Result r = run(command, "--help");
        assertEquals(0, r.code(), r.err());
        String help = r.out();
        assertTrue(help.contains("KHABAR_BOOTSTRAP_SERVERS"), help);
        assertTrue(help.contains("KHABAR_KAFKA_CONFIG"), help);
        // every long option but help/version/-X/--once/--offline/--verbose documents an env variable
        for (String line : help.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") && !t.startsWith("--help") && !t.startsWith("--version")
                    && !t.startsWith("--once ") && !t.equals("--once") && !t.startsWith("--offline")
                    && !t.startsWith("--kafka-property")) {
                assertTrue(t.contains("env KHABAR_") || nextLinesMention(help, t), command + ": " + t);
            }
        }
    }

    private static boolean nextLinesMention(String help, String optionLine) {
        int at = help.indexOf(optionLine);
        int next = help.indexOf("\n  -", at + optionLine.length());
        String block = help.substring(at, next < 0 ? help.length() : next);
        return block.contains("env KHABAR_");
    }

    @Test
    void servicesWithoutABrokerSayWhatToDo() {
        Result r = run("sink", "--bootstrap-servers", "");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--bootstrap-servers is required"), r.err());
        assertTrue(r.err().contains("./khabar run"), r.err());
    }

    @Test
    void unknownOptionsAreRefused() {
        Result r = run("run", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }
}
