package org.khabar.app.cli;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Small helpers shared by the commands. */
final class Services {
    private Services() {
    }

    static Properties adminProperties(String bootstrapServers, Map<String, String> clientSettings) {
        Properties p = new Properties();
        // Pass-through settings include security ones, which the admin client needs too.
        clientSettings.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }
}
