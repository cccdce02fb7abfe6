package io.lifeline.support.ratelimit;

import java.net.InetAddress;

/** One address ({@code 10.0.0.7}, {@code ::1}) or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        InetAddress base = ClientAddresses.literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (base == null) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
        }
        int bits = base.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
        }
        return new AddressRange(base.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
