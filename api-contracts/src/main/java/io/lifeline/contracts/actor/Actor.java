package io.lifeline.contracts.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who caused something: a device, a staff member or a named system rule. Written as
 * {@code kind:id} in metadata, so audit rows stay readable without a schema.
 */
public record Actor(ActorKind kind, String id) {
    /** The Axon metadata key under which every command and event carries its actor. */
    public static final String METADATA_KEY = "actor";
    /** The metadata key for a staff actor's role at the time of acting, for audit and for rules. */
    public static final String ROLE_METADATA_KEY = "actorRole";

    private static final Pattern SYSTEM_RULE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        switch (kind) {
            case DEVICE -> new DeviceId(id);
            case STAFF -> StaffId.parse(id);
            case SYSTEM -> {
                if (!SYSTEM_RULE.matcher(id).matches()) {
                    throw new IllegalArgumentException("a system rule name is lower-case, digits, . or -");
                }
            }
        }
    }

    public static Actor device(DeviceId device) {
        return new Actor(ActorKind.DEVICE, device.value());
    }

    public static Actor staff(StaffId staff) {
        return new Actor(ActorKind.STAFF, staff.toString());
    }

    public static Actor system(String rule) {
        return new Actor(ActorKind.SYSTEM, rule);
    }

    public static Actor parse(String text) {
        Objects.requireNonNull(text, "actor");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an actor is written kind:id");
        }
        ActorKind kind = ActorKind.valueOf(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
        return new Actor(kind, text.substring(colon + 1));
    }

    public boolean isDevice() {
        return kind == ActorKind.DEVICE;
    }

    public boolean isStaff() {
        return kind == ActorKind.STAFF;
    }

    public DeviceId deviceId() {
        if (!isDevice()) throw new IllegalStateException(this + " is not a device");
        return new DeviceId(id);
    }

    public StaffId staffId() {
        if (!isStaff()) throw new IllegalStateException(this + " is not a staff member");
        return StaffId.parse(id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
