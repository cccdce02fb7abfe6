/**
 * The connection to Lifeline that survives losing it: the one client of the website widget, the
 * staff console and mobile web views. See the package's README for a guide.
 * @module
 */
import {Backoff} from './backoff.js';
import {Emitter} from './emitter.js';
import {EventStream} from './event-stream.js';
import {LifelineError} from './errors.js';
import {requestJson} from './http.js';
import {newClientId} from './ids.js';
import {Outbox} from './outbox.js';
import {NOTHING, ResumePositions} from './positions.js';
import {MemoryStorage} from './storage.js';
import {upload} from './uploads.js';

/** Close codes after which a reconnect would be refused again (policy, protocol and size violations). */
const FINAL_CLOSES = new Set([1002, 1003, 1007, 1008, 1009]);
/** Refusals of a subscribe that asking again will not change. */
const SUBSCRIBE_REFUSALS = new Set(['not-found', 'forbidden']);
/** Refusals of a send for now only: sent again later under the same client id. */
const SEND_RETRIES = new Set(['rate-limited', 'unavailable']);
const TOKEN_EXPIRED = 4401;

/**
 * @typedef {import('./outbox.js').MessageContent} MessageContent
 * @typedef {import('./outbox.js').PendingSend} PendingSend
 * @typedef {{type: 'ack', clientId: string, conversationId: string, messageId: string, sequence: number,
 *            duplicate: boolean}} Ack
 * @typedef {{eventId: string, type: string, conversationId: string, sequence: number, timestamp: string,
 *            actor: string|null, payload: any}} EventEnvelope
 */

/**
 * Subscribes, sends and receives over one WebSocket at `/ws` (the token offered as the subprotocol
 * `lifeline.bearer.<token>`), or, where WebSocket cannot connect, over Server-Sent Events and REST.
 *
 * - Every event is handed on once and in order: the client keeps per conversation the last
 *   sequence it handed on and resumes after it on every reconnect (and after a reload, with a
 *   persistent storage).
 * - Every message is sent under a client id and kept in an outbox until acknowledged; messages
 *   sent while offline go out on reconnect in their order with their original ids, and the server
 *   stores each once.
 * - It reconnects with exponential back-off and jitter, at once when the browser comes back online,
 *   and renews the token when the server says it expired.
 *
 * Events (`client.on(name, listener)`): `event` (an {@link EventEnvelope}), `subscribed`, `ack`,
 * `refused` ({clientId, conversationId, error}: a send refused for good), `error` (a {@link LifelineError}),
 * `typing`, `presence`, `state` ({state, transport}).
 */
export class LifelineClient {
  /**
   * @param {object} options
   * @param {import('./sessions.js').Session} options.session whose token to connect with
   * @param {string} [options.baseUrl] Lifeline's address; by default the origin this module was loaded from
   * @param {import('./storage.js').Storage} [options.storage] where the outbox and resume positions are kept; memory by default
   * @param {'auto'|'websocket'|'sse'} [options.transport] `auto` (default): WebSocket, and SSE with REST
   *        after `fallbackAfter` attempts in a row that could not open one
   * @param {number} [options.fallbackAfter] 2 by default
   * @param {Backoff} [options.backoff]
   * @param {number} [options.pingIntervalMs] how often an open WebSocket is checked with a ping (25 s);
   *        a connection with no answer by the next check is taken as lost
   * @param {number} [options.connectTimeoutMs] how long a WebSocket may take to open (10 s) before the
   *        attempt is given up and made again: a handshake a network or proxy leaves unanswered
   *        would otherwise keep the client connecting for good
   */
  constructor({session, baseUrl = defaultBaseUrl(), storage = new MemoryStorage(), transport = 'auto',
    fallbackAfter = 2, backoff = new Backoff(), pingIntervalMs = 25_000, connectTimeoutMs = 10_000}) {
    if (!session) throw new TypeError('a LifelineClient needs a session (DeviceSession or StaffSession)');
    if (!baseUrl) throw new TypeError('a LifelineClient needs the baseUrl of Lifeline');
    this.session = session;
    this.baseUrl = baseUrl;
    this.preferred = transport;
    this.fallbackAfter = fallbackAfter;
    this.backoff = backoff;
    this.pingIntervalMs = pingIntervalMs;
    this.connectTimeoutMs = connectTimeoutMs;
    this.events = new Emitter();
    this.outbox = new Outbox(storage);
    this.positions = new ResumePositions(storage);
    /** @type {Set<string>} */
    this.subscriptions = new Set();
    /** @type {Map<string, EventEnvelope[]>} events held back while a conversation's backfill arrives */
    this.backfilling = new Map();
    this.inbox = false;
    /** @type {Map<string, {resolve: (ack: Ack) => void, reject: (error: Error) => void}[]>} */
    this.waiting = new Map();
    /** @type {Map<string, {delivered?: number, read?: number}>} receipts not yet written */
    this.receipts = new Map();
    /** @type {'idle'|'connecting'|'open'|'waiting'|'closed'} */
    this.state = 'idle';
    /** @type {'websocket'|'sse'} */
    this.transport = transport === 'sse' ? 'sse' : 'websocket';
    /** @type {WebSocket|null} */
    this.socket = null;
    /** @type {Map<string, EventStream>} */
    this.streams = new Map();
    /** @type {Map<string, number>} streams in a row that ended before their backfill was complete */
    this.streamFailures = new Map();
    this.failures = 0;
    this.socketFailures = 0;
    this.timer = null;
    this.pinger = null;
    this.pongDue = false;
    this.pumping = false;
    /** @type {{resolve: () => void, reject: (error: Error) => void}[]} */
    this.connectWaiters = [];
    this.onOnline = () => this.reconnectNow();
    this.onOffline = () => this.dropSocket();
  }

  /**
   * @param {'event'|'subscribed'|'ack'|'refused'|'error'|'typing'|'presence'|'state'} name
   * @param {Function} listener
   * @returns {() => void} removes the listener
   */
  on(name, listener) {
    return this.events.on(name, listener);
  }

  /** @param {string} name @param {Function} listener */
  off(name, listener) {
    this.events.off(name, listener);
  }

  /**
   * Starts connecting, or while waiting to reconnect tries at once (call it when a mobile app comes
   * back to the foreground); resolves once connected (attempts that fail are retried).
   */
  connect() {
    if (this.state === 'closed') return Promise.reject(new LifelineError('closed', 'the client was closed'));
    const opened = new Promise((resolve, reject) => {
      if (this.state === 'open') resolve(undefined);
      else this.connectWaiters.push({resolve, reject});
    });
    if (this.state === 'waiting') this.reconnectNow();
    if (this.state === 'idle') {
      globalThis.addEventListener?.('online', this.onOnline);
      globalThis.addEventListener?.('offline', this.onOffline);
      this.dial();
    }
    return opened;
  }

  /** Closes the connection for good; messages still in the outbox stay there for a later client. */
  close() {
    if (this.state === 'closed') return;
    this.setState('closed');
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    clearTimeout(this.timer);
    this.stopPinging();
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.onclose = null;
      socket.close(1000, 'client closed');
    }
    this.streams.forEach((stream) => stream.close());
    this.streams.clear();
    const closed = new LifelineError('closed', 'the client was closed');
    this.connectWaiters.splice(0).forEach((waiter) => waiter.reject(closed));
    for (const waiters of this.waiting.values()) waiters.forEach((waiter) => waiter.reject(closed));
    this.waiting.clear();
  }

  /**
   * Subscribes to a conversation: its events after the last one this client handed on (kept in the
   * storage), or after `after` when given (-1: the whole conversation), then live.
   * @param {string} conversationId
   * @param {{after?: number}} [options]
   */
  subscribe(conversationId, {after} = {}) {
    if (after === undefined) this.positions.track(conversationId);
    else this.positions.resetTo(conversationId, after);
    const added = !this.subscriptions.has(conversationId);
    this.subscriptions.add(conversationId);
    if (added || after !== undefined) this.askFor(conversationId);
  }

  /** @param {string} conversationId */
  unsubscribe(conversationId) {
    this.subscriptions.delete(conversationId);
    this.backfilling.delete(conversationId);
    const stream = this.streams.get(conversationId);
    if (stream) {
      stream.close();
      this.streams.delete(conversationId);
    }
    this.write({type: 'unsubscribe', conversationId});
  }

  /** Staff only: the live events of every conversation, for an inbox (WebSocket only). */
  subscribeInbox() {
    if (!this.inbox) {
      this.inbox = true;
      this.write({type: 'subscribe-inbox'});
    }
  }

  /**
   * Sends a message. It is kept in the outbox (and the storage) until the server acknowledges it,
   * and sent again under the same client id after every reconnect, so it is stored exactly once.
   * Resolves with the ack; rejects with a {@link LifelineError} when the server refuses it for good.
   * @param {string} conversationId
   * @param {string|MessageContent} content a text, or a message's content
   * @param {{clientId?: string, replyTo?: string|null, urgent?: boolean}} [options] `clientId`: your own, e.g. kept across a reload
   * @returns {Promise<Ack>}
   */
  send(conversationId, content, {clientId = newClientId(), replyTo = null, urgent = false} = {}) {
    const message = typeof content === 'string' ? {kind: /** @type {const} */ ('TEXT'), body: content} : content;
    const promise = new Promise((resolve, reject) => {
      if (!this.waiting.has(clientId)) this.waiting.set(clientId, []);
      this.waiting.get(clientId).push({resolve, reject});
    });
    if (!this.outbox.has(clientId)) {
      /** @type {PendingSend} */
      const send = {clientId, conversationId, content: message, replyTo, urgent};
      this.outbox.add(send);
      this.transmit(send);
    }
    return promise;
  }

  /** The messages sent but not yet acknowledged, oldest first (after a reload, too). */
  pending() {
    return this.outbox.list();
  }

  /**
   * Tells the others whether this user is typing: now or never (nothing is kept while disconnected,
   * and SSE has no typing). Returns whether it was written.
   * @param {string} conversationId
   * @param {boolean} [typing]
   */
  typing(conversationId, typing = true) {
    return this.write({type: 'typing', conversationId, typing});
  }

  /** Records that this client received every message up to a sequence. @param {string} conversationId @param {number} upToSequence */
  delivered(conversationId, upToSequence) {
    this.receipt(conversationId, 'delivered', upToSequence);
  }

  /** Records that this user read every message up to a sequence. @param {string} conversationId @param {number} upToSequence */
  read(conversationId, upToSequence) {
    this.receipt(conversationId, 'read', upToSequence);
  }

  /**
   * Starts a conversation over REST (a device for itself) with an optional first message; the
   * conversation is then subscribed to. Retrying with the same `conversationId` is safe.
   * @param {{subject?: string, text?: string, channel?: 'MOBILE'|'WIDGET'|'STAFF', context?: object,
   *          conversationId?: string, startNew?: boolean, device?: string}} [options]
   * @returns {Promise<{conversationId: string, existing: boolean, sequence: number, firstMessage: any}>}
   */
  async startConversation({subject, text, channel = 'WIDGET', context, conversationId = newClientId(),
    startNew = false, device} = {}) {
    const body = {conversationId, channel, subject, context, startNew, device,
      firstMessage: text ? {clientMessageId: newClientId(), text} : undefined};
    const {body: opened} = await this.rest('POST', '/api/conversations', body);
    return opened;
  }

  /**
   * Rates a resolved conversation (a device for itself): 1 (bad) to 5 (very good), with an optional
   * comment. Rating again replaces the rating until the conversation is reopened.
   * @param {string} conversationId
   * @param {number} rating
   * @param {string} [comment]
   */
  async rate(conversationId, rating, comment) {
    await this.rest('POST', `/api/conversations/${conversationId}/rating`, {rating, comment});
  }

  /**
   * A conversation's timeline from the query side (`after`: entries after a sequence, going forwards).
   * @param {string} conversationId
   * @param {{after?: number, before?: number, limit?: number}} [query]
   */
  async timeline(conversationId, query = {}) {
    const params = new URLSearchParams();
    Object.entries(query).forEach(([name, value]) => value !== undefined && params.set(name, String(value)));
    const {body} = await this.rest('GET', `/api/query/conversations/${conversationId}/timeline?${params}`);
    return body;
  }

  /**
   * Uploads a file to a conversation, reporting progress; resolves with what a message then names.
   * Send it with `send(conversationId, {kind: uploaded.kind, attachment: uploaded.attachmentId})`.
   * @param {string} conversationId
   * @param {Blob} file
   * @param {{kind?: 'IMAGE'|'VOICE'|'FILE', filename?: string, signal?: AbortSignal,
   *          onProgress?: (progress: {loaded: number, total: number}) => void}} [options]
   */
  async upload(conversationId, file, options = {}) {
    const attempt = async (token) => upload({baseUrl: this.baseUrl, token, conversationId, file, ...options});
    try {
      return await attempt(await this.session.token());
    } catch (error) {
      if (error instanceof LifelineError && error.status === 401) return attempt(await this.session.renew());
      throw error;
    }
  }

  /** Checks the line: resolves when the bridge answers (WebSocket only). */
  ping() {
    return new Promise((resolve, reject) => {
      const ref = newClientId();
      const off = this.on('pong', (pong) => {
        if (pong.ref === ref) {
          off();
          resolve(pong);
        }
      });
      if (!this.write({type: 'ping', ref})) {
        off();
        reject(new LifelineError('not-connected', 'no WebSocket is open'));
      }
    });
  }

  // ---- connecting ---------------------------------------------------------------------------

  dial() {
    if (this.state === 'closed') return;
    this.setState('connecting');
    if (this.transport === 'sse') this.openStreams();
    else this.openSocket();
  }

  async openSocket() {
    let token;
    try {
      token = await this.session.token();
    } catch (error) {
      this.ended(1006, false, error);
      return;
    }
    if (this.state !== 'connecting') return;
    const url = new URL('/ws', this.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    let socket;
    try {
      socket = new WebSocket(url, ['lifeline.v1', `lifeline.bearer.${token}`]);
    } catch (refused) { // a Content-Security-Policy without connect-src for it, or a malformed address
      this.ended(1006, false);
      return;
    }
    this.socket = socket;
    let opened = false;
    const unanswered = setTimeout(() => {
      if (opened) return;
      finish(1006); // first: the close below may never be reported for a socket that did not open
      socket.close();
    }, this.connectTimeoutMs);
    socket.onopen = () => {
      clearTimeout(unanswered);
      opened = true;
      this.socketFailures = 0;
      this.opened();
    };
    socket.onmessage = (message) => this.receive(message.data);
    const finish = (/** @type {number} */ code) => {
      clearTimeout(unanswered);
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopPinging();
      this.ended(code, opened);
    };
    socket.onclose = (close) => finish(close.code);
    // A socket refused before it opened (by a Content-Security-Policy, for one) may fire only `error`, never `close`.
    socket.onerror = () => {
      if (!opened && socket.readyState === WebSocket.CLOSED) finish(1006);
    };
  }

  opened() {
    this.failures = 0;
    this.setState('open');
    this.subscriptions.forEach((conversationId) => this.askFor(conversationId));
    if (this.inbox) this.write({type: 'subscribe-inbox'});
    this.outbox.list().forEach((send) => this.transmit(send));
    this.flushReceipts();
    this.startPinging();
    this.connectWaiters.splice(0).forEach((waiter) => waiter.resolve());
  }

  /**
   * A connection, or an attempt at one, ended with a close code.
   * @param {number} code
   * @param {boolean} wasOpen
   * @param {Error} [error]
   */
  async ended(code, wasOpen, error) {
    if (this.state === 'closed') return;
    if (code === TOKEN_EXPIRED) {
      try {
        await this.session.renew();
      } catch (refused) {
        this.stop(refused instanceof LifelineError ? refused : new LifelineError('unauthorized', String(refused)));
        return;
      }
    } else if (FINAL_CLOSES.has(code)) {
      this.stop(new LifelineError('connection-refused', `the connection was closed with ${code}`));
      return;
    } else if (error instanceof LifelineError && error.status === 401) {
      this.stop(error);
      return;
    }
    if (!wasOpen && this.transport === 'websocket') {
      this.socketFailures += 1;
      if (this.preferred === 'auto' && this.socketFailures >= this.fallbackAfter && navigatorOnline()) {
        this.transport = 'sse'; // WebSocket cannot connect from here (a proxy or a firewall): events by SSE, sends by REST
      }
    }
    this.waitAndRedial();
  }

  waitAndRedial() {
    if (this.state === 'closed' || this.state === 'waiting') return;
    this.setState('waiting');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.dial(), this.backoff.delayMs(this.failures));
    this.failures += 1;
  }

  /** The browser says it is online again: no reason to wait out the back-off. */
  reconnectNow() {
    if (this.state === 'waiting') {
      clearTimeout(this.timer);
      this.failures = 0;
      this.dial();
    }
  }

  /** The browser says it is offline: the socket is dead even if no close has come yet. */
  dropSocket() {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.stopPinging();
    socket.onclose = null;
    socket.close(1000, 'offline');
    this.ended(1006, true);
  }

  /** @param {LifelineError} error */
  stop(error) {
    this.setState('idle');
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    this.events.emit('error', error);
    this.connectWaiters.splice(0).forEach((waiter) => waiter.reject(error));
  }

  startPinging() {
    this.stopPinging();
    this.pongDue = false;
    this.pinger = setInterval(() => {
      if (this.pongDue) {
        this.dropSocket(); // no answer since the last check: a half-open connection
        return;
      }
      this.pongDue = this.write({type: 'ping', ref: 'liveness'});
    }, this.pingIntervalMs);
  }

  stopPinging() {
    clearInterval(this.pinger);
    this.pinger = null;
  }

  // ---- Server-Sent Events and REST ----------------------------------------------------------

  openStreams() {
    this.failures = 0;
    this.setState('open');
    this.subscriptions.forEach((conversationId) => this.askFor(conversationId));
    this.pump();
    this.flushReceipts();
    this.connectWaiters.splice(0).forEach((waiter) => waiter.resolve());
  }

  /** @param {string} conversationId */
  async stream(conversationId) {
    const old = this.streams.get(conversationId);
    if (old) old.close();
    let token;
    try {
      token = await this.session.token();
    } catch (error) {
      this.restream(conversationId);
      return;
    }
    if (this.state !== 'open' || !this.subscriptions.has(conversationId)) return;
    this.backfilling.set(conversationId, []);
    const stream = new EventStream({
      baseUrl: this.baseUrl, conversationId, after: this.positions.after(conversationId), token,
      onFrame: (frame) => {
        if (frame.type === 'subscribed') this.streamFailures.delete(conversationId);
        this.handle(frame);
      },
      onEnd: async ({code, error}) => {
        if (this.streams.get(conversationId) !== stream) return;
        this.streams.delete(conversationId);
        if (error && code === 1008) { // not found, or not this caller's to see
          this.subscriptions.delete(conversationId);
          this.events.emit('error', new LifelineError(error.code, error.message, {conversationId}));
          return;
        }
        if (code === TOKEN_EXPIRED) {
          try {
            await this.session.renew();
          } catch (refused) {
            this.stop(refused);
            return;
          }
        }
        this.restream(conversationId);
      }
    });
    this.streams.set(conversationId, stream);
  }

  /** @param {string} conversationId */
  restream(conversationId) {
    const failures = this.streamFailures.get(conversationId) || 0;
    this.streamFailures.set(conversationId, failures + 1);
    setTimeout(() => {
      if (this.state === 'open' && this.transport === 'sse' && this.subscriptions.has(conversationId)) {
        this.stream(conversationId);
      }
    }, this.backoff.delayMs(failures));
  }

  /** Sends the outbox over REST, one message at a time and in order. */
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    let failures = 0;
    try {
      while (this.state === 'open' && this.transport === 'sse') {
        const send = this.outbox.list()[0];
        if (!send) return;
        try {
          const {body} = await this.rest('POST', `/api/conversations/${send.conversationId}/messages`, {
            clientMessageId: send.clientId, kind: send.content.kind, text: send.content.body,
            attachment: send.content.attachment, location: send.content.location, replyTo: send.replyTo,
            urgent: send.urgent
          });
          failures = 0;
          this.handle({type: 'ack', clientId: send.clientId, conversationId: body.conversationId,
            messageId: body.messageId, sequence: body.sequence, duplicate: body.duplicate});
        } catch (error) {
          if (error instanceof LifelineError && !error.retryable) {
            this.handle({type: 'error', code: error.code, message: error.message,
              conversationId: send.conversationId, clientId: send.clientId});
          } else {
            const pause = error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : this.backoff.delayMs(failures++);
            await new Promise((resolve) => setTimeout(resolve, pause));
          }
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  // ---- frames -------------------------------------------------------------------------------

  /** @param {string} data */
  receive(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch (notJson) {
      return; // the bridge writes JSON only: a stray frame is not worth stopping for
    }
    this.handle(frame);
  }

  /** @param {any} frame */
  handle(frame) {
    switch (frame.type) {
      case 'event':
        this.event(frame.event);
        break;
      case 'subscribed':
        this.subscribed(frame);
        break;
      case 'ack':
        this.acked(frame);
        break;
      case 'error':
        this.refused(LifelineError.fromFrame(frame));
        break;
      case 'pong':
        this.pongDue = false;
        this.events.emit('pong', frame);
        break;
      case 'typing':
      case 'presence':
        this.events.emit(frame.type, frame);
        break;
      default:
        break; // a frame type this client does not know yet: skipped, as the protocol asks
    }
  }

  /** @param {EventEnvelope} event */
  event(event) {
    if (!event) return;
    const held = this.backfilling.get(event.conversationId);
    if (held) held.push(event);
    else this.deliver(event);
  }

  /** @param {{conversationId: string, through: number}} frame */
  subscribed(frame) {
    const held = this.backfilling.get(frame.conversationId) || [];
    this.backfilling.delete(frame.conversationId);
    held.sort((a, b) => a.sequence - b.sequence).forEach((event) => this.deliver(event));
    this.positions.accountedFor(frame.conversationId, frame.through);
    this.events.emit('subscribed', frame);
  }

  /** @param {EventEnvelope} event */
  deliver(event) {
    if (this.positions.advance(event.conversationId, event.sequence)) {
      this.events.emit('event', event);
    }
  }

  /** @param {Ack} ack */
  acked(ack) {
    this.outbox.remove(ack.clientId);
    (this.waiting.get(ack.clientId) || []).forEach((waiter) => waiter.resolve(ack));
    this.waiting.delete(ack.clientId);
    this.events.emit('ack', ack);
  }

  /** @param {LifelineError} error */
  refused(error) {
    const send = error.clientId ? this.outbox.find(error.clientId) : undefined;
    if (send && SEND_RETRIES.has(error.code)) {
      setTimeout(() => this.transmit(send), (error.retryAfterSeconds || 1) * 1000);
      return;
    }
    if (send) {
      this.outbox.remove(send.clientId);
      (this.waiting.get(send.clientId) || []).forEach((waiter) => waiter.reject(error));
      this.waiting.delete(send.clientId);
      this.events.emit('refused', {clientId: send.clientId, conversationId: send.conversationId, error});
      return;
    }
    if (error.conversationId && !error.clientId && SUBSCRIBE_REFUSALS.has(error.code)
      && this.backfilling.has(error.conversationId)) {
      this.subscriptions.delete(error.conversationId);
      this.backfilling.delete(error.conversationId);
    }
    this.events.emit('error', error);
  }

  // ---- writing ------------------------------------------------------------------------------

  /** @param {string} conversationId */
  askFor(conversationId) {
    if (this.state !== 'open') return;
    if (this.transport === 'sse') {
      this.stream(conversationId);
    } else if (this.write({type: 'subscribe', conversationId, after: this.positions.after(conversationId)})) {
      this.backfilling.set(conversationId, []);
    }
  }

  /** @param {PendingSend} send */
  transmit(send) {
    if (!this.outbox.has(send.clientId) || this.state !== 'open') return;
    if (this.transport === 'sse') {
      this.pump();
      return;
    }
    this.write({type: 'send', clientId: send.clientId, conversationId: send.conversationId,
      content: send.content, replyTo: send.replyTo, urgent: send.urgent});
  }

  /**
   * @param {string} conversationId
   * @param {'delivered'|'read'} kind
   * @param {number} upToSequence
   */
  receipt(conversationId, kind, upToSequence) {
    const kept = this.receipts.get(conversationId) || {};
    kept[kind] = Math.max(kept[kind] ?? NOTHING, upToSequence);
    this.receipts.set(conversationId, kept);
    this.flushReceipts();
  }

  flushReceipts() {
    if (this.state !== 'open') return;
    for (const [conversationId, kept] of [...this.receipts]) {
      this.receipts.delete(conversationId);
      for (const kind of /** @type {const} */ (['delivered', 'read'])) {
        if (kept[kind] === undefined) continue;
        if (this.transport === 'websocket') {
          this.write({type: kind, conversationId, upToSequence: kept[kind]});
        } else {
          this.rest('POST', `/api/conversations/${conversationId}/${kind}`, {upToSequence: kept[kind]})
            .catch((error) => this.events.emit('error', error));
        }
      }
    }
  }

  /** Writes a frame if a WebSocket is open. @param {object} frame @returns {boolean} whether it was written */
  write(frame) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN || this.transport !== 'websocket') return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /**
   * A REST call as this client's session, renewing the token once if it was refused.
   * @param {string} method @param {string} path @param {unknown} [body]
   */
  async rest(method, path, body) {
    try {
      return await requestJson(this.baseUrl, method, path, {token: await this.session.token(), body});
    } catch (error) {
      if (error instanceof LifelineError && error.status === 401) {
        return requestJson(this.baseUrl, method, path, {token: await this.session.renew(), body});
      }
      throw error;
    }
  }

  /** @param {'idle'|'connecting'|'open'|'waiting'|'closed'} state */
  setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.events.emit('state', {state, transport: this.transport});
  }
}

/** The origin this module was loaded from, where Lifeline serves it at `/client/`. */
function defaultBaseUrl() {
  const here = new URL(import.meta.url);
  return here.protocol === 'http:' || here.protocol === 'https:' ? here.origin : undefined;
}

function navigatorOnline() {
  return !globalThis.navigator || globalThis.navigator.onLine !== false;
}
