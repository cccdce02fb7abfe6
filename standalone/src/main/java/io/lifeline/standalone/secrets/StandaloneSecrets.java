package io.lifeline.standalone.secrets;

import io.lifeline.standalone.data.DataDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The admin password and token key the services get. Whatever the environment sets, the services
 * read themselves as in the distributed deployment; only what it leaves blank is generated here.
 *
 * @param adminUsername what the first admin is called
 * @param adminPassword empty when {@code LIFELINE_ADMIN_PASSWORD} is set
 * @param jwtSecret     empty when {@code LIFELINE_JWT_SECRET} is set
 */
public record StandaloneSecrets(String adminUsername, Optional<Secret> adminPassword, Optional<Secret> jwtSecret) {
    private static final int PASSWORD_BYTES = 18;
    /** 48 bytes encode to 64 characters, well over the 32 bytes HS256 needs. */
    private static final int JWT_SECRET_BYTES = 48;

    public static StandaloneSecrets resolve(Map<String, String> env, DataDirectory data) {
        String username = env.getOrDefault("LIFELINE_ADMIN_USERNAME", "");
        return new StandaloneSecrets(username.isBlank() ? "admin" : username.strip(),
                unlessSet(env, "LIFELINE_ADMIN_PASSWORD", () -> SecretFile.readOrGenerate(data.adminPasswordFile(), PASSWORD_BYTES)),
                unlessSet(env, "LIFELINE_JWT_SECRET", () -> SecretFile.readOrGenerate(data.jwtSecretFile(), JWT_SECRET_BYTES)));
    }

    private static Optional<Secret> unlessSet(Map<String, String> env, String variable, Supplier<Secret> generate) {
        String configured = env.get(variable);
        return configured == null || configured.isBlank() ? Optional.of(generate.get()) : Optional.empty();
    }
}
