package org.khabar.app.observe;

import java.util.Map;

/**
 * What {@code /health} answers: {@code UP} (HTTP 200), or {@code STARTING} / {@code DOWN} (HTTP
 * 503), with a few details (the Streams state, why a service stopped).
 */
public record Health(Status status, Map<String, Object> details) {
    public enum Status { UP, STARTING, DOWN }

    public Health {
        details = Map.copyOf(details);
    }

    public static Health up(Map<String, Object> details) {
        return new Health(Status.UP, details);
    }

    public static Health starting() {
        return new Health(Status.STARTING, Map.of());
    }

    public static Health down(String why) {
        return new Health(Status.DOWN, Map.of("reason", why == null ? "stopped" : why));
    }

    int httpStatus() {
        return status == Status.UP ? 200 : 503;
    }
}
