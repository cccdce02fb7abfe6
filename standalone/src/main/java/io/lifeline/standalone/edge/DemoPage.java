package io.lifeline.standalone.edge;

import java.net.URI;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

/**
 * {@code /demo}: a sample website with the widget on it, served by the edge itself (the standalone
 * only; the distributed edge has no demo). Its policy is as strict as a careful website's: scripts,
 * styles and connections from its own origin only, no inline code, so it also shows the directives
 * a page needs for the widget.
 */
final class DemoPage {
    static final String PATH = "/demo";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' blob: data:; media-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String FILES = "lifeline/demo/";

    private DemoPage() {
    }

    static RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route(RequestPredicates.GET(PATH),
                        request -> ServerResponse.permanentRedirect(URI.create(PATH + "/")).build())
                .andRoute(RequestPredicates.GET(PATH + "/"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .body(BodyInserters.fromResource(new ClassPathResource(FILES + "index.html"))))
                .and(RouterFunctions.resources(PATH + "/**", new ClassPathResource(FILES)));
    }

    /** The page's headers: its policy, no sniffing, no referrer, revalidated on every load. */
    static WebFilter headers() {
        return (exchange, chain) -> {
            String path = exchange.getRequest().getPath().value();
            if (path.equals(PATH) || path.startsWith(PATH + "/")) {
                var headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Cache-Control", "no-cache");
            }
            return chain.filter(exchange);
        };
    }
}
