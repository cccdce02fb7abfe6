package io.lifeline.support.revocation;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a service imports to follow {@code lifeline.revocations} and refuse revoked tokens. */
@Configuration(proxyBeanMethods = false)
@Import({RevokedTokens.class, NotRevokedValidator.class, RevocationFeed.class})
public class Revocations {
}
