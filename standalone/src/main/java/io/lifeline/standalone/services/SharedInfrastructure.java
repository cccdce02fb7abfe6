package io.lifeline.standalone.services;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the standalone process gives the services in place of the environment of a distributed
 * deployment.
 *
 * @param adminPassword empty when the environment sets it, which the command side reads itself
 * @param jwtSecret     empty when the environment sets it, which every service reads itself
 * @param attachmentDir where the command side keeps attachments; empty when the environment sets it
 */
public record SharedInfrastructure(String jdbcUrl, String databaseUser, String kafkaBootstrapServers,
                                   Optional<String> adminPassword, Optional<String> jwtSecret,
                                   Optional<Path> attachmentDir) {
    @Override
    public String toString() {
        return "SharedInfrastructure[" + jdbcUrl + ", " + kafkaBootstrapServers + "]"; // no secrets in logs
    }
}
