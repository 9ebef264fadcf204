package org.khabar.enrich.nlp.casualty;

import org.khabar.model.CasualtyKind;

/**
 * What a casualty word does in a sentence.
 *
 * @param kind     killed or injured
 * @param role     how the count is found around the word
 * @param plural   for count nouns: قتلى/جرحى (true) as opposed to قتيل/جريح
 * @param definite written with the article (القتلى)
 */
record Trigger(CasualtyKind kind, Role role, boolean plural, boolean definite) {
    enum Role {
        /** Verbal noun or verb followed by the victims: مقتل 5، قتل خمسة مدنيين، أصيب 4 جنود. */
        EVENT,
        /** إصابة: an event (إصابة 3 أشخاص) that is also a count noun (20 إصابة). */
        EVENT_AND_COUNT_NOUN,
        /** لقي/لقوا: the victims sit between the verb and حتفهم/مصرعهم. */
        FATE_VERB,
        /** حتفه/مصرعهم after لقي. */
        FATE_NOUN,
        /** حتفهما/مصرعهما: two victims. */
        DUAL_FATE_NOUN,
        /** A noun counted by a number before it: 5 قتلى، 40 قتيلا، 30 جريحا. */
        COUNT_NOUN,
        /** A dual count noun, two by itself: قتيلان، جريحين. */
        DUAL_COUNT_NOUN,
        /** A verbal noun with the dual pronoun: مقتلهما، إصابتهما. */
        DUAL_PRONOUN,
        /** A verbal noun with a singular pronoun: مقتله، إصابتها (one person, not a count). */
        SINGLE_PRONOUN,
        /** A dual verb: أصيبا، استشهدا. */
        DUAL_VERB,
        /** بحياة/أرواح, an event only after أودى/حصد (أودى بحياة 5 أشخاص). */
        LIFE_NOUN
    }
}
