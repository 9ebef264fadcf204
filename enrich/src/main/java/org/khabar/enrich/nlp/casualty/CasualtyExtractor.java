package org.khabar.enrich.nlp.casualty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.enrich.nlp.text.Tokenizer;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyMention;
import org.khabar.model.Mention;

/**
 * Finds the counts of people killed and injured in an Arabic article and the main event's
 * figures. Every explicit count (digits, number words, dual nouns and pronouns) becomes a
 * mention with its span in the original text; the headline figures come from the main event
 * (see {@link HeadlineSelector}). Thread-safe: the lexicons are built once and only read.
 */
public final class CasualtyExtractor {
    private final CasualtyLexicon lexicon = new CasualtyLexicon();
    private final PersonNouns persons = new PersonNouns();

    public Casualties extract(NormalizedText text, Instant publishedAt) {
        String folded = text.text();
        List<Token> tokens = Tokenizer.tokens(folded);
        if (tokens.isEmpty()) {
            return Casualties.NONE;
        }
        Layout layout = new Layout(folded, tokens);
        List<Finding> findings = new CasualtyScanner(folded, tokens, layout, lexicon, persons).scan();
        if (findings.isEmpty()) {
            return Casualties.NONE;
        }
        new ContextCues(folded, tokens, layout, publishedAt, lexicon.months()).classify(findings);
        Integer[] headline = HeadlineSelector.select(findings, layout);
        return new Casualties(headline[0], headline[1], mentions(text, tokens, findings));
    }

    private static List<CasualtyMention> mentions(NormalizedText text, List<Token> tokens, List<Finding> findings) {
        List<Finding> explicit = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.implicit && !duplicate(f, explicit)) {
                explicit.add(f);
            }
        }
        explicit.sort(Comparator.comparingInt((Finding f) -> f.start).thenComparingInt(f -> f.anchor));
        List<CasualtyMention> out = new ArrayList<>(explicit.size());
        for (Finding f : explicit) {
            Mention span = text.mention(tokens.get(f.start).start(), tokens.get(f.end - 1).end());
            String qualifier = null;
            if (f.qualifier != null) {
                qualifier = text.mention(tokens.get(f.qualifier.startToken()).start(),
                        tokens.get(f.qualifier.endToken() - 1).end()).text();
            }
            boolean main = !f.background && !f.cumulative && !f.foreign;
            out.add(new CasualtyMention(f.kind, f.count, qualifier, span.text(), span.start(), span.end(), main));
        }
        return out;
    }

    /** The same count of the same kind already read over overlapping tokens (قُتل جنديان ... أصيبا). */
    private static boolean duplicate(Finding f, List<Finding> kept) {
        for (Finding k : kept) {
            if (k.kind == f.kind && k.count == f.count && k.start < f.end && f.start < k.end) {
                return true;
            }
        }
        return false;
    }
}
