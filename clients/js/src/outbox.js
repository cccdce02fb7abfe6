/**
 * Messages not yet acknowledged, in the order they were sent, kept in the storage so that a reload
 * does not lose them. Each keeps its client id: sent again after a reconnect (or a reload), it is
 * stored once, because the server acknowledges a repeated client id with the first message's ids.
 * @module
 */

/**
 * @typedef {object} MessageContent
 * @property {'TEXT'|'IMAGE'|'VOICE'|'FILE'|'LOCATION'} kind
 * @property {string} [body] the text (TEXT)
 * @property {string} [attachment] an uploaded attachment's id (IMAGE, VOICE, FILE)
 * @property {{latitude: number, longitude: number, accuracyMeters?: number}} [location] (LOCATION)
 */

/**
 * @typedef {object} PendingSend
 * @property {string} clientId
 * @property {string} conversationId
 * @property {MessageContent} content
 * @property {string|null} replyTo
 * @property {boolean} urgent
 */

const KEY = 'outbox';

export class Outbox {
  /** @param {import('./storage.js').Storage} storage */
  constructor(storage) {
    this.storage = storage;
    /** @type {PendingSend[]} */
    this.pending = storage.get(KEY) || [];
  }

  /** @param {string} clientId */
  has(clientId) {
    return this.pending.some((send) => send.clientId === clientId);
  }

  /** @param {string} clientId */
  find(clientId) {
    return this.pending.find((send) => send.clientId === clientId);
  }

  /** Adds a send at the end; a client id already pending keeps its first send. @param {PendingSend} send */
  add(send) {
    if (!this.has(send.clientId)) {
      this.pending.push(send);
      this.save();
    }
  }

  /** @param {string} clientId @returns {PendingSend|undefined} the send, no longer pending */
  remove(clientId) {
    const send = this.find(clientId);
    if (send) {
      this.pending = this.pending.filter((other) => other !== send);
      this.save();
    }
    return send;
  }

  /** @returns {PendingSend[]} in the order they were sent */
  list() {
    return [...this.pending];
  }

  save() {
    this.storage.set(KEY, this.pending);
  }
}
