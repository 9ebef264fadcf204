package org.khabar.enrich.nlp.entity;

import java.util.HashSet;
import java.util.Set;
import org.khabar.model.ArabicFolding;

/**
 * Places too wide to anchor one incident: countries (countries.txt) and continents, regions and
 * seas (regions.txt), the same gazetteer files the entity extractor reads. Every report from
 * Aden names Yemen; sharing a country says nothing about sharing an incident.
 */
public final class WideAreas {
    static final String COUNTRIES = "countries.txt";
    static final String REGIONS = "regions.txt";

    private static final Set<String> KEYS = load();

    private WideAreas() {
    }

    /** Whether a place name (any spelling the gazetteer lists, with clitics and ال) is a country or wider. */
    public static boolean contains(String name) {
        return KEYS.contains(ArabicFolding.nameKey(name));
    }

    private static Set<String> load() {
        Set<String> keys = new HashSet<>();
        for (String file : new String[] {COUNTRIES, REGIONS}) {
            EntityLexicon.lines(file, line -> {
                for (String alias : line.split("\\|")) {
                    String a = alias.strip();
                    if (a.startsWith("?") || a.startsWith("~")) {
                        a = a.substring(1).strip();
                    }
                    if (!a.isEmpty()) {
                        keys.add(ArabicFolding.nameKey(a));
                    }
                }
            });
        }
        return Set.copyOf(keys);
    }
}
