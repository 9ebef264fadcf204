package org.khabar.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids and text fingerprints. An id is a hash of the canonical URL, or of the
 * folded text when there is no URL, so the same article ingested twice gets the same id and is
 * stored once.
 */
public final class ArticleIds {
    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {
    }

    /** {@code u-} + hash of the canonical URL when there is one, else {@code t-} + hash of the folded text. */
    public static String idFor(String url, String text) {
        if (url != null && !url.isBlank()) {
            return "u-" + sha256Hex(canonicalUrl(url)).substring(0, 20);
        }
        return "t-" + fingerprint(text).substring(0, 20);
    }

    /** SHA-256 of the folded text: equal for copies that differ only in diacritics, digit sets, spacing or punctuation. */
    public static String fingerprint(String text) {
        return sha256Hex(ArabicFolding.foldForMatching(text == null ? "" : text));
    }

    /**
     * The URL with what does not change the document removed: scheme and host lower-cased,
     * default port, fragment, tracking parameters (utm_*, fbclid, gclid) and a trailing slash.
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getHost() == null) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? null : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty())
                    .filter(p -> {
                        String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                        return !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid");
                    })
                    .collect(Collectors.joining("&"));
            StringBuilder sb = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
            if (port != -1) {
                sb.append(':').append(port);
            }
            sb.append(path);
            if (query != null && !query.isEmpty()) {
                sb.append('?').append(query);
            }
            return sb.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
