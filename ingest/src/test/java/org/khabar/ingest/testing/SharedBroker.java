package org.khabar.ingest.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestBroker} for the whole test run, started by the first class that needs it and
 * closed by JUnit when the run ends. Tests isolate themselves with their own topics.
 */
public final class SharedBroker implements BeforeAllCallback {
    private static volatile TestBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent("khabar-test-broker",
                k -> {
                    try {
                        broker = TestBroker.start();
                        return (AutoCloseable) broker::close;
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot start the test broker: " + e.getMessage(), e);
                    }
                }, AutoCloseable.class);
    }

    public static TestBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedBroker.class)");
        }
        return broker;
    }
}
