package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the verified bearer token into the {@link Acting} a controller passes on with its command.
 * A staff member's role is read live, so a deactivated account stops acting at once.
 */
@Component
public class CurrentActingResolver implements HandlerMethodArgumentResolver {
    private final ActiveStaff activeStaff;

    CurrentActingResolver(ActiveStaff activeStaff) {
        this.activeStaff = activeStaff;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Acting.class.equals(parameter.getParameterType());
    }

    @Override
    public Acting resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new InsufficientAuthenticationException("a bearer token is required");
        }
        Jwt jwt = token.getToken();
        String kind = jwt.getClaimAsString(TokenClaims.KIND);
        if ("device".equals(kind)) {
            return Acting.device(new DeviceId(jwt.getSubject()));
        }
        if ("staff".equals(kind)) {
            StaffId staff = StaffId.parse(jwt.getSubject());
            return activeStaff.roleOf(staff)
                    .map(role -> Acting.staff(staff, role))
                    .orElseThrow(() -> new InsufficientAuthenticationException("this staff account can no longer act"));
        }
        throw new InsufficientAuthenticationException("the token names no Lifeline principal");
    }
}
