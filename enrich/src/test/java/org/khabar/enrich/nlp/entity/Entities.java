package org.khabar.enrich.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;

/** Test helpers: run the extractor and check entities by type and canonical name. */
final class Entities {
    static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private Entities() {
    }

    static List<Entity> of(String text) {
        List<Entity> found = EXTRACTOR.extract(ArabicNormalizer.normalize(text));
        for (Entity e : found) {
            assertFalse(e.mentions().isEmpty(), "entity without mentions: " + e);
            for (Mention m : e.mentions()) {
                assertEquals(text.substring(m.start(), m.end()), m.text(), "mention span of " + e.text());
            }
        }
        return found;
    }

    static String describe(List<Entity> es) {
        return es.stream().map(e -> e.type() + ":" + e.text()).collect(Collectors.joining(", "));
    }

    /** The entity of this type named exactly {@code name} (its canonical text), failing otherwise. */
    static Entity expect(String text, EntityType type, String name) {
        List<Entity> es = of(text);
        for (Entity e : es) {
            if (e.type() == type && e.text().equals(name)) {
                return e;
            }
        }
        fail("no " + type + " '" + name + "' in [" + describe(es) + "] for: " + text);
        return null;
    }

    /** No entity of any type is named {@code name} or has a mention reading {@code name}. */
    static void expectNone(String text, String name) {
        List<Entity> es = of(text);
        for (Entity e : es) {
            if (e.text().equals(name) || e.mentions().stream().anyMatch(m -> m.text().equals(name))) {
                fail("unexpected " + e.type() + " '" + e.text() + "' for: " + text);
            }
        }
    }

    /** No entity of this type at all. */
    static void expectNoType(String text, EntityType type) {
        List<Entity> es = of(text);
        for (Entity e : es) {
            if (e.type() == type) {
                fail("unexpected " + type + " '" + e.text() + "' for: " + text + " [" + describe(es) + "]");
            }
        }
    }

    static Entity single(List<Entity> es, EntityType type, String name) {
        Entity found = null;
        for (Entity e : es) {
            if (e.type() == type && e.text().equals(name)) {
                assertEquals(null, found, "two entities named " + name);
                found = e;
            }
        }
        assertNotNull(found, "no " + type + " " + name + " in [" + describe(es) + "]");
        return found;
    }
}
