package org.khabar.enrich.nlp.number;

/** One number word of the lexicon: its value and the part it plays when numbers are composed. */
record NumberWord(double value, Role role) {
    enum Role {
        /** 0..9 and their gender/case forms (واحد، اثنين، ثلاث، ثمانية). */
        UNIT,
        /** Forms that only live before عشر: أحد، إحدى، اثنا، اثني، اثنتا. */
        TEEN_UNIT,
        /** عشر/عشرة: ten on its own, or the teen marker after a unit. */
        TEN,
        /** 20..90 (عشرون/عشرين ... تسعون/تسعين). */
        TENS,
        /** A complete hundreds value: مئة، مئتان، ثلاثمئة ... تسعمائة. */
        HUNDREDS,
        /** Singular or plural multiplier: ألف/آلاف، مليون/ملايين، مليار. */
        MULTIPLIER,
        /** A dual multiplier, a complete value by itself: ألفان/ألفين (2000), مليونان. */
        DUAL_MULTIPLIER,
        /** نصف/ربع, only as a multiplicand of a multiplier (نصف مليون) or after one (مليون ونصف). */
        FRACTION
    }
}
