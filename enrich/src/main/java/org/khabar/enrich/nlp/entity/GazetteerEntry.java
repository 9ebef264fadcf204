package org.khabar.enrich.nlp.entity;

import org.khabar.model.EntityType;

/**
 * One name of a listed entity. Every alias of an entity shares its {@code id}, so الحشد and
 * الحشد الشعبي end up as one entity. A {@code weak} alias ('?' in the lists) is also an ordinary
 * word or another thing's name (العربية، الأسد): it counts only with support (a head noun, a
 * title, quotes, a preposition for places, or a strong alias of the same entity in the article).
 * An {@code anaphoric} alias ('~': القطاع، التحالف، السوداني) is a short form that names the
 * entity only once its full name was given, or right after its head noun or title.
 * {@code taMarbuta} records a one-word alias written with final ة, which folds like the pronoun
 * ه (حديثة the town, حديثه "his talk"). A null {@code type} marks a blocker: a phrase that
 * contains a name but names nothing (صلاة المغرب), kept only so its words are not read as one.
 * {@code outlet} marks news agencies and media (listed after "@media"), which take a media head
 * noun (وكالة شفق نيوز، قناة الجزيرة).
 */
record GazetteerEntry(int id, EntityType type, String label, boolean weak, boolean anaphoric, boolean taMarbuta,
        boolean outlet) {
}
