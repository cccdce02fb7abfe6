package io.lifeline.contracts.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A frame a client sends to the bridge; {@code type} names it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SubscribeFrame.class, name = "subscribe"),
        @JsonSubTypes.Type(value = UnsubscribeFrame.class, name = "unsubscribe"),
        @JsonSubTypes.Type(value = SubscribeInboxFrame.class, name = "subscribe-inbox"),
        @JsonSubTypes.Type(value = SendFrame.class, name = "send"),
        @JsonSubTypes.Type(value = TypingFrame.class, name = "typing"),
        @JsonSubTypes.Type(value = DeliveredFrame.class, name = "delivered"),
        @JsonSubTypes.Type(value = ReadFrame.class, name = "read"),
        @JsonSubTypes.Type(value = RateFrame.class, name = "rate"),
        @JsonSubTypes.Type(value = PingFrame.class, name = "ping")})
public sealed interface ClientFrame
        permits SubscribeFrame, UnsubscribeFrame, SubscribeInboxFrame, SendFrame, TypingFrame, DeliveredFrame, ReadFrame,
        RateFrame, PingFrame {}
