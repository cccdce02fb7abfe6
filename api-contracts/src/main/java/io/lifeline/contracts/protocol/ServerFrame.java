package io.lifeline.contracts.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A frame the bridge sends to a client; {@code type} names it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EventFrame.class, name = "event"),
        @JsonSubTypes.Type(value = SubscribedFrame.class, name = "subscribed"),
        @JsonSubTypes.Type(value = AckFrame.class, name = "ack"),
        @JsonSubTypes.Type(value = ErrorFrame.class, name = "error"),
        @JsonSubTypes.Type(value = TypingFrame.class, name = "typing"),
        @JsonSubTypes.Type(value = PresenceFrame.class, name = "presence"),
        @JsonSubTypes.Type(value = PongFrame.class, name = "pong")})
public sealed interface ServerFrame
        permits EventFrame, SubscribedFrame, AckFrame, ErrorFrame, TypingFrame, PresenceFrame, PongFrame {}
