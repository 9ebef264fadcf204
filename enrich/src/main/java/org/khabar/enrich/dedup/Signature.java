package org.khabar.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The compact, comparable summary of one text: its number of distinct word shingles, a b-bit
 * MinHash of them (16 bits per value), and a sample of its figures (each number that is not part
 * of a date, under a hash of the two words before it and, separately, the two words after it).
 * 266 bytes plus 8 per figure entry (at most 64) as {@link #toBytes()}: the band keys, the
 * pre-filter estimate and the changed-figure check need nothing else. Immutable.
 */
public final class Signature {
    static final byte FORMAT = 1;

    private final int shingleWords;
    private final int shingleCount;
    private final short[] values;
    private final long[] figures;

    Signature(int shingleWords, int shingleCount, short[] values, long[] figures) {
        this.shingleWords = shingleWords;
        this.shingleCount = shingleCount;
        this.values = values;
        this.figures = figures;
    }

    /** Distinct word shingles of the text; 0 when it is too short for near-duplicate detection. */
    public int shingleCount() {
        return shingleCount;
    }

    public boolean isEmpty() {
        return shingleCount == 0;
    }

    public int hashes() {
        return values.length;
    }

    int shingleWords() {
        return shingleWords;
    }

    short value(int i) {
        return values[i];
    }

    long[] figures() {
        return figures;
    }

    /** The length of {@link #toBytes()}. */
    public int byteSize() {
        return 1 + 1 + 4 + 2 + 2 * values.length + 2 + 8 * figures.length;
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(byteSize());
        b.put(FORMAT).put((byte) shingleWords).putInt(shingleCount).putShort((short) values.length);
        for (short v : values) {
            b.putShort(v);
        }
        b.putShort((short) figures.length);
        for (long f : figures) {
            b.putLong(f);
        }
        return b.array();
    }

    /** Reads {@link #toBytes()}; refuses bytes of another format or that do not add up. */
    public static Signature fromBytes(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte format = b.get();
            if (format != FORMAT) {
                throw new IllegalArgumentException("signature format " + format + ", expected " + FORMAT);
            }
            int words = b.get();
            int count = b.getInt();
            int k = b.getShort() & 0xffff;
            short[] values = new short[k];
            for (int i = 0; i < k; i++) {
                values[i] = b.getShort();
            }
            int f = b.getShort() & 0xffff;
            long[] figures = new long[f];
            for (int i = 0; i < f; i++) {
                figures[i] = b.getLong();
            }
            if (b.hasRemaining() || count < 0) {
                throw new IllegalArgumentException("malformed signature bytes");
            }
            return new Signature(words, count, values, figures);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated signature bytes", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingleWords == shingleWords && s.shingleCount == shingleCount
                && Arrays.equals(s.values, values) && Arrays.equals(s.figures, figures);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * shingleCount + Arrays.hashCode(values)) + Arrays.hashCode(figures);
    }

    @Override
    public String toString() {
        return "Signature[" + shingleCount + " shingles, " + values.length + " hashes, " + figures.length + " figures]";
    }
}
