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
        assertTrue(r.out().contains("KHABAR_BOOTSTRAP_SERVERS"), r.out());
        var flags = java.util.Set.of("--help", "--version", "--once", "--offline", "--verbose", "--kafka-property");
        for (var option : KhabarCommand.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
            if (flags.contains(option.longestName())) {
                continue;
            }
            assertTrue(String.join(" ", option.description()).contains("(env KHABAR_"),
                    command + " " + option.longestName() + " does not name its environment variable");
        }
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
