package io.lifeline.standalone.edge;

import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A browser's WebSocket token travels as the subprotocol {@code lifeline.bearer.<token>} (browsers
 * cannot set headers). The edge passes it to the bridge as {@code Authorization: Bearer <token>}
 * and offers the bridge, and answers the client with, only the other subprotocols. Otherwise the
 * gateway's proxy would offer the token as a subprotocol of its own connection, insist that the
 * bridge choose one, and, when only the token was offered (the bridge then chooses none), close
 * the client's connection with 1002 and log the whole token in the handshake error. With this, the
 * handshake through the edge behaves as it does at the bridge directly, and no token is ever a
 * subprotocol past the edge. {@link UpgradeHead} does the same for the {@code /ws} upgrades the
 * edge relays as bytes, which never reach this filter.
 */
final class TokenSubprotocol implements GlobalFilter, Ordered {
    static final String PREFIX = "lifeline.bearer.";
    private static final String SEC_WEBSOCKET_PROTOCOL = "Sec-WebSocket-Protocol";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String token = null;
        List<String> others = new ArrayList<>();
        for (String offered : headers.getValuesAsList(SEC_WEBSOCKET_PROTOCOL)) {
            if (offered.startsWith(PREFIX)) {
                token = token == null ? offered.substring(PREFIX.length()) : token;
            } else {
                others.add(offered);
            }
        }
        if (token == null) {
            return chain.filter(exchange);
        }
        String bearer = token;
        var request = exchange.getRequest().mutate().headers(mutable -> {
            mutable.remove(SEC_WEBSOCKET_PROTOCOL);
            if (!others.isEmpty()) {
                mutable.set(SEC_WEBSOCKET_PROTOCOL, String.join(", ", others));
            }
            if (mutable.getFirst(HttpHeaders.AUTHORIZATION) == null) { // a header the client set itself wins, as at the bridge
                mutable.set(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
            }
        }).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** Before the gateway's WebSocket routing filter ({@code LOWEST_PRECEDENCE - 1}) reads the subprotocols. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 2;
    }
}
