package io.lifeline.standalone.services;

import java.util.Optional;

/**
 * What the standalone process gives the services in place of the environment of a distributed
 * deployment.
 *
 * @param adminPassword empty when the environment sets it, which the command side reads itself
 * @param jwtSecret     empty when the environment sets it, which every service reads itself
 */
public record SharedInfrastructure(String jdbcUrl, String databaseUser, String kafkaBootstrapServers,
                                   Optional<String> adminPassword, Optional<String> jwtSecret) {
    @Override
    public String toString() {
        return "SharedInfrastructure[" + jdbcUrl + ", " + kafkaBootstrapServers + "]"; // no secrets in logs
    }
}
