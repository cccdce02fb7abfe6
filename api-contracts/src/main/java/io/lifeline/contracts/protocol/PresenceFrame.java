package io.lifeline.contracts.protocol;

import java.util.List;

/** The staff members online now, each until its presence expires unless renewed. */
public record PresenceFrame(List<OnlineStaff> online) implements ServerFrame {
    public PresenceFrame {
        online = List.copyOf(online);
    }
}
