package org.khabar.enrich.nlp.entity;

import org.khabar.model.EntityType;

/**
 * A noun that introduces a name (حركة النجباء، وزارة الدفاع، محافظة بابل). {@code style} says
 * what may follow it and whether the head is part of the name.
 */
record Head(EntityType type, Style style) {
    enum Style {
        /** Organisations named by a proper name: حركة حماس، جماعة الحوثي، تنظيم داعش. Head kept. */
        PROPER,
        /** Bodies named by a domain: وزارة الدفاع، مجلس الأمن، هيئة الحشد. Head kept. */
        INSTITUTION,
        /** Outlets: قناة، صحيفة، وكالة، موقع. Head kept. */
        MEDIA,
        /** Forces and armies: only a proper complement makes a name (قوات الدعم السريع, not قوات الأمن). */
        FORCE,
        /** Administrative units: محافظة بابل → بابل. Head dropped from the name. */
        ADMIN,
        /** Facilities named after a place: قاعدة عين الأسد، معبر رفح → the place. Head dropped. */
        FACILITY,
        /** Places whose head is part of the name: شارع فلسطين، مخيم جنين، ساحة التحرير. */
        NAMED
    }

    boolean keepsHead() {
        return style != Style.ADMIN && style != Style.FACILITY;
    }
}
