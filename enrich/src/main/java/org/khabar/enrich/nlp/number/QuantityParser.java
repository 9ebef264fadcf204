package org.khabar.enrich.nlp.number;

import java.util.List;
import java.util.Set;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.Token;

/**
 * Reads a quantity phrase: a hedge (أكثر من، نحو، ما لا يقل عن), a range (بين 10 و15, the lower
 * bound is kept), then a number or a vague quantity word (عشرات، العشرات، مئات، آلاف، بضعة،
 * عدة، عدد من، العديد من، عشرات الآلاف).
 */
public final class QuantityParser {
    /** Vague quantity words, folded, without clitics. */
    private static final Set<String> VAGUE = fold("عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف",
            "الألوف", "ملايين", "الملايين", "بضعة", "بضع", "عدة", "العديد", "عديد", "كثير", "الكثير", "كثيرون",
            "كثيرين", "مئات", "عشرات");
    /** Second words that make a vague phrase of عدد/جملة: عدد من، جملة من. */
    private static final Set<String> VAGUE_HEADS = fold("عدد", "جملة");

    /** Every folded token that can start a quantity phrase, clitics included (for a cheap first test). */
    private static final Set<String> STARTS;

    static {
        java.util.HashSet<String> starts = new java.util.HashSet<>();
        java.util.List<String> stems = new java.util.ArrayList<>();
        stems.addAll(NumberWords.words());
        stems.addAll(Qualifiers.firstWords());
        stems.addAll(VAGUE);
        stems.addAll(VAGUE_HEADS);
        for (String stem : stems) {
            for (String prefix : new String[] {"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"}) {
                starts.add(prefix + stem);
            }
        }
        starts.addAll(java.util.List.of("ما", "بين", "وبين"));
        STARTS = Set.copyOf(starts);
    }

    private QuantityParser() {
    }

    /**
     * False when no quantity phrase can start at a token with this folded text; true for digits,
     * number words, hedges and vague words (with clitics). A cheap filter before {@link #parse}.
     */
    public static boolean mayStart(String token) {
        return !token.isEmpty() && (Character.isDigit(token.charAt(0)) || STARTS.contains(token));
    }

    private static Set<String> fold(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }

    /** The quantity phrase starting at token {@code i}, or null. */
    public static Quantity parse(CharSequence text, List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Qualifier q = Qualifiers.before(text, tokens, i);
        int at = i;
        if (q != null) {
            at = q.endToken();
            if (at < tokens.size() && tokens.get(at).text().equals("ال") && Gaps.softBefore(text, tokens, at + 1)) {
                at++; // نحو الـ 20
            }
            if (at >= tokens.size() || !Gaps.softBefore(text, tokens, at)) {
                return null;
            }
        } else {
            Quantity range = range(text, tokens, i);
            if (range != null) {
                return range;
            }
        }
        ParsedNumber n = NumberParser.parse(text, tokens, at);
        if (n != null) {
            return new Quantity(n, q, i, n.endToken());
        }
        int vagueEnd = vagueEnd(text, tokens, at);
        if (vagueEnd > at) {
            return new Quantity(null, q, i, vagueEnd);
        }
        return null;
    }

    /** بين 10 و15 / ما بين عشرة وعشرين: the lower bound, hedged as a range. */
    private static Quantity range(CharSequence text, List<Token> tokens, int i) {
        int at = i;
        if (tokens.get(at).text().equals("ما") && at + 1 < tokens.size()) {
            at++;
        }
        String t = tokens.get(at).text();
        if (!(t.equals("بين") || t.equals("وبين")) || at + 1 >= tokens.size() || !Gaps.softBefore(text, tokens, at + 1)) {
            return null;
        }
        ParsedNumber low = NumberParser.parse(text, tokens, at + 1);
        if (low == null || low.endToken() >= tokens.size()) {
            return null;
        }
        int k = low.endToken();
        if (!Gaps.softBefore(text, tokens, k)) {
            return null;
        }
        ParsedNumber high;
        if (tokens.get(k).text().equals("و")) {
            high = NumberParser.parse(text, tokens, k + 1);
        } else {
            high = NumberParser.parse(text, tokens, k);
            if (high != null && !high.conjoined()) {
                high = null;
            }
        }
        if (high == null || high.value() <= low.value()) {
            return null;
        }
        Qualifier q = new Qualifier(Qualifier.Type.RANGE, i, low.startToken());
        ParsedNumber lowAsWritten = new ParsedNumber(low.value(), low.startToken(), low.endToken(), low.form(), false);
        return new Quantity(lowAsWritten, q, i, high.endToken());
    }

    /** End (exclusive) of a vague quantity starting at token {@code i}, or {@code i} when there is none. */
    public static int vagueEnd(CharSequence text, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return i;
        }
        String t = stripClitic(tokens.get(i).text());
        if (VAGUE.contains(t)) {
            int end = i + 1;
            // عشرات الآلاف، مئات الآلاف
            if (end < tokens.size() && Gaps.spaceOnlyBefore(text, tokens, end)
                    && VAGUE.contains(tokens.get(end).text())) {
                end++;
            }
            if ((t.equals("العديد") || t.equals("الكثير") || t.equals("عديد") || t.equals("كثير"))) {
                return end < tokens.size() && tokens.get(end).text().equals("من") ? end + 1 : i;
            }
            return end;
        }
        if (VAGUE_HEADS.contains(t) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("من")
                && Gaps.spaceOnlyBefore(text, tokens, i + 1)) {
            return i + 2;
        }
        return i;
    }

    /** True when token {@code i} starts a vague quantity (عشرات، بضعة، عدد من). */
    public static boolean isVagueAt(CharSequence text, List<Token> tokens, int i) {
        return vagueEnd(text, tokens, i) > i;
    }

    private static String stripClitic(String t) {
        if (t.length() > 4 && (t.charAt(0) == 'و' || t.charAt(0) == 'ب' || t.charAt(0) == 'ل' || t.charAt(0) == 'ف')) {
            String rest = t.substring(1);
            if (VAGUE.contains(rest) || VAGUE_HEADS.contains(rest)) {
                return rest;
            }
        }
        return t;
    }
}
