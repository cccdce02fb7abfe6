package io.lifeline.standalone.edge;

import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.WebFilter;

/**
 * Lets CORS preflights through to the services, as the distributed edge (nginx) does: the services
 * decide which pages may call them (a site's widget on the site's own pages). Spring Cloud Gateway
 * would otherwise answer every preflight itself, with no CORS headers, and never route it
 * (spring-cloud-gateway#830). {@link #hide()} renames the preflight's
 * {@code Access-Control-Request-Method} before the gateway looks at the request, and
 * {@link #restore()}, the first filter of the route, names it back on the way to the service.
 */
final class PreflightPassThrough {
    static final String HIDDEN = "X-Lifeline-Preflight-Method";

    private PreflightPassThrough() {
    }

    static WebFilter hide() {
        return (exchange, chain) -> {
            var request = exchange.getRequest();
            String method = request.getHeaders().getFirst(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
            if (request.getMethod() != HttpMethod.OPTIONS || method == null
                    || request.getHeaders().getFirst(HttpHeaders.ORIGIN) == null) {
                return chain.filter(exchange);
            }
            var renamed = request.mutate().headers(headers -> {
                headers.remove(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
                headers.set(HIDDEN, method);
            }).build();
            return chain.filter(exchange.mutate().request(renamed).build());
        };
    }

    static GlobalFilter restore() {
        return new Restore();
    }

    private static final class Restore implements GlobalFilter, Ordered {
        @Override
        public reactor.core.publisher.Mono<Void> filter(org.springframework.web.server.ServerWebExchange exchange,
                                                        org.springframework.cloud.gateway.filter.GatewayFilterChain chain) {
            String method = exchange.getRequest().getHeaders().getFirst(HIDDEN);
            if (method == null) {
                return chain.filter(exchange);
            }
            var restored = exchange.getRequest().mutate().headers(headers -> {
                headers.remove(HIDDEN);
                headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method);
            }).build();
            return chain.filter(exchange.mutate().request(restored).build());
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
