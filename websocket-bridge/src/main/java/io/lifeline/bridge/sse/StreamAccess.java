package io.lifeline.bridge.sse;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.upstream.Upstream;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.conversation.ConversationId;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Asks the query side, as the caller, for the first stored event of a conversation before a stream
 * opens: its refusal, or its absence, is passed on as a problem detail with the same status and code.
 */
@Component
class StreamAccess {
    private final Upstream upstream;
    private final BridgeProperties properties;

    StreamAccess(Upstream upstream, BridgeProperties properties) {
        this.upstream = upstream;
        this.properties = properties;
    }

    Optional<ProblemDetail> refusal(Caller caller, ConversationId conversation) {
        URI uri = properties.queryUrl().resolve("/api/query/conversations/" + conversation + "/events?after=-1&limit=1");
        try {
            upstream.get(uri, caller.token(), caller.address());
            return Optional.empty();
        } catch (UpstreamRefusal refused) {
            return Optional.of(problem(HttpStatus.valueOf(refused.status()), refused.code(), refused.getMessage()));
        } catch (UpstreamUnavailable unavailable) {
            return Optional.of(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "the history cannot be read now; try again"));
        }
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lifeline:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }
}
