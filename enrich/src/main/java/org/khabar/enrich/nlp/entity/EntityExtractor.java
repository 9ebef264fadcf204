package org.khabar.enrich.nlp.entity;

import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.Entity;

/**
 * Finds the people, organisations and places of an Arabic news article: one {@link Entity} per
 * distinct entity, named by its fullest mention as written, with every mention's span in the
 * original text.
 *
 * <p>Arabic has no capital letters, so names come from gazetteers (countries, cities and
 * districts, armed groups, ministries, international bodies, outlets, well-known people) plus
 * context: head nouns (حركة X، محافظة X), titles and roles (المتحدث باسم X + name), verbs of
 * saying, kunyas and given names followed by more name words. Mentions of one entity are grouped
 * (الخفاجي → تحسين الخفاجي; الحشد → الحشد الشعبي). Thread-safe; the lexicons load once.
 */
public final class EntityExtractor {
    private final EntityLexicon lexicon;

    public EntityExtractor() {
        this.lexicon = EntityLexicon.get();
    }

    public List<Entity> extract(NormalizedText text) {
        if (text.length() == 0) {
            return List.of();
        }
        Analysis a = new Analysis(text, lexicon);
        GazetteerPass.run(a);
        HeadNounPass.run(a);
        PersonPass.run(a);
        return EntityGrouper.group(a);
    }

    /** Every candidate the rules proposed, with its source, for debugging and tests (not settled or grouped). */
    List<String> trace(NormalizedText text) {
        Analysis a = new Analysis(text, lexicon);
        GazetteerPass.run(a);
        HeadNounPass.run(a);
        PersonPass.run(a);
        List<String> out = new java.util.ArrayList<>();
        for (Candidate c : a.candidates) {
            out.add(c + " " + a.v.mention(c.from, c.to, c.stem).text());
        }
        return out;
    }
}
