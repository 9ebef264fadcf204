package org.khabar.enrich.nlp.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Multi-word lexicon keyed by folded tokens. Matching walks the article's tokens, so the cost is
 * one hash look-up per token and reading, whatever the size of the lexicon. The first token may
 * carry proclitics (وبغداد، لحركة، للحشد); the following ones must be written as listed.
 */
final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    static final class Node<V> {
        private Map<String, Node<V>> next;
        private V value;

        Node<V> child(String token) {
            return next == null ? null : next.get(token);
        }
    }

    /** A phrase found in the text: tokens [from, to), the first read through {@code stem}. */
    record Match<V>(V value, int from, int to, Stem stem) {
        int length() {
            return to - from;
        }
    }

    /** Adds a phrase; returns false when it was already there (the first value is kept). */
    boolean put(String[] tokens, V value) {
        Node<V> n = root;
        for (String t : tokens) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (n.value != null) {
            return false;
        }
        n.value = value;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /** The value of exactly this phrase, or null. */
    V get(String... tokens) {
        Node<V> n = root;
        for (String t : tokens) {
            n = n.child(t);
            if (n == null) {
                return null;
            }
        }
        return n.value;
    }

    /**
     * The longest phrase starting at token {@code i}, trying every clitic reading of that token
     * when {@code clitics} is set (the least stripped wins a tie). Null when none.
     */
    Match<V> longestAt(TokenView v, int i, boolean clitics) {
        Match<V> best = null;
        if (clitics) {
            for (Stem s : v.stems(i)) {
                Match<V> m = walk(v, i, s);
                if (m != null && (best == null || m.length() > best.length())) {
                    best = m;
                }
            }
        } else {
            best = walk(v, i, null);
        }
        return best;
    }

    /** Every phrase starting at token {@code i}, over every clitic reading, longest first. */
    java.util.List<Match<V>> allAt(TokenView v, int i) {
        java.util.List<Match<V>> out = null;
        for (Stem s : v.stems(i)) {
            Node<V> n = root.child(s.form());
            if (n == null) {
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(2);
            }
            if (n.value != null) {
                out.add(new Match<>(n.value, i, i + 1, s));
            }
            int k = i + 1;
            while (k < v.size() && n.next != null && continues(v, k)) {
                n = n.child(v.form(k));
                if (n == null) {
                    break;
                }
                k++;
                if (n.value != null) {
                    out.add(new Match<>(n.value, i, k, s));
                }
            }
        }
        if (out == null) {
            return java.util.List.of();
        }
        // Longest first; among equals the least stripped reading (stems come in that order).
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    private Match<V> walk(TokenView v, int i, Stem stem) {
        Node<V> n = root.child(stem == null ? v.form(i) : stem.form());
        if (n == null) {
            return null;
        }
        Match<V> best = n.value == null ? null : new Match<>(n.value, i, i + 1, stem);
        int k = i + 1;
        while (k < v.size() && n.next != null && continues(v, k)) {
            n = n.child(v.form(k));
            if (n == null) {
                break;
            }
            k++;
            if (n.value != null) {
                best = new Match<>(n.value, i, k, stem);
            }
        }
        return best;
    }

    /** Phrase words are separated by spaces; abbreviations of single letters (أ.ف.ب) by dots too. */
    private static boolean continues(TokenView v, int k) {
        if (v.joined(k)) {
            return true;
        }
        return v.form(k).length() == 1 && v.form(k - 1).length() == 1
                && (v.gap[k] & ~(TokenView.SPACE | TokenView.DOT)) == 0;
    }
}
