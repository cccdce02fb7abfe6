package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.token.TokenClaims;
import java.util.Optional;
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
 * A staff member's role is read live, so a deactivated account stops acting at once. A staff member
 * an external identity provider vouches for acts with the role of that provider's token.
 */
@Component
public class CurrentActingResolver implements HandlerMethodArgumentResolver {
    private final ActiveStaff activeStaff;
    private final ExternalStaffAccounts externalStaff;

    CurrentActingResolver(ActiveStaff activeStaff, ExternalStaffAccounts externalStaff) {
        this.activeStaff = activeStaff;
        this.externalStaff = externalStaff;
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
        if (TokenClaims.DEVICE.equals(kind)) {
            return Acting.device(new DeviceId(jwt.getSubject()));
        }
        if (TokenClaims.STAFF.equals(kind)) {
            StaffId staff = StaffId.parse(jwt.getSubject());
            Optional<StaffRole> role = jwt.hasClaim(TokenClaims.PROVIDER)
                    ? externalStaff.actingRole(staff, jwt.getClaimAsString(TokenClaims.NAME),
                            jwt.getClaimAsString(TokenClaims.DISPLAY_NAME),
                            StaffRole.valueOf(jwt.getClaimAsStringList(TokenClaims.ROLES).get(0)))
                    : activeStaff.roleOf(staff);
            return role
                    .map(acting -> Acting.staff(staff, acting))
                    .orElseThrow(() -> new InsufficientAuthenticationException("this staff account can no longer act"));
        }
        throw new InsufficientAuthenticationException("the token names no Lifeline principal");
    }
}
