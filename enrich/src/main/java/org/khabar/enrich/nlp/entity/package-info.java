/**
 * Named entities of Arabic news: people, organisations and places, one {@link
 * org.khabar.model.Entity} per distinct entity with every mention's span.
 *
 * <p>How it works, in the order {@link org.khabar.enrich.nlp.entity.EntityExtractor} runs it:
 * <ol>
 * <li>{@code TokenView}: the normalised text's tokens, what separates them (a name never crosses a
 *     comma, full stop, bracket or line break) and the proclitic readings of each (و/ف، ب/ل/ك، لل).</li>
 * <li>{@code GazetteerPass}: listed names from {@code countries.txt}, {@code regions.txt}, {@code locations.txt}, {@code organizations.txt},
 *     {@code persons.txt} (longest first; weak aliases such as العربية or الحشد need support).</li>
 * <li>{@code HeadNounPass}: names announced by a head noun ({@code heads.txt}: حركة، وزارة،
 *     محافظة، شارع، قناة ...).</li>
 * <li>{@code PersonPass} with {@code NameParser}: people after titles ({@code titles.txt}), verbs
 *     of saying, name cues, kunyas, and names starting with a given name ({@code given-names.txt}).</li>
 * <li>{@code EntityGrouper}: settles overlaps, groups mentions of one entity, finds later short
 *     mentions (a surname, a group's name without its head) and names each entity by its fullest
 *     mention as written.</li>
 * </ol>
 *
 * <p>Arabic has no capitals, so closed word lists decide what cannot be part of a name: stop words,
 * common news vocabulary, time words, nationality adjectives, relative participles (see {@code
 * WordClass}). All lists are UTF-8 text files beside these classes, folded on load, so they are
 * written in ordinary spelling; to teach the extractor a name, add it to the right list.
 */
package org.khabar.enrich.nlp.entity;
