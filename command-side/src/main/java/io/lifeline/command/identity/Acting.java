package io.lifeline.command.identity;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Map;
import java.util.Objects;
import org.axonframework.messaging.MetaData;

/**
 * Who sends a command, as the REST layer authenticated them: the actor and, for staff, the role
 * their token carried. Command handlers receive it as a parameter (see {@link ActingParameterResolverFactory}).
 */
public record Acting(Actor actor, StaffRole role) {
    public Acting {
        Objects.requireNonNull(actor, "actor");
        if (actor.isStaff() != (role != null)) {
            throw new IllegalArgumentException("staff act with a role, and only staff");
        }
    }

    public static Acting device(io.lifeline.contracts.actor.DeviceId device) {
        return new Acting(Actor.device(device), null);
    }

    public static Acting staff(io.lifeline.contracts.actor.StaffId staff, StaffRole role) {
        return new Acting(Actor.staff(staff), role);
    }

    public static Acting system(String rule) {
        return new Acting(Actor.system(rule), null);
    }

    static Acting from(MetaData metaData) {
        Object actor = metaData.get(Actor.METADATA_KEY);
        if (actor == null) {
            throw new IllegalStateException("a command arrived without an actor in its metadata");
        }
        Object role = metaData.get(Actor.ROLE_METADATA_KEY);
        return new Acting(Actor.parse(actor.toString()), role == null ? null : StaffRole.valueOf(role.toString()));
    }

    /** The metadata a command carries so that handlers, and every event they cause, know who acted. */
    public Map<String, String> toMetaData() {
        return role == null
                ? Map.of(Actor.METADATA_KEY, actor.toString())
                : Map.of(Actor.METADATA_KEY, actor.toString(), Actor.ROLE_METADATA_KEY, role.name());
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }
}
