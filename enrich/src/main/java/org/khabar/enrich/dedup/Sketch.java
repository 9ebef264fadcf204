package org.khabar.enrich.dedup;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Everything near-duplicate detection keeps about one text: the {@link Signature} (band keys,
 * estimates, figures) and the {@link ShingleSet} (exact verification). Computed once per article
 * by {@link NearDuplicates#sketch(String)}.
 */
public record Sketch(Signature signature, ShingleSet shingles) {
    public Sketch {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(shingles, "shingles");
        if (signature.shingleCount() != shingles.size()) {
            throw new IllegalArgumentException("signature and shingle set are of different texts");
        }
    }

    public boolean isEmpty() {
        return signature.isEmpty();
    }

    public byte[] toBytes() {
        byte[] sig = signature.toBytes();
        byte[] sh = shingles.toBytes();
        return ByteBuffer.allocate(4 + sig.length + sh.length).putInt(sig.length).put(sig).put(sh).array();
    }

    public static Sketch fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < 4) {
            throw new IllegalArgumentException("truncated sketch bytes");
        }
        int n = b.getInt();
        if (n < 0 || n > bytes.length - 4) {
            throw new IllegalArgumentException("malformed sketch bytes");
        }
        byte[] sig = new byte[n];
        b.get(sig);
        byte[] sh = new byte[b.remaining()];
        b.get(sh);
        return new Sketch(Signature.fromBytes(sig), ShingleSet.fromBytes(sh));
    }
}
