package io.lifeline.command.config;

import io.lifeline.command.identity.CurrentActingResolver;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers declare an {@code Acting} parameter to get the authenticated actor. */
@Configuration
class WebConfig implements WebMvcConfigurer {
    private final CurrentActingResolver currentActing;

    WebConfig(CurrentActingResolver currentActing) {
        this.currentActing = currentActing;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentActing);
    }
}
