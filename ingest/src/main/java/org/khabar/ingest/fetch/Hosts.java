package org.khabar.ingest.fetch;

import java.net.IDN;
import java.net.InetAddress;
import java.util.Locale;

/**
 * Reads the host of a URL the way browsers and URL parsers do (WHATWG URL standard), so that
 * every spelling of an address is recognised before anything is connected to: IPv6 literals
 * (including IPv4-mapped ones), and IPv4 written in decimal ({@code 2130706433}), hex
 * ({@code 0x7f.0.0.1}), octal ({@code 0177.0.0.1}) or with fewer than four parts
 * ({@code 127.1}). Never does a name lookup.
 */
final class Hosts {
    private Hosts() {
    }

    /** A host: either an address (literal, in any spelling) or a lower-case ASCII name. */
    record Host(String name, InetAddress literal) {
    }

    static Host parse(String rawHost) throws RefusedUrlException {
        if (rawHost == null || rawHost.isEmpty()) {
            throw new RefusedUrlException("the URL has no host");
        }
        String h = rawHost;
        if (h.indexOf('%') >= 0) {
            throw new RefusedUrlException("percent-encoded or zone-scoped host \"" + rawHost + "\" is not accepted");
        }
        if (h.startsWith("[")) {
            if (!h.endsWith("]")) {
                throw new RefusedUrlException("malformed IPv6 host \"" + rawHost + "\"");
            }
            String inner = h.substring(1, h.length() - 1);
            if (!inner.matches("[0-9A-Fa-f:.]+") || inner.indexOf(':') < 0) {
                throw new RefusedUrlException("malformed IPv6 host \"" + rawHost + "\"");
            }
            try {
                // A literal with colons is parsed, never looked up.
                return new Host(inner.toLowerCase(Locale.ROOT), InetAddress.getByName(inner));
            } catch (java.net.UnknownHostException e) {
                throw new RefusedUrlException("malformed IPv6 host \"" + rawHost + "\"");
            }
        }
        if (h.indexOf(':') >= 0) {
            // An IPv6 address without brackets (only reachable through the resolver's host string).
            if (h.matches("[0-9A-Fa-f:.]+")) {
                return parse("[" + h + "]");
            }
            throw new RefusedUrlException("malformed host \"" + rawHost + "\"");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new RefusedUrlException("malformed host \"" + rawHost + "\": " + e.getMessage());
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (ascii.isEmpty() || !ascii.matches("[a-z0-9._-]+") || ascii.startsWith(".") || ascii.contains("..")) {
            throw new RefusedUrlException("malformed host \"" + rawHost + "\"");
        }
        InetAddress v4 = ipv4(ascii);
        if (v4 != null) {
            return new Host(ascii, v4);
        }
        return new Host(ascii, null);
    }

    /**
     * The WHATWG IPv4 parser: when the last label is a number (decimal, 0x hex or 0-prefixed
     * octal), the whole host must be an IPv4 address of 1 to 4 numeric parts; null when the host
     * is a name.
     */
    static InetAddress ipv4(String host) throws RefusedUrlException {
        String[] parts = host.split("\\.", -1);
        String last = parts[parts.length - 1];
        if (!isNumber(last)) {
            return null;
        }
        if (parts.length > 4) {
            throw new RefusedUrlException("malformed numeric host \"" + host + "\"");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                throw new RefusedUrlException("malformed numeric host \"" + host + "\"");
            }
            values[i] = v;
        }
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                throw new RefusedUrlException("malformed numeric host \"" + host + "\"");
            }
        }
        long lastValue = values[values.length - 1];
        if (lastValue >= 1L << (8 * (5 - values.length))) {
            throw new RefusedUrlException("malformed numeric host \"" + host + "\"");
        }
        long ip = lastValue;
        for (int i = 0; i < values.length - 1; i++) {
            ip += values[i] << (8 * (3 - i));
        }
        byte[] b = {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
        return AddressRanges.fromBytes(b);
    }

    private static boolean isNumber(String part) {
        if (part.isEmpty()) {
            return false;
        }
        if (part.matches("[0-9]+")) {
            return true;
        }
        return part.matches("0[xX][0-9A-Fa-f]*");
    }

    private static Long number(String part) {
        try {
            if (part.isEmpty()) {
                return null;
            }
            if (part.startsWith("0x") || part.startsWith("0X")) {
                String hex = part.substring(2);
                return hex.isEmpty() ? 0L : hex.length() > 8 ? null : Long.parseLong(hex, 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return part.length() > 12 || !part.matches("[0-7]+") ? null : Long.parseLong(part.substring(1), 8);
            }
            return part.length() > 10 ? null : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
