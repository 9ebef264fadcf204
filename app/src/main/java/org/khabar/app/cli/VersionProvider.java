package org.khabar.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar manifest and the Kafka client version it was built with. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = KhabarCommand.class.getPackage().getImplementationVersion();
        return new String[] {"khabar " + (version == null ? "development build" : version),
                "Kafka clients " + org.apache.kafka.common.utils.AppInfoParser.getVersion(),
                "Java " + System.getProperty("java.version")};
    }
}
