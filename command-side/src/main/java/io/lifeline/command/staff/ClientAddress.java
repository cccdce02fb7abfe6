package io.lifeline.command.staff;

import io.lifeline.support.ratelimit.RateLimitFilters;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;

/** The client's address as the address filter resolved it (trusted proxies' X-Forwarded-For believed), or null. */
final class ClientAddress {
    private ClientAddress() {
    }

    static InetAddress of(HttpServletRequest request) {
        return request.getAttribute(RateLimitFilters.CLIENT_ADDRESS) instanceof InetAddress address ? address : null;
    }
}
