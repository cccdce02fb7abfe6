package io.lifeline.standalone.edge;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services listen, learned after they started. */
@ConfigurationProperties("lifeline.edge")
record EdgeTargets(URI commandSide, URI querySide, URI websocketBridge) {
}
