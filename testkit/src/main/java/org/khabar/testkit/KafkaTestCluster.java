package org.khabar.testkit;

import java.util.Map;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real KRaft cluster of several brokers (and one controller) inside the test JVM, built on
 * Kafka's own {@link KafkaClusterTestKit}: replicated topics, {@code min.insync.replicas} and
 * broker restarts behave as in production.
 */
public final class KafkaTestCluster implements AutoCloseable {
    private final KafkaClusterTestKit cluster;
    private final int brokers;

    private KafkaTestCluster(KafkaClusterTestKit cluster, int brokers) {
        this.cluster = cluster;
        this.brokers = brokers;
    }

    /** Starts {@code brokers} brokers with every topic replicated to all of them and min.insync.replicas = brokers - 1. */
    public static KafkaTestCluster start(int brokers) throws Exception {
        short replication = (short) brokers;
        String minIsr = Integer.toString(Math.max(1, brokers - 1));
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setNumBrokerNodes(brokers)
                .setNumControllerNodes(1)
                .build())
                .setConfigProp("default.replication.factor", Short.toString(replication))
                .setConfigProp("min.insync.replicas", minIsr)
                .setConfigProp("offsets.topic.replication.factor", Short.toString(replication))
                .setConfigProp("transaction.state.log.replication.factor", Short.toString(replication))
                .setConfigProp("transaction.state.log.min.isr", minIsr)
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("unclean.leader.election.enable", "false")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new KafkaTestCluster(cluster, brokers);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public int brokerCount() {
        return brokers;
    }

    public Map<Integer, BrokerServer> brokers() {
        return cluster.brokers();
    }

    /** Stops one broker as a crash would leave it, then starts it again on the same data and port. */
    public void restartBroker(int id) throws Exception {
        BrokerServer broker = cluster.brokers().get(id);
        if (broker == null) {
            throw new IllegalArgumentException("no broker " + id + "; brokers are " + cluster.brokers().keySet());
        }
        broker.shutdown();
        broker.awaitShutdown();
        broker.startup();
        cluster.waitForReadyBrokers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
