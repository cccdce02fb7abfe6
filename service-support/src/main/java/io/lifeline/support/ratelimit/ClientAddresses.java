package io.lifeline.support.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which address a request came from. The peer's own address, unless the peer is a trusted proxy:
 * then {@code X-Forwarded-For} is read from the right (the hop nearest to us) and the first address
 * that is not a trusted proxy is the client. Whatever a client writes into the header itself sits
 * to the left of that and is never believed. Only IP literals are read, so no name is ever looked up.
 */
public final class ClientAddresses {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private final List<AddressRange> trusted;

    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().filter(text -> !text.isBlank()).map(AddressRange::parse).toList();
    }

    /**
     * @param peer         the address of the connection's other end
     * @param forwardedFor every {@code X-Forwarded-For} header value, in the order received
     * @return the client's address, or null when the peer's is not an IP address
     */
    public InetAddress resolve(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client == null || !isTrusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                hops.add(hop);
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break; // not an address (a client's own invention): keep the last hop we could believe
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The bucket an address counts against: itself, or for IPv6 its /64, which one subscriber usually holds whole. */
    public static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    }

    /** An IP literal (optionally {@code [v6]:port} or {@code v4:port}) as an address; null for anything else. */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.strip();
        if (candidate.startsWith("[")) {
            int end = candidate.indexOf(']');
            if (end < 0) {
                return null;
            }
            candidate = candidate.substring(1, end);
        } else {
            var withPort = IPV4_WITH_PORT.matcher(candidate);
            if (withPort.matches()) {
                candidate = withPort.group(1);
            }
        }
        var v4 = IPV4.matcher(candidate);
        if (v4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(v4.group(group)) > 255) {
                    return null;
                }
            }
        } else if (!candidate.contains(":") || !IPV6.matcher(candidate).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate); // a literal by now, so parsed rather than looked up
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
