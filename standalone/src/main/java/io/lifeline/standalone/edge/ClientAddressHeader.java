package io.lifeline.standalone.edge;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who the client is: {@code X-Forwarded-For} with the address the edge sees,
 * for their per-address rate limits. The edge is where clients arrive, so whatever they sent in
 * that header themselves is already gone (the gateway drops {@code X-Forwarded-*} while no
 * trusted proxies are configured, which this runs after) and cannot pass for another address.
 * {@link UpgradeHead} does the same for the {@code /ws} upgrades the edge relays as bytes.
 */
final class ClientAddressHeader implements HttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set("X-Forwarded-For", peer.getAddress().getHostAddress());
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
