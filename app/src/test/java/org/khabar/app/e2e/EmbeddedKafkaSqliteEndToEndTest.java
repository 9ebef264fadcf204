package org.khabar.app.e2e;

/** The scenario on the embedded KRaft broker `khabar run` starts, with SQLite. */
class EmbeddedKafkaSqliteEndToEndTest extends PipelineScenario {
    @Override
    String bootstrapServers() {
        return null;
    }

    @Override
    String storeUrl() {
        return null;
    }
}
