package org.khabar.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Kafka connection options shared by every command that talks to a broker. */
public final class KafkaOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:KHABAR_BOOTSTRAP_SERVERS}",
            description = "Kafka brokers to connect to (env KHABAR_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE", defaultValue = "${env:KHABAR_KAFKA_CONFIG}",
            description = "Properties file of extra Kafka client settings passed through unchanged, e.g. "
                    + "security.protocol, sasl.mechanism, sasl.jaas.config, ssl.truststore.location "
                    + "(env KHABAR_KAFKA_CONFIG).")
    Path kafkaConfig;

    @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
            description = "One extra Kafka client setting; repeatable; wins over --kafka-config.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    /** The pass-through client settings: the file's, then the -X ones. */
    Map<String, String> clientSettings() {
        Map<String, String> all = new LinkedHashMap<>();
        if (kafkaConfig != null) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(kafkaConfig)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --kafka-config " + kafkaConfig + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
        }
        all.putAll(kafkaProperties);
        return all;
    }

    String requireBootstrapServers() {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("--bootstrap-servers is required (or set KHABAR_BOOTSTRAP_SERVERS); "
                    + "to run everything on an embedded broker use './khabar run'");
        }
        return bootstrapServers;
    }
}
