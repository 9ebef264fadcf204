package org.khabar.enrich.nlp.entity;

/**
 * Closed classes of words the rules reason with, as bit flags (a word can be in several:
 * هادي is a given name and a common adjective). Arabic has no capital letters, so these lists
 * are what tells a name from an ordinary word.
 */
final class WordClass {
    /** Prepositions, conjunctions, pronouns, particles: never part of a name. */
    static final int STOP = 1;
    /** Ordinary nouns, verbs and adjectives of news language. */
    static final int COMMON = 1 << 1;
    /** Weekdays, months, اليوم، الماضي ...: end a name. */
    static final int TIME = 1 << 2;
    /** Nationality and gentilic adjectives (العراقي، الأميركية، إيرانيين). */
    static final int NATIONALITY = 1 << 3;
    /** Given names (محمد، تحسين، باتريك). */
    static final int GIVEN = 1 << 4;
    /** Given names that are also ordinary words (أمل، نصر، سعيد): need a second name part. */
    static final int GIVEN_AMBIGUOUS = 1 << 5;
    /** Family names written with ال that are not -ي adjectives (الأسد، الصدر، الحكيم). */
    static final int FAMILY = 1 << 6;
    /** Verbs of saying (قال، أكد، أعلن ...). */
    static final int SAYING = 1 << 7;
    /** Name particles joined to the next word: عبد، أبو، بن، ابن، آل. */
    static final int PARTICLE = 1 << 8;
    /** First words of compound place names: عين، دير، خان، بيت، تل ... */
    static final int PLACE_PREFIX = 1 << 9;
    /** Adjectives that may close an organisation's name (الشعبي، الإسلامية، المشتركة). */
    static final int ORG_ADJECTIVE = 1 << 10;
    /** Participles opening a relative phrase (التابعة، الموالية، المدعومة): end a name. */
    static final int RELATIVE = 1 << 11;
    /** Words announcing a name: يدعى، المدعو، الملقب، بقلم ... */
    static final int NAME_CUE = 1 << 12;
    /** Compass words: شرق، شمالي، جنوب ... */
    static final int DIRECTION = 1 << 13;
    /** Words that link a kunya or alias to the name before it: الملقب، المكنى، المعروف. */
    static final int ALIAS_CUE = 1 << 14;

    /** Words that refer back instead of naming (الدولة، الحركة، البلاد): never a name's domain. */
    static final int GENERIC = 1 << 15;

    /** Start bits, kept apart from the classes above: the word can open a listed name, a title, a head. */
    static final int GAZETTEER_START = 1 << 20;
    static final int TITLE_START = 1 << 21;
    static final int HEAD_WORD = 1 << 22;
    static final int STARTS = GAZETTEER_START | TITLE_START | HEAD_WORD;

    /** Anything that stops a name from running on. */
    static final int NOT_NAME = STOP | COMMON | TIME | NATIONALITY | SAYING | RELATIVE | NAME_CUE | DIRECTION | ALIAS_CUE;

    private WordClass() {
    }
}
