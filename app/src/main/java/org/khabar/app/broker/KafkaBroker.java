package org.khabar.app.broker;

/** A Kafka broker Khabar started itself; {@link #close()} stops it (its threads would keep the JVM alive). */
public interface KafkaBroker extends AutoCloseable {
    String bootstrapServers();

    @Override
    void close();
}
