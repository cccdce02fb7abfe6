package io.lifeline.support.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a service imports for rate limits ({@code lifeline.rate-limit.*}): the limiter and its request filters. */
@Configuration(proxyBeanMethods = false)
@Import({RateLimiter.class, RateLimitFilters.class})
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimiting {
}
