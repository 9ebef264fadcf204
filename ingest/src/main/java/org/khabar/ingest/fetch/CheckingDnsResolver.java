package org.khabar.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The only way HttpClient learns where to connect: resolves a name once, refuses it when any of
 * its addresses is in a forbidden range (a name that resolves to both a public and a private
 * address is a rebinding trick), and returns exactly the addresses it checked, so the connection
 * cannot go anywhere else.
 */
final class CheckingDnsResolver implements DnsResolver {
    private final UrlPolicy policy;
    private final DnsResolver system;
    private final AtomicLong handedOut = new AtomicLong();

    CheckingDnsResolver(UrlPolicy policy) {
        this(policy, SystemDefaultDnsResolver.INSTANCE);
    }

    CheckingDnsResolver(UrlPolicy policy, DnsResolver system) {
        this.policy = policy;
        this.system = system;
    }

    /** The resolver refused a host; no connection was attempted. */
    static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String message) {
            super(message);
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        List<InetSocketAddress> checked = resolve(host, -1);
        InetAddress[] out = new InetAddress[checked.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = checked.get(i).getAddress();
        }
        return out;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        Hosts.Host parsed;
        try {
            parsed = Hosts.parse(host);
        } catch (RefusedUrlException e) {
            throw new RefusedAddressException(e.getMessage());
        }
        InetAddress[] addresses;
        if (parsed.literal() != null) {
            addresses = new InetAddress[] {parsed.literal()};
        } else {
            if (parsed.name().equals("localhost") || parsed.name().endsWith(".localhost")) {
                throw new RefusedAddressException("host \"" + parsed.name() + "\" is this machine (loopback)");
            }
            addresses = system.resolve(parsed.name());
        }
        List<InetSocketAddress> out = new ArrayList<>(addresses.length);
        for (InetAddress a : addresses) {
            try {
                policy.checkAddress(a, port, host);
            } catch (RefusedUrlException e) {
                throw new RefusedAddressException(e.getMessage());
            }
            // Keep the resolved address object itself: connecting to it needs no further lookup.
            out.add(new InetSocketAddress(InetAddress.getByAddress(parsed.name(), a.getAddress()), Math.max(port, 0)));
        }
        handedOut.addAndGet(out.size());
        return out;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** Addresses this resolver let HttpClient connect to, ever: tests assert it stays zero for refused URLs. */
    long addressesHandedOut() {
        return handedOut.get();
    }
}
