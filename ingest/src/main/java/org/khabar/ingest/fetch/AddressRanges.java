package org.khabar.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which special-purpose range an address is in (RFC 6890 and successors), or null for an ordinary
 * public address. Covers IPv4 and IPv6, and looks inside IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 */
public final class AddressRanges {
    private AddressRanges() {
    }

    /** The range name, e.g. "loopback 127.0.0.0/8", or null when the address is public. */
    public static String forbiddenRange(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return ipv4(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF);
        }
        return ipv6(b);
    }

    static String ipv4(int a, int b, int c) {
        if (a == 0) {
            return "unspecified / this network 0.0.0.0/8";
        }
        if (a == 10) {
            return "private 10.0.0.0/8";
        }
        if (a == 100 && (b & 0xC0) == 64) {
            return "shared address space 100.64.0.0/10";
        }
        if (a == 127) {
            return "loopback 127.0.0.0/8";
        }
        if (a == 169 && b == 254) {
            return "link-local 169.254.0.0/16 (cloud metadata services live here)";
        }
        if (a == 172 && (b & 0xF0) == 16) {
            return "private 172.16.0.0/12";
        }
        if (a == 192 && b == 0 && c == 0) {
            return "IETF protocol assignments 192.0.0.0/24";
        }
        if (a == 192 && b == 0 && c == 2) {
            return "documentation 192.0.2.0/24";
        }
        if (a == 192 && b == 88 && c == 99) {
            return "6to4 relay anycast 192.88.99.0/24";
        }
        if (a == 192 && b == 168) {
            return "private 192.168.0.0/16";
        }
        if (a == 198 && (b & 0xFE) == 18) {
            return "benchmarking 198.18.0.0/15";
        }
        if (a == 198 && b == 51 && c == 100) {
            return "documentation 198.51.100.0/24";
        }
        if (a == 203 && b == 0 && c == 113) {
            return "documentation 203.0.113.0/24";
        }
        if (a >= 224 && a <= 239) {
            return "multicast 224.0.0.0/4";
        }
        if (a >= 240) {
            return "reserved 240.0.0.0/4 (and broadcast)";
        }
        return null;
    }

    private static String ipv6(byte[] b) {
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                firstTenZero = false;
                break;
            }
        }
        if (firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            String v4 = ipv4(b[12] & 0xFF, b[13] & 0xFF, b[14] & 0xFF);
            return "IPv4-mapped ::ffff:0:0/96 of " + (v4 == null ? "a public address" : v4);
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            boolean allZero = true;
            for (int i = 12; i < 15; i++) {
                if (b[i] != 0) {
                    allZero = false;
                    break;
                }
            }
            if (allZero && b[15] == 0) {
                return "unspecified ::";
            }
            if (allZero && b[15] == 1) {
                return "loopback ::1";
            }
            return "IPv4-compatible ::/96 (deprecated)";
        }
        if (w0 == 0x0064 && w1 == 0xff9b) {
            boolean wellKnown = true;
            for (int i = 4; i < 12; i++) {
                if (b[i] != 0) {
                    wellKnown = false;
                    break;
                }
            }
            if (!wellKnown) {
                return "local-use NAT64 64:ff9b:1::/48";
            }
            String v4 = ipv4(b[12] & 0xFF, b[13] & 0xFF, b[14] & 0xFF);
            return v4 == null ? null : "NAT64 64:ff9b::/96 of " + v4;
        }
        if (w0 == 0x0100 && w1 == 0 && word(b, 4) == 0 && word(b, 6) == 0) {
            return "discard 100::/64";
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return "documentation 2001:db8::/32";
        }
        if (w0 == 0x2001 && (w1 & 0xFE00) == 0) {
            return "IETF protocol assignments 2001::/23 (Teredo included)";
        }
        if (w0 == 0x2002) {
            String v4 = ipv4(b[2] & 0xFF, b[3] & 0xFF, b[4] & 0xFF);
            return v4 == null ? null : "6to4 2002::/16 of " + v4;
        }
        if (w0 == 0x3FFF && (w1 & 0xF000) == 0) {
            return "documentation 3fff::/20";
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return "unique-local fc00::/7";
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) {
            return "link-local fe80::/10";
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return "site-local fec0::/10 (deprecated)";
        }
        if ((b[0] & 0xFF) == 0xFF) {
            return "multicast ff00::/8";
        }
        return null;
    }

    private static int word(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    /** An address from its bytes, without any name lookup. */
    static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes.length, e);
        }
    }

    static boolean isV4(InetAddress a) {
        return a instanceof Inet4Address;
    }

    static boolean isV6(InetAddress a) {
        return a instanceof Inet6Address;
    }
}
