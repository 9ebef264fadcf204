package org.khabar.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Khabar may fetch: http and https URLs without credentials, whose host is a public address
 * or a name (checked again, address by address, when it is resolved: {@link CheckingDnsResolver}).
 * Loopback, private, link-local, unique-local, multicast, unspecified and the other special ranges
 * ({@link AddressRanges}) are refused in every spelling ({@link Hosts}), as is {@code localhost}.
 *
 * <p>An operator can open specific addresses, ranges or address:port pairs (an intranet feed
 * server) with {@link #allowing}; nothing else is ever reachable.
 */
public final class UrlPolicy {
    private final List<Allowed> allowed;

    private UrlPolicy(List<Allowed> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Public addresses only. */
    public static UrlPolicy strict() {
        return new UrlPolicy(List.of());
    }

    /**
     * Public addresses and these exceptions: {@code 10.1.2.3}, {@code 10.0.0.0/8},
     * {@code 10.1.2.3:8080}, {@code fd00::/8}, {@code [fd00::1]:8080}.
     */
    public static UrlPolicy allowing(List<String> exceptions) {
        List<Allowed> list = new ArrayList<>();
        for (String e : exceptions) {
            if (e != null && !e.isBlank()) {
                list.add(Allowed.parse(e.strip()));
            }
        }
        return new UrlPolicy(list);
    }

    /** A URL that passed the checks that need no name lookup. */
    public record Target(URI uri, String scheme, String host, int port, InetAddress literal) {
    }

    /** Checks a URL before anything is connected to; names are checked again when resolved. */
    public Target check(String url) throws RefusedUrlException {
        if (url == null || url.isBlank()) {
            throw new RefusedUrlException("no URL given");
        }
        try {
            return check(new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("not a valid URL: " + e.getMessage());
        }
    }

    public Target check(URI uri) throws RefusedUrlException {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw new RefusedUrlException("not an absolute URL: " + uri);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("scheme \"" + scheme + ":\" is not allowed: only http and https URLs are fetched");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new RefusedUrlException("the URL has no host: " + uri);
        }
        if (authority.indexOf('@') >= 0) {
            throw new RefusedUrlException("URLs with credentials (user@host) are not fetched");
        }
        String hostPart = authority;
        int port = -1;
        int colon = authority.lastIndexOf(':');
        int bracket = authority.lastIndexOf(']');
        if (colon > bracket) {
            String p = authority.substring(colon + 1);
            hostPart = authority.substring(0, colon);
            if (!p.isEmpty()) {
                if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
                    throw new RefusedUrlException("invalid port \"" + p + "\"");
                }
                port = Integer.parseInt(p);
            }
        }
        if (port == -1) {
            port = scheme.equals("https") ? 443 : 80;
        }
        Hosts.Host host = Hosts.parse(hostPart);
        if (host.literal() != null) {
            checkAddress(host.literal(), port, hostPart);
        } else if (host.name().equals("localhost") || host.name().endsWith(".localhost")) {
            throw new RefusedUrlException("host \"" + host.name() + "\" is this machine (loopback)");
        }
        return new Target(uri, scheme, host.name(), port, host.literal());
    }

    /** Refuses an address in a special range unless the operator allowed it (for this port). */
    public void checkAddress(InetAddress address, int port, String host) throws RefusedUrlException {
        String range = AddressRanges.forbiddenRange(address);
        if (range == null) {
            return;
        }
        for (Allowed a : allowed) {
            if (a.matches(address, port)) {
                return;
            }
        }
        throw new RefusedUrlException("host \"" + host + "\" is " + address.getHostAddress() + ", in the " + range
                + " range, which Khabar does not fetch from");
    }

    /** One operator exception: an address range and, optionally, a port. */
    private record Allowed(byte[] network, int prefix, int port) {
        static Allowed parse(String s) {
            String addr = s;
            int port = -1;
            int prefix = -1;
            if (addr.startsWith("[")) {
                int end = addr.indexOf(']');
                if (end < 0) {
                    throw new IllegalArgumentException("malformed address \"" + s + "\"");
                }
                String rest = addr.substring(end + 1);
                addr = addr.substring(1, end);
                if (rest.startsWith(":")) {
                    port = Integer.parseInt(rest.substring(1));
                } else if (!rest.isEmpty()) {
                    throw new IllegalArgumentException("malformed address \"" + s + "\"");
                }
            } else if (addr.indexOf(':') == addr.lastIndexOf(':') && addr.indexOf(':') > 0) {
                port = Integer.parseInt(addr.substring(addr.indexOf(':') + 1));
                addr = addr.substring(0, addr.indexOf(':'));
            }
            int slash = addr.indexOf('/');
            if (slash >= 0) {
                prefix = Integer.parseInt(addr.substring(slash + 1));
                addr = addr.substring(0, slash);
            }
            if (!addr.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("\"" + s + "\" is not an address, range (CIDR) or address:port");
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(addr).getAddress();
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("\"" + s + "\" is not an address", e);
            }
            int bits = bytes.length * 8;
            if (prefix < 0) {
                prefix = bits;
            }
            if (prefix > bits || port > 65535) {
                throw new IllegalArgumentException("\"" + s + "\" has an invalid prefix or port");
            }
            return new Allowed(bytes, prefix, port);
        }

        boolean matches(InetAddress address, int p) {
            byte[] b = address.getAddress();
            if (b.length != network.length || (port >= 0 && port != p)) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rem = prefix % 8;
            if (rem == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rem)) & 0xFF;
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
