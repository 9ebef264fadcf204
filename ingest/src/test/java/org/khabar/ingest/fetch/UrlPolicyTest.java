package org.khabar.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of a forbidden address is recognised without any lookup; public addresses and names pass. */
class UrlPolicyTest {
    private final UrlPolicy strict = UrlPolicy.strict();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1/|loopback",
        "http://localhost/|loopback",
        "http://LOCALHOST./|loopback",
        "http://api.localhost/|loopback",
        "http://[::1]/|loopback ::1",
        "http://0.0.0.0/|unspecified",
        "http://2130706433/|loopback",
        "http://0x7f.0.0.1/|loopback",
        "http://0x7f000001/|loopback",
        "http://0177.0.0.1/|loopback",
        "http://127.1/|loopback",
        "http://[::ffff:127.0.0.1]/|loopback",
        "http://[::ffff:7f00:1]/|loopback",
        "http://169.254.169.254/latest/meta-data/|link-local",
        "http://10.0.0.1/|private 10",
        "http://172.16.5.4/|private 172.16",
        "http://192.168.1.1/|private 192.168",
        "http://100.64.0.1/|shared address space",
        "http://[fd00::1]/|unique-local",
        "http://[fe80::1]/|link-local fe80",
        "http://[ff02::1]/|multicast",
        "http://224.0.0.1/|multicast",
        "http://255.255.255.255/|reserved",
        "http://[::]/|unspecified",
        "http://[64:ff9b::a00:1]/|NAT64",
        "http://[2002:7f00:1::]/|6to4",
        "https://127.0.0.1:8443/x|loopback",
        "file:///etc/passwd|scheme \"file:\"",
        "jar:file:///tmp/a.jar!/x|scheme \"jar:\"",
        "ftp://example.org/a|scheme \"ftp:\"",
        "gopher://example.org/|scheme \"gopher:\"",
        "http://user:pass@example.org/|credentials",
        "http://127.0.0.%31/|percent-encoded",
        "http://1.2.3.4.5/|malformed numeric",
        "http://0x100.0.0.1/|malformed numeric",
    })
    void refusesForbiddenTargetsWithTheRuleThatRefusedThem(String url, String why) {
        RefusedUrlException e = assertThrows(RefusedUrlException.class, () -> strict.check(url));
        assertTrue(e.getMessage().contains(why), url + " -> " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/news/1", "http://93.184.216.34/", "http://[2606:4700::1111]/x",
        "https://news.example.co.uk:8443/a?b=c", "http://8.8.8.8/"})
    void acceptsPublicAddressesAndNames(String url) {
        assertDoesNotThrow(() -> strict.check(url));
    }

    @Test
    void readsEverySpellingOfAnIpv4Address() throws Exception {
        for (String host : List.of("2130706433", "0x7f.0.0.1", "0x7F000001", "0177.0.0.1", "127.1", "127.0.1",
                "127.0.0.1")) {
            assertEquals(InetAddress.getByName("127.0.0.1"), Hosts.parse(host).literal(), host);
        }
        assertNull(Hosts.parse("example.org").literal());
        assertNull(Hosts.ipv4("news.example"));
    }

    @Test
    void namesRangesOfSpecialAddresses() throws Exception {
        assertNotNull(AddressRanges.forbiddenRange(InetAddress.getByName("198.18.0.1")));
        assertNotNull(AddressRanges.forbiddenRange(InetAddress.getByName("2001:db8::1")));
        assertNotNull(AddressRanges.forbiddenRange(InetAddress.getByName("2001::1")));
        assertNull(AddressRanges.forbiddenRange(InetAddress.getByName("1.1.1.1")));
        assertNull(AddressRanges.forbiddenRange(InetAddress.getByName("2a00:1450::1")));
        assertNull(AddressRanges.forbiddenRange(InetAddress.getByName("64:ff9b::808:808")));
    }

    @Test
    void anOperatorAllowListOpensExactlyWhatItNames() throws Exception {
        UrlPolicy p = UrlPolicy.allowing(List.of("127.0.0.1:8080", "10.1.0.0/16", "[fd00::5]:443"));
        assertDoesNotThrow(() -> p.check("http://127.0.0.1:8080/feed"));
        assertThrows(RefusedUrlException.class, () -> p.check("http://127.0.0.1:8081/feed"));
        assertThrows(RefusedUrlException.class, () -> p.check("http://localhost:8080/feed"));
        assertDoesNotThrow(() -> p.check("http://10.1.200.3/"));
        assertThrows(RefusedUrlException.class, () -> p.check("http://10.2.0.1/"));
        assertDoesNotThrow(() -> p.check("https://[fd00::5]/"));
        assertThrows(RefusedUrlException.class, () -> p.check("http://[fd00::5]/"));
        assertThrows(IllegalArgumentException.class, () -> UrlPolicy.allowing(List.of("intranet.example")));
    }
}
