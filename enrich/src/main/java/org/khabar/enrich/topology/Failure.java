package org.khabar.enrich.topology;

/** Why a record left the topology for the dead-letter topic. */
record Failure(String stage, String reason, Throwable error) {
}
