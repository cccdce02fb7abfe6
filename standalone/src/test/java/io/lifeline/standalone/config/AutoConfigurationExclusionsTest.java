package io.lifeline.standalone.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoConfigurationExclusionsTest {

    @Test
    void servicesWithoutADatabaseLoseTheDataSourceFlywayAndAxon() {
        assertThat(AutoConfigurationExclusions.inPackages(AutoConfigurationExclusions.DATABASE_SERVICES_ONLY)).contains(
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration");
    }

    @Test
    void servicesLoseTheGatewayButKeepTheirOwnWebStack() {
        assertThat(AutoConfigurationExclusions.inPackages(AutoConfigurationExclusions.EDGE_ONLY))
                .contains("org.springframework.cloud.gateway.config.GatewayAutoConfiguration")
                .noneMatch(name -> name.startsWith("org.springframework.boot.webmvc."))
                .noneMatch(name -> name.startsWith("org.springframework.boot.security."));
    }

    @Test
    void everyContextLosesOnlyTheLog4jMetricsThatNeverMatchUnderLogback() {
        assertThat(AutoConfigurationExclusions.inPackages(AutoConfigurationExclusions.NEVER_MATCHING)).containsExactly(
                "org.springframework.boot.micrometer.metrics.autoconfigure.logging.log4j2.Log4J2MetricsAutoConfiguration");
    }

    @Test
    void aPackageMatchesItselfAndItsSubpackagesButNotItsNamesakes() {
        assertThat(AutoConfigurationExclusions.inPackages(Set.of("org.springframework.boot.web")))
                .noneMatch(name -> name.startsWith("org.springframework.boot.webflux."))
                .noneMatch(name -> name.startsWith("org.springframework.boot.webmvc."));
    }

    @Test
    void theArgumentIsOneSpringPropertyListingEveryClass() {
        assertThat(AutoConfigurationExclusions.argument(Set.of("org.springframework.boot.flyway")))
                .isEqualTo("--spring.autoconfigure.exclude="
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration");
    }
}
