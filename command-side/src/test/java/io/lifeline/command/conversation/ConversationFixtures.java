package io.lifeline.command.conversation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.contracts.staff.StaffRole;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small factories for conversation test data, so each test reads as its rule. */
final class ConversationFixtures {
    static final ConversationId ID = ConversationId.parse("5f0c3a52-8f87-4c55-bb3c-0d4f4f7e9a10");
    static final DeviceId DEVICE = new DeviceId("device-0123456789abcdef");
    static final DeviceId OTHER_DEVICE = new DeviceId("device-fedcba9876543210");
    static final StaffId AGENT = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a01");
    static final StaffId OTHER_AGENT = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a02");
    static final StaffId ADMIN = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a03");
    static final StaffId ANALYST = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a04");
    static final ConversationLimits LIMITS = new ConversationLimits(50, 2, 100, 10);

    private ConversationFixtures() {
    }

    static Map<String, String> asDevice() {
        return Acting.device(DEVICE).toMetaData();
    }

    static Map<String, String> asOtherDevice() {
        return Acting.device(OTHER_DEVICE).toMetaData();
    }

    static Map<String, String> asAgent() {
        return Acting.staff(AGENT, StaffRole.AGENT).toMetaData();
    }

    static Map<String, String> asOtherAgent() {
        return Acting.staff(OTHER_AGENT, StaffRole.AGENT).toMetaData();
    }

    static Map<String, String> asAdmin() {
        return Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData();
    }

    static Map<String, String> asAnalyst() {
        return Acting.staff(ANALYST, StaffRole.ANALYST).toMetaData();
    }

    static Map<String, String> asSystem() {
        return Acting.system("auto-assign").toMetaData();
    }

    /** A conversation fixture with the resources every command handler may ask for. */
    static FixtureConfiguration<Conversation> newFixture() {
        return newFixture(new SetTargets());
    }

    /** A conversation fixture whose admins set these response targets. */
    static FixtureConfiguration<Conversation> newFixture(SetTargets targets) {
        FixtureConfiguration<Conversation> fixture = new AggregateTestFixture<>(Conversation.class);
        fixture.registerInjectableResource(targets);
        fixture.registerInjectableResource(LIMITS);
        fixture.registerInjectableResource(new RecordedSentMessages());
        fixture.registerInjectableResource(new KnownStaff());
        fixture.registerInjectableResource(new UploadedHere());
        return fixture;
    }

    static ConversationStarted started() {
        return new ConversationStarted(ID, DEVICE, Channel.MOBILE, "Help", ConversationContext.general(),
                Priority.NORMAL, null, Actor.device(DEVICE));
    }

    static MessageSent deviceMessage(String clientId) {
        return new MessageSent(ID, MessageId.random(), new ClientMessageId(clientId), Actor.device(DEVICE),
                MessageContent.text("hello"), null, false);
    }

    static SendMessage sendText(String clientId, String text) {
        return new SendMessage(ID, MessageId.random(), new ClientMessageId(clientId), MessageContent.text(text), null, false);
    }

    static StaffJoined joined(StaffId staff) {
        return new StaffJoined(ID, staff);
    }

    static StaffAssigned assigned(StaffId staff) {
        return new StaffAssigned(ID, staff, null, AssignmentReason.MANUAL);
    }

    /** Remembers stored messages per conversation and author, the way the look-up table does in PostgreSQL. */
    static final class RecordedSentMessages implements SentMessages {
        private final Map<String, SentMessage> stored = new HashMap<>();
        private final Map<String, ConversationId> conversations = new HashMap<>();

        /** A message stored with its fingerprint, as the look-up table stores every message now. */
        void record(MessageSent sent, long sequence) {
            put(sent.conversationId(), sent.author(), sent.clientMessageId(), new SentMessage(sent.messageId(), sequence,
                    MessageFingerprint.of(sent.content(), sent.replyTo())));
        }

        /** A message stored before fingerprints were kept. */
        void record(Actor author, ClientMessageId clientId, MessageId messageId, long sequence) {
            record(ID, author, clientId, messageId, sequence);
        }

        void record(ConversationId conversation, Actor author, ClientMessageId clientId, MessageId messageId, long sequence) {
            put(conversation, author, clientId, new SentMessage(messageId, sequence, null));
        }

        private void put(ConversationId conversation, Actor author, ClientMessageId clientId, SentMessage message) {
            stored.put(conversation + "/" + author + "/" + clientId.value(), message);
            conversations.put(message.messageId().toString(), conversation);
        }

        @Override
        public Optional<SentMessage> find(ConversationId conversation, Actor author, ClientMessageId clientMessageId) {
            return Optional.ofNullable(stored.get(conversation + "/" + author + "/" + clientMessageId.value()));
        }

        @Override
        public boolean contains(ConversationId conversation, MessageId message) {
            return conversation.equals(conversations.get(message.toString()));
        }
    }

    static SendMessage replyTo(String clientId, MessageId message) {
        return new SendMessage(ID, MessageId.random(), new ClientMessageId(clientId), MessageContent.text("yes"), message, false);
    }

    static SendMessage sendAttachment(String clientId, MessageKind kind, AttachmentRef attachment) {
        return new SendMessage(ID, MessageId.random(), new ClientMessageId(clientId),
                new MessageContent(kind, null, attachment, null), null, false);
    }

    /** Remembers what was uploaded to which conversation and as what kind, as the attachment table does. */
    static final class UploadedHere implements UploadedAttachments {
        private final Map<String, MessageKind> uploaded = new HashMap<>();

        AttachmentRef upload(ConversationId conversation, MessageKind kind) {
            var ref = new AttachmentRef(java.util.UUID.randomUUID().toString().replace("-", "") + "abcdefghijk");
            uploaded.put(conversation + "/" + ref.value(), kind);
            return ref;
        }

        @Override
        public Optional<MessageKind> kindOf(ConversationId conversation, AttachmentRef attachment) {
            return Optional.ofNullable(uploaded.get(conversation + "/" + attachment.value()));
        }
    }

    /** The response targets admins set, as the look-up table answers: the context's own, else every context's. */
    static final class SetTargets implements ResponseTargetBook {
        private final Map<String, ResponseTarget> targets = new HashMap<>();

        SetTargets set(ResponseTargetKind kind, Priority priority, ContextKind context, Duration within) {
            return set(kind, priority, context, ResponseTarget.calendar(within));
        }

        SetTargets set(ResponseTargetKind kind, Priority priority, ContextKind context, ResponseTarget target) {
            targets.put(kind + "/" + priority + "/" + context, target);
            return this;
        }

        @Override
        public Optional<ResponseTarget> find(ResponseTargetKind kind, Priority priority, ContextKind context) {
            return Optional.ofNullable(targets.get(kind + "/" + priority + "/" + context))
                    .or(() -> Optional.ofNullable(targets.get(kind + "/" + priority + "/null")));
        }
    }

    /** The staff members that may be assigned, as the staff account look-up would answer. */
    static final class KnownStaff implements StaffDirectory {
        private final Set<StaffId> assignable = new HashSet<>(Set.of(AGENT, OTHER_AGENT, ADMIN));

        @Override
        public boolean canBeAssigned(StaffId staff) {
            return assignable.contains(staff);
        }
    }
}
