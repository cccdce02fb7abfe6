package io.lifeline.command.identity;

import io.lifeline.contracts.channel.VerifiedCaller;
import io.lifeline.contracts.token.TokenClaims;
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
 * Turns the verified bearer token into the {@link Acting} a controller passes on with its command
 * (see {@link CallerActing} for the rules).
 */
@Component
public class CurrentActingResolver implements HandlerMethodArgumentResolver {
    private final CallerActing acting;

    CurrentActingResolver(CallerActing acting) {
        this.acting = acting;
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
        if (kind == null || jwt.getSubject() == null) {
            throw new InsufficientAuthenticationException("the token names no Lifeline principal");
        }
        return acting.of(new VerifiedCaller(kind, jwt.getSubject(), jwt.getClaimAsStringList(TokenClaims.ROLES),
                jwt.getClaimAsString(TokenClaims.PROVIDER), jwt.getClaimAsString(TokenClaims.NAME),
                jwt.getClaimAsString(TokenClaims.DISPLAY_NAME)));
    }
}
