// Test-only: makes the client's module reachable from WebDriver scripts, with what each client saw recorded.
import * as lifeline from '../lifeline-client.js';

/** @type {Record<string, {client: lifeline.LifelineClient, seen: any}>} */
const clients = {};

function record(name, client) {
  const seen = {events: [], acks: [], errors: [], refused: [], states: [], typing: [], presence: []};
  client.on('event', (event) => seen.events.push(event));
  client.on('ack', (ack) => seen.acks.push(ack));
  client.on('error', (error) => seen.errors.push({code: error.code, message: error.message}));
  client.on('refused', (refused) => seen.refused.push({clientId: refused.clientId, code: refused.error.code}));
  client.on('state', (state) => seen.states.push(state));
  client.on('typing', (typing) => seen.typing.push(typing));
  client.on('presence', (presence) => seen.presence.push(presence));
  clients[name] = {client, seen};
  return client;
}

const quickBackoff = () => new lifeline.Backoff({initialMs: 100, maxMs: 1000});

window.lifeline = lifeline;
window.harness = {
  clients,
  /** A device client whose identity, outbox and positions are kept in localStorage under its name. */
  device(name, {transport = 'auto'} = {}) {
    const storage = new lifeline.WebStorage({prefix: `test.${name}.`});
    const session = new lifeline.DeviceSession({baseUrl: location.origin, storage});
    return record(name, new lifeline.LifelineClient({session, storage, transport, backoff: quickBackoff()}));
  },
  /** A connected device client with a new conversation it subscribed to and was handed so far; answers its id. */
  async converse(name, subject, text) {
    const client = this.device(name);
    await client.connect();
    const opened = await client.startConversation({subject, text});
    client.subscribe(opened.conversationId);
    await this.until(() => this.sequences(name, opened.conversationId).includes(opened.sequence));
    return opened.conversationId;
  },
  async staff(name, username, password) {
    const storage = new lifeline.MemoryStorage();
    const session = await lifeline.StaffSession.signIn({baseUrl: location.origin, storage, username, password});
    return record(name, new lifeline.LifelineClient({session, storage, backoff: quickBackoff()}));
  },
  client(name) {
    return clients[name].client;
  },
  seen(name) {
    return clients[name].seen;
  },
  /** The texts of the messages a client was handed in a conversation, in the order it was handed them. */
  texts(name, conversationId) {
    return clients[name].seen.events
      .filter((event) => event.conversationId === conversationId && event.type === 'MessageSent')
      .map((event) => event.payload.content.body);
  },
  sequences(name, conversationId) {
    return clients[name].seen.events.filter((event) => event.conversationId === conversationId)
      .map((event) => event.sequence);
  },
  async until(condition, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${condition}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
};
document.getElementById('status').textContent = 'ready';
