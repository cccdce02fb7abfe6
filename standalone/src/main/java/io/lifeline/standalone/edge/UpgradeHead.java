package io.lifeline.standalone.edge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head of a client's first request, read as far as the edge needs to tell whether it is a
 * WebSocket upgrade of {@code /ws} ({@code GET /ws} or {@code GET /ws?...}, never
 * {@code /ws/events}), and that head rewritten for the bridge as the gateway's filters would:
 * {@link TokenSubprotocol}'s {@code lifeline.bearer.} subprotocol becomes {@code Authorization}
 * (a client's own header wins) and is not offered onward, {@link ClientAddressHeader}'s
 * {@code X-Forwarded-For} is the peer's address (whatever the client claimed in it, or in
 * {@code Forwarded} and {@code X-Forwarded-*}, is dropped), and the hop-by-hop headers go.
 *
 * <p>Only a plain head is relayed: lines end in CRLF, no folded lines, no body. Anything the edge
 * does not read plainly is not its business and goes to the gateway as before, whose HTTP codec
 * decides what it is; so the bridge never reads a header the edge read differently.
 */
final class UpgradeHead {
    /** The largest head the edge holds for a {@code /ws} upgrade; a longer one is answered 431. */
    static final int MAX_BYTES = 16 * 1024;
    private static final byte[] REQUEST_LINE_START = "GET /ws".getBytes(StandardCharsets.US_ASCII);
    private static final String PROTOCOL = "sec-websocket-protocol";
    /** Hop-by-hop (RFC 9110 7.6.1, and what the gateway's RemoveHopByHopHeadersFilter drops) and the client's claims about addresses. */
    private static final Set<String> DROPPED = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "proxy-authorization", "proxy-authenticate", "upgrade", "forwarded");

    /** What the buffered bytes so far are. */
    sealed interface Verdict {
    }

    /** Not yet known: read on. */
    record NeedMore() implements Verdict {
    }

    /** Not a {@code /ws} upgrade the edge relays: the gateway's. */
    record NotOurs() implements Verdict {
    }

    /** A {@code /ws} request whose head does not end within {@link #MAX_BYTES}. */
    record TooLarge() implements Verdict {
    }

    /** A {@code /ws} upgrade: its head for the bridge, and how many of the buffered bytes it took. */
    record Upgrade(byte[] rewritten, int headLength) implements Verdict {
    }

    private UpgradeHead() {
    }

    /** Reads {@code length} bytes from {@code bytes}, the connection's first, without consuming them. */
    static Verdict read(byte[] bytes, int length, String clientAddress) {
        for (int i = 0; i < Math.min(length, REQUEST_LINE_START.length); i++) {
            if (bytes[i] != REQUEST_LINE_START[i]) {
                return new NotOurs();
            }
        }
        if (length <= REQUEST_LINE_START.length) {
            return new NeedMore();
        }
        byte afterPath = bytes[REQUEST_LINE_START.length];
        if (afterPath != ' ' && afterPath != '?') {
            return new NotOurs();
        }
        int end = endOfHead(bytes, Math.min(length, MAX_BYTES));
        if (end < 0) {
            return length >= MAX_BYTES ? new TooLarge() : new NeedMore();
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        byte[] rewritten = rewrite(head, clientAddress);
        return rewritten == null ? new NotOurs() : new Upgrade(rewritten, end);
    }

    /** The index after the blank line that ends the head, or -1. */
    private static int endOfHead(byte[] bytes, int length) {
        for (int i = 3; i < length; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The head for the bridge, or null when it is not a plain WebSocket upgrade (then the gateway answers it). */
    static byte[] rewrite(String head, String clientAddress) {
        String[] lines = head.substring(0, head.length() - 4).split("\r\n", -1);
        String requestLine = lines[0];
        if (!plain(requestLine) || !requestLine.endsWith(" HTTP/1.1") || requestLine.chars().filter(c -> c == ' ').count() != 2) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0 || !plain(line) || !isToken(line.substring(0, colon))) {
                return null;
            }
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
        }
        boolean upgradeToWebSocket = false;
        boolean connectionUpgrade = false;
        boolean authorization = false;
        String token = null;
        List<String> protocols = new ArrayList<>();
        List<String> namedInConnection = new ArrayList<>();
        for (String[] header : headers) {
            String name = header[0].toLowerCase(Locale.ROOT);
            switch (name) {
                case "upgrade" -> upgradeToWebSocket |= header[1].equalsIgnoreCase("websocket");
                case "connection" -> {
                    for (String option : header[1].split(",")) {
                        String named = option.strip().toLowerCase(Locale.ROOT);
                        connectionUpgrade |= named.equals("upgrade");
                        namedInConnection.add(named);
                    }
                }
                case "authorization" -> authorization = true;
                case "content-length" -> {
                    if (!header[1].equals("0")) { // the JDK's client sends "Content-Length: 0"; any body is the gateway's codec's to read
                        return null;
                    }
                }
                case "transfer-encoding" -> {
                    return null;
                }
                case PROTOCOL -> {
                    for (String offered : header[1].split(",")) {
                        String protocol = offered.strip();
                        if (protocol.startsWith(TokenSubprotocol.PREFIX)) {
                            token = token == null ? protocol.substring(TokenSubprotocol.PREFIX.length()) : token;
                        } else if (!protocol.isEmpty()) {
                            protocols.add(protocol);
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (!upgradeToWebSocket || !connectionUpgrade) {
            return null;
        }
        StringBuilder out = new StringBuilder(head.length() + 64).append(requestLine).append("\r\n");
        for (String[] header : headers) {
            String name = header[0].toLowerCase(Locale.ROOT);
            if (DROPPED.contains(name) || name.startsWith("x-forwarded-") || namedInConnection.contains(name)
                    || name.equals(PROTOCOL)) {
                continue;
            }
            out.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        out.append("Upgrade: websocket\r\nConnection: Upgrade\r\n");
        if (!protocols.isEmpty()) {
            out.append("Sec-WebSocket-Protocol: ").append(String.join(", ", protocols)).append("\r\n");
        }
        if (token != null && !authorization) {
            out.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (clientAddress != null) {
            out.append("X-Forwarded-For: ").append(clientAddress).append("\r\n");
        }
        return out.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** No bare CR or LF (the head was split at CRLF), no NUL, no folded continuation. */
    private static boolean plain(String line) {
        if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
            if (!token) {
                return false;
            }
        }
        return !name.isEmpty();
    }
}
