package io.lifeline.support.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private final ClientAddresses loopbackProxies = new ClientAddresses(List.of("127.0.0.0/8", "::1"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(resolve(loopbackProxies, "198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheClient() {
        assertThat(resolve(loopbackProxies, "127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(resolve(loopbackProxies, "0:0:0:0:0:0:0:1", "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void whatAClientWritesBeforeTheProxiesAddIsNeverBelieved() {
        // The client sent "X-Forwarded-For: 192.0.2.1"; the edge appended the address it saw.
        assertThat(resolve(loopbackProxies, "127.0.0.1", "192.0.2.1, 198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void severalTrustedHopsAreWalkedFromTheNearest() {
        var proxies = new ClientAddresses(List.of("127.0.0.0/8", "10.0.0.0/8"));
        assertThat(resolve(proxies, "127.0.0.1", "198.51.100.7, 10.1.2.3", "10.9.9.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutAForwardedAddressTheProxyItselfIsTheClient() {
        assertThat(resolve(loopbackProxies, "127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void garbageEndsTheWalkAtTheLastBelievableHop() {
        assertThat(resolve(loopbackProxies, "127.0.0.1", "evil.example, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(resolve(loopbackProxies, "127.0.0.1", "unknown")).isEqualTo("127.0.0.1");
        assertThat(resolve(loopbackProxies, "127.0.0.1", "300.1.1.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void portsAndBracketsAreDropped() {
        assertThat(resolve(loopbackProxies, "127.0.0.1", "203.0.113.9:4711")).isEqualTo("203.0.113.9");
        assertThat(resolve(loopbackProxies, "127.0.0.1", "[2001:db8::7]:4711")).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void namesAreNeverLookedUp() {
        assertThat(ClientAddresses.literal("localhost")).isNull();
        assertThat(ClientAddresses.literal("example.com")).isNull();
        assertThat(ClientAddresses.literal("1.2.3")).isNull();
    }

    @Test
    void anIpv6ClientCountsPerSlash64() throws Exception {
        assertThat(ClientAddresses.key(InetAddress.getByName("2001:db8:1:2::5")))
                .isEqualTo(ClientAddresses.key(InetAddress.getByName("2001:db8:1:2:ffff::9")))
                .isNotEqualTo(ClientAddresses.key(InetAddress.getByName("2001:db8:1:3::5")));
        assertThat(ClientAddresses.key(InetAddress.getByName("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void rangesMatchByPrefix() {
        assertThat(AddressRange.parse("172.16.0.0/12").contains(address("172.31.255.1"))).isTrue();
        assertThat(AddressRange.parse("172.16.0.0/12").contains(address("172.32.0.1"))).isFalse();
        assertThat(AddressRange.parse("fd00::/8").contains(address("fd12::1"))).isTrue();
        assertThat(AddressRange.parse("fd00::/8").contains(address("10.0.0.1"))).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(address("8.8.8.8"))).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress address(String literal) {
        return ClientAddresses.literal(literal);
    }

    private static String resolve(ClientAddresses addresses, String peer, String... forwardedFor) {
        return addresses.resolve(peer, List.of(forwardedFor)).getHostAddress();
    }
}
