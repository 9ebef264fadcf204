package org.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.ArabicFolding;

/**
 * Text to {@link Sketch}: folds the text, hashes its word shingles, computes the MinHash values
 * and collects the figures. Stateless apart from the fixed hash constants, which are part of the
 * stored format (changing them needs a new {@link Signature#FORMAT}).
 */
final class TextSketcher {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Stand-in for a number in a figure's context. */
    private static final long NUMBER_WORD = 0x5bd1e9955bd1e995L;
    private static final int MAX_FIGURES = 64;
    /** A line shorter than this (in words) at the start or end of a text is not part of its body. */
    static final int MIN_BODY_LINE_WORDS = 10;

    /** Arabic cardinal words (folded) that outlets write instead of digits, with their values. */
    private static final Map<String, String> NUMBER_WORDS = numberWords();

    private final NearDuplicateConfig config;
    private final long[] mul;
    private final long[] add;

    TextSketcher(NearDuplicateConfig config) {
        this.config = config;
        this.mul = new long[config.hashes()];
        this.add = new long[config.hashes()];
        long seed = 0x6b6861626172L; // "khabar"
        for (int i = 0; i < config.hashes(); i++) {
            seed += GOLDEN;
            mul[i] = mix64(seed) | 1L;
            seed += GOLDEN;
            add[i] = mix64(seed);
        }
    }

    Sketch sketch(String text) {
        String[] words = bodyWords(text);
        long[] wordHash = new long[words.length];
        String[] numberValue = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHash[i] = hashWord(words[i]);
            numberValue[i] = numberValue(words[i]);
        }
        ShingleSet shingles = shingles(wordHash);
        short[] values = minHash(shingles);
        long[] figures = figures(words, wordHash, numberValue);
        return new Sketch(new Signature(config.shingleWords(), shingles.size(), values, figures), shingles);
    }

    /**
     * The folded words of the text's body: lines before the first and after the last line of at
     * least {@link #MIN_BODY_LINE_WORDS} words are left out. Those are page furniture and bylines
     * (breadcrumbs, "last updated", share buttons, copyright, "by X - Riyadh", photo captions) that
     * differ between outlets running the same story. A text is kept whole when it has no such line
     * or when its edges hold most of its words (a list of short lines around one long line is not
     * furniture around a body, and two such texts must not match on that one line).
     */
    static String[] bodyWords(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String[] lines = text.split("[\\n\\r\\u2028\\u2029\\u0085]+");
        String[][] lineWords = new String[lines.length][];
        int first = -1;
        int last = -1;
        int total = 0;
        for (int i = 0; i < lines.length; i++) {
            String folded = ArabicFolding.foldForMatching(lines[i]);
            lineWords[i] = folded.isEmpty() ? new String[0] : folded.split(" ");
            total += lineWords[i].length;
            if (lineWords[i].length >= MIN_BODY_LINE_WORDS) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int body = 0;
        for (int i = first; i >= 0 && i <= last; i++) {
            body += lineWords[i].length;
        }
        if (first < 0 || 2 * body < total) {
            first = 0;
            last = lines.length - 1;
        }
        List<String> words = new ArrayList<>(total);
        for (int i = first; i <= last; i++) {
            words.addAll(Arrays.asList(lineWords[i]));
        }
        return words.toArray(new String[0]);
    }

    private ShingleSet shingles(long[] wordHash) {
        int w = config.shingleWords();
        int n = wordHash.length - w + 1;
        if (n <= 0) {
            return ShingleSet.EMPTY;
        }
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            long h = w;
            for (int j = i; j < i + w; j++) {
                h = (h ^ wordHash[j]) * GOLDEN;
                h = Long.rotateLeft(h, 29);
            }
            hashes[i] = (int) (mix64(h) >>> 32);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return new ShingleSet(Arrays.copyOf(hashes, distinct));
    }

    /** k-hash MinHash over the shingle hashes with cheap multiply-add permutations of one mixed base hash. */
    private short[] minHash(ShingleSet shingles) {
        int k = config.hashes();
        short[] values = new short[k];
        if (shingles.size() == 0) {
            return values;
        }
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < shingles.size(); s++) {
            long x = mix64(shingles.get(s) & 0xffffffffL);
            for (int i = 0; i < k; i++) {
                // Unsigned comparison by flipping the sign bit.
                long z = (x * mul[i] + add[i]) ^ Long.MIN_VALUE;
                if (z < min[i]) {
                    min[i] = z;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            values[i] = (short) (mix64(min[i]) >>> 48);
        }
        return values;
    }

    /**
     * The text's figures: each number (a run of digit tokens, as "6:47" or "0.3" fold to two, or
     * one cardinal word) that is not part of a date (next to a month name, or a year), under two
     * contexts: the two words before it and the two words after it (other numbers in a context
     * replaced by one stand-in; a side with fewer than two words left is skipped, as the end of a
     * trimmed copy is no context). One side is enough to catch an update whose other side changed
     * with the number's grammar: "قتل 7 أشخاص وأصيب 15 آخرون" and "قتل 11 شخصا وأصيب 20 آخرون"
     * share "قتل" before the first number and "آخرون بجروح" after the second. Kept: the
     * {@code maxFigureContexts} contexts with the smallest hashes (a consistent sample, so two
     * copies keep the same contexts), at most 64 entries; sorted, as {@code context << 32 | value}.
     */
    private long[] figures(String[] words, long[] wordHash, String[] numberValue) {
        int limit = config.maxFigureContexts();
        if (limit == 0) {
            return new long[0];
        }
        long[] entries = new long[16];
        int n = 0;
        int i = 0;
        while (i < words.length) {
            if (numberValue[i] == null) {
                i++;
                continue;
            }
            int end = i + 1;
            String value = numberValue[i];
            if (hasDigit(words[i])) {
                StringBuilder run = new StringBuilder(value);
                while (end < words.length && numberValue[end] != null && hasDigit(words[end])) {
                    run.append(words[end].replaceAll("[^0-9]", ""));
                    end++;
                }
                value = run.toString();
            }
            boolean date = isYear(value) || (i > 0 && MONTHS.contains(words[i - 1]))
                    || (end < words.length && MONTHS.contains(words[end]));
            if (!date) {
                long v = mix64(hashWord(value)) & 0xffffffffL;
                for (int side = -1; side <= 1; side += 2) {
                    int from = side < 0 ? i : end - 1;
                    if (from + 2 * side < 0 || from + 2 * side >= words.length) {
                        continue;
                    }
                    long h = side < 0 ? 0x3c6ef372fe94f82bL : 0xa54ff53a5f1d36f1L;
                    for (int step = 1; step <= 2; step++) {
                        int j = from + side * step;
                        long word = numberValue[j] != null ? NUMBER_WORD : wordHash[j];
                        h = Long.rotateLeft((h ^ word) * GOLDEN, 31);
                    }
                    long context = mix64(h) >>> 32;
                    if (n == entries.length) {
                        entries = Arrays.copyOf(entries, n * 2);
                    }
                    entries[n++] = context << 32 | v;
                }
            }
            i = end;
        }
        return sample(entries, n, limit);
    }

    /** The entries of the {@code limit} smallest contexts (unsigned), at most {@link #MAX_FIGURES}, sorted. */
    private static long[] sample(long[] entries, int n, int limit) {
        long[] all = Arrays.copyOf(entries, n);
        // Unsigned order of the context half = signed order after flipping the top bit.
        for (int i = 0; i < n; i++) {
            all[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(all);
        long[] kept = new long[Math.min(n, MAX_FIGURES)];
        int k = 0;
        int contexts = 0;
        long lastContext = -1;
        long last = 0;
        for (int i = 0; i < n && k < kept.length; i++) {
            long e = all[i] ^ Long.MIN_VALUE;
            if (i > 0 && e == last) {
                continue;
            }
            long context = e >>> 32;
            if (context != lastContext) {
                if (contexts == limit) {
                    break;
                }
                contexts++;
                lastContext = context;
            }
            kept[k++] = e;
            last = e;
        }
        long[] result = Arrays.copyOf(kept, k);
        Arrays.sort(result);
        return result;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A Gregorian (1900-2100) or Hijri (1300-1500) year: part of a date, not a figure that gets updated. */
    private static boolean isYear(String value) {
        if (value.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(value);
        return (y >= 1900 && y <= 2100) || (y >= 1300 && y <= 1500);
    }

    /** Month names (folded) of the Gregorian, Levantine, Maghrebi and Hijri calendars. */
    private static final Set<String> MONTHS = Set.of(
            "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس", "سبتمبر",
            "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
            "ايلول", "تشرين", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "محرم", "صفر", "ربيع",
            "جمادي", "رجب", "شعبان", "رمضان", "شوال", "القعده", "الحجه");

    /** Digits only, without leading zeros ("04" = "4", "2022م" = "2022"); a cardinal word's value; else null. */
    static String numberValue(String word) {
        StringBuilder digits = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                int d = Character.digit(c, 10);
                if (d < 0) {
                    continue;
                }
                if (digits == null) {
                    digits = new StringBuilder();
                }
                if (digits.length() > 0 || d != 0) {
                    digits.append((char) ('0' + d));
                }
            }
        }
        if (digits != null) {
            return digits.length() == 0 ? "0" : digits.toString();
        }
        String value = NUMBER_WORDS.get(word);
        if (value == null && word.length() > 3 && word.charAt(0) == 'و') {
            value = NUMBER_WORDS.get(word.substring(1));
        }
        return value;
    }

    private static Map<String, String> numberWords() {
        Map<String, String> m = new HashMap<>();
        String[][] table = {
                {"1", "واحد", "واحده", "احد", "احدي"},
                {"2", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"},
                {"3", "ثلاث", "ثلاثه"},
                {"4", "اربع", "اربعه"},
                {"5", "خمس", "خمسه"},
                {"6", "ست", "سته"},
                {"7", "سبع", "سبعه"},
                {"8", "ثمان", "ثماني", "ثمانيه"},
                {"9", "تسع", "تسعه"},
                {"10", "عشر", "عشره"},
                {"20", "عشرون", "عشرين"},
                {"30", "ثلاثون", "ثلاثين"},
                {"40", "اربعون", "اربعين"},
                {"50", "خمسون", "خمسين"},
                {"60", "ستون", "ستين"},
                {"70", "سبعون", "سبعين"},
                {"80", "ثمانون", "ثمانين"},
                {"90", "تسعون", "تسعين"},
                {"100", "مئه", "مائه"},
                {"200", "مئتان", "مئتين", "مائتان", "مائتين"},
                {"1000", "الف"},
                {"2000", "الفان", "الفين"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                m.put(row[i], row[0]);
            }
        }
        return Map.copyOf(m);
    }

    static long hashWord(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** The MurmurHash3 / SplitMix64 finaliser: every input bit affects every output bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
