package io.lifeline.bridge.browserfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /client/**} from {@code classpath:/lifeline/client/}, the website widget's
 * {@code /widget/**} from {@code classpath:/lifeline/widget/} and the staff console's
 * {@code /console/**} from {@code classpath:/lifeline/console/} (its libraries from their WebJars). Every answer is revalidated
 * ({@code no-cache} with an ETag of the content and Last-Modified), so a new release reaches browsers
 * at once while an unchanged file costs a 304. Any origin may load the files (they are public and
 * carry no credentials): a website that embeds the widget imports the client from Lifeline's origin,
 * and module scripts are fetched with CORS.
 */
@Configuration(proxyBeanMethods = false)
public class BrowserFilesConfig implements WebMvcConfigurer {
    /** The public path of the JavaScript client, for the security rules. */
    public static final String CLIENT_PATHS = "/client/**";
    static final String CLIENT_LOCATION = "classpath:/lifeline/client/";
    /** The public path of the website widget, for the security rules. */
    public static final String WIDGET_PATHS = "/widget/**";
    static final String WIDGET_LOCATION = "classpath:/lifeline/widget/";
    /** The staff console's files and its libraries, public too: it signs in with the client. */
    public static final String CONSOLE_PATHS = "/console/**";
    static final String CONSOLE_LOCATION = "classpath:/lifeline/console/";

    /** Files in the jar never change while it runs: each is hashed once. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, CLIENT_PATHS, CLIENT_LOCATION);
        serve(registry, WIDGET_PATHS, WIDGET_LOCATION);
        serve(registry, ConsoleLibraries.PREACT_PATHS, ConsoleLibraries.preactLocation());
        serve(registry, ConsoleLibraries.CHART_PATHS, ConsoleLibraries.chartLocation());
        serve(registry, CONSOLE_PATHS, CONSOLE_LOCATION);
    }

    private void serve(ResourceHandlerRegistry registry, String paths, String location) {
        registry.addResourceHandler(paths).addResourceLocations(location).setCacheControl(CacheControl.noCache())
                .setEtagGenerator(this::etag);
    }

    /** The console's address is its folder: {@code /console/} answers its page, {@code /console} leads there. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
        registry.addRedirectViewController("/console", "/console/");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(CLIENT_PATHS).allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false);
        registry.addMapping(WIDGET_PATHS).allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false);
    }

    private String etag(Resource resource) {
        try {
            return etags.computeIfAbsent(resource.getURL().toString(), url -> hash(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
