package io.lifeline.support.headers;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers a service's security filter chain writes on every answer, errors included. The API
 * answers JSON that no browser should render or run, so its policy allows nothing (an answer that
 * set its own policy, such as a download's sandbox, keeps it); the API reference pages (Swagger UI)
 * load only their own scripts; the files Lifeline serves to browsers (the JavaScript client, the
 * widget, the console) run only scripts from Lifeline's origin, never inline code or {@code eval}.
 * A service imports this configuration
 * and passes {@link #customizer()} to {@code http.headers(...)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeaderProperties.class)
public class SecurityHeaders {
    /** JSON, problem details, downloads and event streams: nothing to run, style or frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI: its own scripts only; inline styles, which it sets on elements; its own API calls. */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    /**
     * The JavaScript client, the widget and the console: scripts, styles and connections (WebSocket
     * included) to Lifeline's own origin only; no inline script or style, no eval, no plugins, no framing.
     * Images and media may also be {@code blob:} and {@code data:} URLs (previews of attachments).
     */
    static final String BROWSER_FILES_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final HeaderProperties properties;

    public SecurityHeaders(HeaderProperties properties) {
        this.properties = properties;
    }

    public Customizer<HeadersConfigurer<HttpSecurity>> customizer() {
        RequestMatcher overTls = properties.behindTls() ? AnyRequestMatcher.INSTANCE : HttpServletRequest::isSecure;
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(overTls).includeSubDomains(true)
                        .maxAgeInSeconds(properties.hstsMaxAge().toSeconds()))
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) { // a download sets a stricter one
                        response.setHeader("Content-Security-Policy", policyFor(request));
                    }
                });
    }

    static String policyFor(HttpServletRequest request) {
        if (isReferencePage(request)) {
            return DOCS_POLICY;
        }
        return isBrowserFile(request) ? BROWSER_FILES_POLICY : API_POLICY;
    }

    static boolean isBrowserFile(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/client/") || path.startsWith("/widget/") || path.startsWith("/console/");
    }

    static boolean isReferencePage(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/swagger-ui.html") || path.contains("/swagger-ui/"); // the query side's sit under /api/query
    }
}
