package org.khabar.model;

/** Types of named entity. The scorers read PERSON, ORGANIZATION and LOCATION. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
