package org.khabar.enrich.event;

import org.khabar.model.Event;

/**
 * The result of grouping one report: its event (as it now stands, to publish), whether that
 * event changed (an unchanged replay need not be published again), and the place's new state.
 */
public record EventAssignment(String eventId, Event event, boolean changed, PlaceEvents placeEvents) {
}
