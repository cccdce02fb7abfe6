package io.lifeline.support.problems;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a service answers is a problem detail with a stable {@code code}, whoever answers it:
 * Spring MVC (a service's advice extends {@link ProblemDetailsHandler}), the security filters
 * ({@link ProblemResponses}), the container's {@code /error} forward ({@link ProblemErrorController})
 * and Tomcat itself ({@link ProblemErrorReportValve}). A service imports this configuration.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemDetails {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * Swaps Tomcat's error report valve (and the one Spring Boot adds) for ours once the context
     * starts, after every customizer ran, so whichever added theirs last, ours is the one that reports.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    replaceErrorReports(context.getParent());
                }
            });
        });
    }

    private static void replaceErrorReports(Container host) {
        if (host == null) {
            return;
        }
        boolean ours = false;
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ProblemErrorReportValve) {
                ours = true;
            } else if (valve instanceof ErrorReportValve theirs) {
                host.getPipeline().removeValve(theirs);
            }
        }
        if (!ours) {
            host.getPipeline().addValve(new ProblemErrorReportValve());
        }
    }
}
