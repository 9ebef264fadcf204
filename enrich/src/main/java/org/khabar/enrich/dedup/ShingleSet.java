package org.khabar.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The distinct word shingles of a text as sorted 32-bit hashes (4 bytes per shingle: about 1 KB
 * for a 250-word article), for the exact Jaccard and containment check. Two different shingles
 * share a hash with probability 2^-32, which moves a Jaccard index by well under 0.001 even for
 * long articles. Immutable.
 */
public final class ShingleSet {
    static final byte FORMAT = 1;
    public static final ShingleSet EMPTY = new ShingleSet(new int[0]);

    private final int[] sorted;

    /** {@code sorted} must be sorted (signed order) and free of repeats; it is not copied. */
    ShingleSet(int[] sorted) {
        this.sorted = sorted;
    }

    public int size() {
        return sorted.length;
    }

    int get(int i) {
        return sorted[i];
    }

    /** Shingles in both sets. */
    public int intersectionSize(ShingleSet other) {
        int[] a = sorted;
        int[] b = other.sorted;
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int c = Integer.compare(a[i], b[j]);
            if (c == 0) {
                n++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** The length of {@link #toBytes()}. */
    public int byteSize() {
        return 1 + 4 + 4 * sorted.length;
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(byteSize());
        b.put(FORMAT).putInt(sorted.length);
        for (int v : sorted) {
            b.putInt(v);
        }
        return b.array();
    }

    public static ShingleSet fromBytes(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte format = b.get();
            if (format != FORMAT) {
                throw new IllegalArgumentException("shingle set format " + format + ", expected " + FORMAT);
            }
            int n = b.getInt();
            if (n < 0 || b.remaining() != 4L * n) {
                throw new IllegalArgumentException("malformed shingle set bytes");
            }
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = b.getInt();
                if (i > 0 && values[i] <= values[i - 1]) {
                    throw new IllegalArgumentException("shingle set bytes are not sorted");
                }
            }
            return new ShingleSet(values);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated shingle set bytes", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShingleSet s && Arrays.equals(s.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "ShingleSet[" + sorted.length + "]";
    }
}
