package io.lifeline.support.origins;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The origin of a page that called from elsewhere. A request is from Lifeline's own origin when its
 * {@code Origin} names the host (and port, where both say one) the client addressed: the edges pass
 * the client's {@code Host} on. The scheme is not compared, since a proxy that ends TLS forwards
 * plain HTTP. Clients that send no {@code Origin} are not browser pages and are not held to one.
 */
public final class BrowserOrigin {
    private BrowserOrigin() {
    }

    /** The {@code Origin} of a cross-origin request, in lower case; empty for a same-origin or non-browser request. */
    public static Optional<String> crossOrigin(HttpServletRequest request) {
        return crossOrigin(request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.HOST));
    }

    public static Optional<String> crossOrigin(String origin, String host) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (host == null || !sameHost(lower, host.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(lower);
        }
        return Optional.empty();
    }

    private static boolean sameHost(String origin, String host) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException opaque) { // "null" from a sandboxed frame, or garbage
            return false;
        }
        if (uri.getHost() == null) {
            return false;
        }
        URI addressed = URI.create("http://" + host);
        if (addressed.getHost() == null || !addressed.getHost().equals(uri.getHost())) {
            return false;
        }
        return uri.getPort() == -1 || addressed.getPort() == -1 || uri.getPort() == addressed.getPort();
    }
}
