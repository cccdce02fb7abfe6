package io.lifeline.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.testsupport.browser.BrowserExtension;
import io.lifeline.testsupport.browser.TestBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The JavaScript client in a real Chromium against the real system: loaded as an ES module from the
 * bridge through the edge, under the browser files' Content-Security-Policy, and checked against
 * what the system stored (the timeline over REST), not only against what the page saw.
 */
@ExtendWith(BrowserExtension.class)
class JavaScriptClientIT {

    @Test
    void aDeviceRegistersStartsAConversationSendsAndGetsTheStaffReplyLive(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());

        String conversation = (String) page.run("""
                const client = harness.device('visitor');
                await client.connect();
                const opened = await client.startConversation({subject: 'Browser', text: 'hello from the page'});
                client.subscribe(opened.conversationId);
                const ack = await client.send(opened.conversationId, 'are you there?');
                if (ack.duplicate) throw new Error('a first send was taken for a repeat');
                return opened.conversationId;
                """);
        answerAsAdmin(lifeline, conversation, "yes, how can I help?");

        page.awaitText("visitor", conversation, "yes, how can I help?");
        assertThat(page.run("return harness.texts('visitor', args[0]);", conversation))
                .isEqualTo(List.of("hello from the page", "are you there?", "yes, how can I help?"));
        assertThat(storedTexts(lifeline, conversation))
                .containsExactly("hello from the page", "are you there?", "yes, how can I help?");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aHandshakeLeftUnansweredIsGivenUpAndTheNextAttemptConnects(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());

        @SuppressWarnings("unchecked")
        var outcome = (Map<String, Object>) page.run("""
                // The network: the first handshake is never answered, as by a proxy that swallows it.
                const RealWebSocket = window.WebSocket;
                let attempts = 0;
                let abandoned = false;
                window.WebSocket = function (url, protocols) {
                  attempts += 1;
                  if (attempts > 1) return new RealWebSocket(url, protocols);
                  const silent = {readyState: RealWebSocket.CONNECTING, close() { silent.readyState = RealWebSocket.CLOSED; abandoned = true; }};
                  return silent;
                };
                Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
                try {
                  const storage = new lifeline.MemoryStorage();
                  const session = new lifeline.DeviceSession({baseUrl: location.origin, storage});
                  const client = new lifeline.LifelineClient({session, storage, transport: 'websocket',
                    connectTimeoutMs: 500, backoff: new lifeline.Backoff({initialMs: 100, maxMs: 200})});
                  const states = [];
                  client.on('state', ({state}) => states.push(state));
                  await client.connect();
                  const opened = await client.startConversation({subject: 'Slow network', text: 'through at last'});
                  client.close();
                  return {attempts, abandoned, states: states.join(' '), conversation: opened.conversationId};
                } finally {
                  window.WebSocket = RealWebSocket;
                }
                """);

        assertThat(outcome).containsEntry("attempts", 2L).containsEntry("abandoned", true);
        assertThat((String) outcome.get("states")).startsWith("connecting waiting connecting open");
        assertThat(storedTexts(lifeline, (String) outcome.get("conversation"))).containsExactly("through at last");
    }

    @Test
    void aDeviceRatesItsResolvedConversationAndTheRatingIsStoredWithWhoHeldIt(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        String conversation = page.converse("rater", "Rate me", "my problem");
        answerAsAdmin(lifeline, conversation, "fixed it");
        lifeline.call("POST", "/api/conversations/" + conversation + "/resolve", lifeline.adminToken(), null);

        page.run("await harness.client('rater').rate(args[0], 5, 'quick and kind');", conversation);

        JsonNode rated = null;
        for (int attempt = 0; attempt < 100 && (rated == null || rated.isEmpty()); attempt++) {
            rated = lifeline.call("GET", "/api/query/audit?aggregateId=" + conversation + "&type=ConversationRated",
                    lifeline.adminToken(), null).path("entries");
            Thread.sleep(100);
        }
        assertThat(rated).hasSize(1);
        assertThat(rated.get(0).toString()).contains("quick and kind", lifeline.adminId());
        assertThat(page.run("""
                try { await harness.client('rater').rate(args[0], 9); return 'accepted'; }
                catch (error) { return error.code; }
                """, conversation)).isEqualTo("invalid-request");
    }

    @Test
    void aResendUnderTheSameClientIdIsAcknowledgedWithTheFirstIdsAndStoredOnce(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());

        String conversation = page.converse("visitor", "Twice", null);

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) page.run("""
                const client = harness.client('visitor');
                const first = await client.send(args[0], 'only once, please', {clientId: 'twice-1'});
                const again = await client.send(args[0], 'only once, please', {clientId: 'twice-1'});
                return {first, again};
                """, conversation);
        @SuppressWarnings("unchecked")
        var first = (Map<String, Object>) answer.get("first");
        @SuppressWarnings("unchecked")
        var again = (Map<String, Object>) answer.get("again");

        assertThat(first.get("duplicate")).isEqualTo(false);
        assertThat(again.get("duplicate")).isEqualTo(true);
        assertThat(again.get("messageId")).isEqualTo(first.get("messageId"));
        assertThat(again.get("sequence")).isEqualTo(first.get("sequence"));
        assertThat(storedTexts(lifeline, conversation)).containsExactly("only once, please");
    }

    /** The bridge acks a stored send when it sees the message's event, so the sender may get the two in either order. */
    @Test
    void aSendIsSettledByItsAckWhetherItsOwnEventCameBeforeOrAfter(TestBrowser browser) throws Exception {
        var page = HarnessPage.open(browser, StandaloneForTests.shared().base());

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) page.run("""
                const client = harness.device('orders'); // never connected: the test plays the bridge
                const conversationId = crypto.randomUUID();
                const event = (sequence, clientMessageId) => ({type: 'event', event: {conversationId, sequence,
                    type: 'MessageSent', payload: {messageId: 'm-' + sequence, clientMessageId, content: {kind: 'TEXT', body: 'x'}}}});
                const ack = (sequence, clientId) => ({type: 'ack', clientId, conversationId, messageId: 'm-' + sequence,
                    sequence, duplicate: false});
                const eventFirst = client.send(conversationId, 'event first', {clientId: 'o-1'});
                const ackFirst = client.send(conversationId, 'ack first', {clientId: 'o-2'});
                client.handle(event(1, 'o-1'));
                client.handle(ack(1, 'o-1'));
                client.handle(ack(2, 'o-2'));
                client.handle(event(2, 'o-2'));
                const acks = await Promise.all([eventFirst, ackFirst]);
                return {acked: acks.map((a) => a.messageId), events: harness.sequences('orders', conversationId),
                    pending: client.pending().length};
                """);

        assertThat(answer.get("acked")).isEqualTo(List.of("m-1", "m-2"));
        assertThat(answer.get("events")).isEqualTo(List.of(1L, 2L));
        assertThat(answer.get("pending")).isEqualTo(0L);
    }

    @Test
    void messagesSentOfflineGoOutOnReconnectOnceEachInOrderUnderTheirOwnClientIds(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        String conversation = page.converse("visitor", "Offline", null);

        browser.offline(true);
        page.run("await harness.until(() => harness.client('visitor').state !== 'open');");
        @SuppressWarnings("unchecked")
        var clientIds = (List<String>) page.run("""
                const client = harness.client('visitor');
                ['first while offline', 'second while offline', 'third while offline']
                    .forEach((text, i) => client.send(args[0], text, {clientId: 'offline-' + i}));
                await new Promise((resolve) => setTimeout(resolve, 500));
                if (client.state === 'open') throw new Error('the client is open while the browser is offline');
                return client.pending().map((send) => send.clientId);
                """, conversation);
        assertThat(clientIds).containsExactly("offline-0", "offline-1", "offline-2");
        assertThat(storedTexts(lifeline, conversation)).isEmpty();

        browser.offline(false);
        page.run("await harness.until(() => harness.seen('visitor').acks.length === 3);");

        assertThat(storedMessages(lifeline, conversation)).containsExactly(
                "offline-0=first while offline", "offline-1=second while offline", "offline-2=third while offline");
        assertThat(page.run("return harness.client('visitor').pending().length;")).isEqualTo(0L);
    }

    @Test
    void unsentMessagesAndResumePositionsInLocalStorageSurviveAReload(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        String conversation = page.converse("keeper", "Reload", "before the reload");
        browser.offline(true);
        page.run("""
                const client = harness.client('keeper');
                await harness.until(() => client.state !== 'open');
                const closing = [client.send(args[0], 'typed offline, one', {clientId: 'kept-1'}),
                    client.send(args[0], 'typed offline, two', {clientId: 'kept-2'})];
                client.close();
                const outcomes = await Promise.allSettled(closing);
                if (outcomes.some((outcome) => outcome.reason?.code !== 'closed')) throw new Error('a send outlived close()');
                """, conversation);
        browser.offline(false);

        var reloaded = HarnessPage.open(browser, lifeline.base());
        assertThat(reloaded.run("return harness.device('keeper').pending().map((send) => send.clientId);"))
                .isEqualTo(List.of("kept-1", "kept-2"));
        reloaded.run("""
                const client = harness.client('keeper');
                client.subscribe(args[0]);
                await client.connect();
                await harness.until(() => harness.texts('keeper', args[0]).includes('typed offline, two'));
                """, conversation);

        assertThat(storedTexts(lifeline, conversation))
                .containsExactly("before the reload", "typed offline, one", "typed offline, two");
        assertThat(storedMessages(lifeline, conversation)).endsWith("kept-1=typed offline, one", "kept-2=typed offline, two");
        assertThat(reloaded.run("return harness.texts('keeper', args[0]);", conversation))
                .as("resumed after what the page before the reload was handed")
                .isEqualTo(List.of("typed offline, one", "typed offline, two"));
    }

    @Test
    void afterMissingEventsWhileOfflineTheClientResumesWithoutGapOrDuplicate(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        String conversation = page.converse("visitor", "Resume", "before");
        answerAsAdmin(lifeline, conversation, "while you were online");
        page.awaitText("visitor", conversation, "while you were online");

        browser.offline(true);
        page.run("await harness.until(() => harness.client('visitor').state !== 'open');");
        lifeline.call("POST", "/api/conversations/" + conversation + "/messages", lifeline.adminToken(),
                Map.of("clientMessageId", "missed-1", "text", "missed one"));
        lifeline.call("POST", "/api/conversations/" + conversation + "/messages", lifeline.adminToken(),
                Map.of("clientMessageId", "missed-2", "text", "missed two"));
        browser.offline(false);
        page.awaitText("visitor", conversation, "missed two");

        assertThat(page.run("return harness.texts('visitor', args[0]);", conversation))
                .isEqualTo(List.of("before", "while you were online", "missed one", "missed two"));
        String deviceToken = (String) page.run("return await harness.client('visitor').session.token();");
        assertThat(page.run("return harness.sequences('visitor', args[0]);", conversation))
                .as("every event the device may see, once, in order")
                .isEqualTo(storedSequences(lifeline, conversation, deviceToken));
    }

    @Test
    void whereWebSocketIsBlockedEventsArriveOverServerSentEventsAndSendsGoOverRest(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.openWithoutWebSocket(browser, lifeline.base());

        String conversation = (String) page.run("""
                const client = harness.device('visitor');
                await client.connect();
                if (client.transport !== 'sse') throw new Error('connected over ' + client.transport);
                const opened = await client.startConversation({subject: 'No WebSocket', text: 'over REST'});
                client.subscribe(opened.conversationId);
                await client.send(opened.conversationId, 'also over REST');
                return opened.conversationId;
                """);
        answerAsAdmin(lifeline, conversation, "over server-sent events");

        page.awaitText("visitor", conversation, "over server-sent events");
        assertThat(page.run("return harness.texts('visitor', args[0]);", conversation))
                .isEqualTo(List.of("over REST", "also over REST", "over server-sent events"));
        assertThat(storedTexts(lifeline, conversation)).containsExactly("over REST", "also over REST", "over server-sent events");
    }

    @Test
    void anAttachmentUploadReportsProgressAndItsMessageIsStored(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());

        String conversation = page.converse("visitor", "Attachment", null);

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) page.run("""
                const client = harness.client('visitor');
                const file = new Blob(['a line of the log\\n'.repeat(50000)], {type: 'text/plain'});
                const progress = [];
                const uploaded = await client.upload(args[0], file,
                    {filename: 'trace.txt', onProgress: (p) => progress.push(p)});
                await client.send(args[0], {kind: uploaded.kind, attachment: uploaded.attachmentId});
                return {size: file.size, uploaded, progress};
                """, conversation);

        @SuppressWarnings("unchecked")
        var progress = (List<Map<String, Object>>) answer.get("progress");
        @SuppressWarnings("unchecked")
        var uploaded = (Map<String, Object>) answer.get("uploaded");
        long size = (Long) answer.get("size");
        assertThat(progress).isNotEmpty();
        var last = progress.get(progress.size() - 1);
        assertThat((Long) last.get("total")).as("the request: the file and its multipart framing").isGreaterThan(size);
        assertThat(last.get("loaded")).as("all of it sent").isEqualTo(last.get("total"));
        assertThat(uploaded).containsEntry("kind", "FILE").containsEntry("size", size).containsEntry("filename", "trace.txt");
        assertThat(storedPayloads(lifeline, conversation, "MessageSent"))
                .extracting(message -> message.path("content").path("attachment").asString())
                .containsExactly((String) uploaded.get("attachmentId"));
    }

    @Test
    void aStaffMemberSignedInThroughTheClientGetsTheDevicesMessageOnItsSocket(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        page.run("""
                const staff = await harness.staff('admin', 'admin', args[0]);
                await staff.connect();
                staff.subscribeInbox();
                await harness.until(() => harness.seen('admin').presence.length > 0); // the inbox's first frame
                """, lifeline.adminPassword());

        var device = lifeline.newDevice();
        String conversation = lifeline.startConversation(device.token(), "To the console");
        lifeline.call("POST", "/api/conversations/" + conversation + "/messages", device.token(),
                Map.of("clientMessageId", "to-staff", "text", "is anyone at the console?"));

        page.awaitText("admin", conversation, "is anyone at the console?");
        assertThat(page.run("return harness.client('admin').session.staff.role;")).isEqualTo("ADMIN");

        String refreshToken = (String) page.run("""
                const session = harness.client('admin').session;
                const kept = session.storage.get('staff.session').refreshToken;
                await session.signOut();
                return kept;
                """);
        assertThat(lifeline.status("POST", "/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshToken)))
                .as("signed out: the session's refresh token no longer works").isEqualTo(401);
    }

    @Test
    void aStaffSessionNearItsEndIsRefreshedBeforeTheSocketConnects(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());

        @SuppressWarnings("unchecked")
        var sessions = (Map<String, Object>) page.run("""
                const staff = await harness.staff('admin', 'admin', args[0]);
                const storage = staff.session.storage;
                const before = storage.get('staff.session');
                storage.set('staff.session', {...before, expiresAt: new Date(Date.now() + 1000).toISOString()});
                await staff.connect();
                await staff.ping();
                return {before: before.refreshToken, after: storage.get('staff.session').refreshToken};
                """, lifeline.adminPassword());

        assertThat(sessions.get("after")).as("refreshed: the next refresh token is held").isNotEqualTo(sessions.get("before"));
        assertThat(lifeline.status("POST", "/api/sessions/staff/refresh", null, Map.of("refreshToken", sessions.get("before"))))
                .as("the used refresh token").isEqualTo(401);
    }

    @Test
    void typingReachesTheStaffMembersSocketAndAReadReceiptIsStored(TestBrowser browser) throws Exception {
        var lifeline = StandaloneForTests.shared();
        var page = HarnessPage.open(browser, lifeline.base());
        String conversation = page.converse("visitor", "Typing", "hello");
        answerAsAdmin(lifeline, conversation, "I am here");

        @SuppressWarnings("unchecked")
        var typing = (Map<String, Object>) page.run("""
                const staff = await harness.staff('admin', 'admin', args[1]);
                await staff.connect();
                staff.subscribe(args[0]);
                await harness.until(() => harness.texts('admin', args[0]).includes('I am here'));
                const visitor = harness.client('visitor');
                await harness.until(() => harness.texts('visitor', args[0]).includes('I am here'));
                if (!visitor.typing(args[0], true)) throw new Error('typing was not written');
                await harness.until(() => harness.seen('admin').typing.length > 0);
                const last = harness.seen('visitor').events.at(-1).sequence;
                visitor.read(args[0], last);
                return {...harness.seen('admin').typing[0], readUpTo: last};
                """, conversation, lifeline.adminPassword());

        assertThat(typing).containsEntry("conversationId", conversation).containsEntry("typing", true);
        assertThat((String) typing.get("actor")).startsWith("device:");
        long readUpTo = (Long) typing.get("readUpTo");
        page.run("""
                await harness.until(() => harness.seen('visitor').events.some(
                    (event) => event.type === 'MessagesRead' && event.payload.upToSequence === args[0]));
                """, readUpTo);
        assertThat(storedPayloads(lifeline, conversation, "MessagesRead"))
                .extracting(read -> read.path("upToSequence").asLong()).containsExactly(readUpTo);
    }

    static void answerAsAdmin(StandaloneForTests lifeline, String conversation, String text) throws Exception {
        lifeline.assignToAdmin(conversation);
        lifeline.call("POST", "/api/conversations/" + conversation + "/messages", lifeline.adminToken(),
                Map.of("clientMessageId", "staff-" + System.nanoTime(), "text", text));
    }

    /** The conversation's messages as stored, {@code clientMessageId=text}, in sequence order. */
    static List<String> storedMessages(StandaloneForTests lifeline, String conversation) throws Exception {
        List<String> messages = new ArrayList<>();
        for (JsonNode message : storedPayloads(lifeline, conversation, "MessageSent")) {
            messages.add(message.path("clientMessageId").asString() + "=" + message.path("content").path("body").asString());
        }
        return messages;
    }

    /** The conversation's messages' texts as stored, read back over the query side's REST API. */
    static List<String> storedTexts(StandaloneForTests lifeline, String conversation) throws Exception {
        List<String> texts = new ArrayList<>();
        for (JsonNode message : storedPayloads(lifeline, conversation, "MessageSent")) {
            texts.add(message.path("content").path("body").asString());
        }
        return texts;
    }

    /** The payloads of the conversation's stored events of a type, in sequence order. */
    static List<JsonNode> storedPayloads(StandaloneForTests lifeline, String conversation, String type) throws Exception {
        List<JsonNode> payloads = new ArrayList<>();
        for (JsonNode event : storedEvents(lifeline, conversation, lifeline.adminToken())) {
            if (event.path("type").asString().equals(type)) {
                payloads.add(event.path("payload"));
            }
        }
        return payloads;
    }

    /** The sequences of the events the token's holder may see, as stored. */
    static List<Long> storedSequences(StandaloneForTests lifeline, String conversation, String token) throws Exception {
        List<Long> sequences = new ArrayList<>();
        for (JsonNode event : storedEvents(lifeline, conversation, token)) {
            sequences.add(event.path("sequence").asLong());
        }
        return sequences;
    }

    static JsonNode storedEvents(StandaloneForTests lifeline, String conversation, String token) throws Exception {
        return lifeline.call("GET", "/api/query/conversations/" + conversation + "/events?after=-1&limit=500", token, null)
                .path("events");
    }
}
