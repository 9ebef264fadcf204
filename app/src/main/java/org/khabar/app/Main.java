package org.khabar.app;

import org.khabar.app.cli.KhabarCommand;

/** Entry point of {@code ./khabar}: parses the command line and runs the chosen command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KhabarCommand.commandLine().execute(args));
    }
}
