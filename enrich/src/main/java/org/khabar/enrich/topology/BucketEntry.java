package org.khabar.enrich.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An article held in a band bucket, in a compact binary form: id, first-seen time and delivery
 * round come first, so a bucket can read who is there without decoding the sketch (about 1.4 KB)
 * of every entry each time a probe arrives.
 */
record BucketEntry(String articleId, long firstSeen, long round, byte[] sketch) {

    byte[] toBytes() {
        byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + id.length + 16 + sketch.length)
                .putInt(id.length).put(id).putLong(firstSeen).putLong(round).put(sketch).array();
    }

    /** Reads the header only; {@link #sketchOf(byte[])} reads the sketch when it is needed. */
    static BucketEntry headerOf(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int n = b.getInt();
        String id = new String(bytes, 4, n, StandardCharsets.UTF_8);
        b.position(4 + n);
        return new BucketEntry(id, b.getLong(), b.getLong(), null);
    }

    static byte[] sketchOf(byte[] bytes) {
        int n = ByteBuffer.wrap(bytes).getInt();
        int from = 4 + n + 16;
        byte[] out = new byte[bytes.length - from];
        System.arraycopy(bytes, from, out, 0, out.length);
        return out;
    }
}
