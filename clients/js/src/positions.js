/**
 * Per conversation, the highest sequence handed to the application, or declared accounted for by a
 * `subscribed`: the `after` of the next subscribe, and the line at or below which an event is a
 * duplicate and dropped. Kept in the storage, so a reload resumes where the page was. Conversations
 * seen only through the staff inbox get a line of their own that only drops duplicates: the inbox
 * is live only, and letting it move the resume position would make a later subscribe skip history.
 * @module
 */

/** `after` for the whole conversation. */
export const NOTHING = -1;

const KEY = 'positions';

export class ResumePositions {
  /** @param {import('./storage.js').Storage} storage */
  constructor(storage) {
    this.storage = storage;
    /** @type {Record<string, number>} */
    this.subscribed = storage.get(KEY) || {};
    /** @type {Map<string, number>} */
    this.inboxOnly = new Map();
  }

  /** Starts tracking a conversation, keeping what is known. @param {string} conversationId */
  track(conversationId) {
    if (!(conversationId in this.subscribed)) {
      this.subscribed[conversationId] = NOTHING;
      this.save();
    }
  }

  /** The caller holds everything up to `after`: later events are handed on again, even if they were before. */
  resetTo(/** @type {string} */ conversationId, /** @type {number} */ after) {
    this.subscribed[conversationId] = after;
    this.save();
  }

  /** @param {string} conversationId */
  after(conversationId) {
    return this.subscribed[conversationId] ?? NOTHING;
  }

  /** True when the event is new and is to be handed on; it then becomes the line. */
  advance(/** @type {string} */ conversationId, /** @type {number} */ sequence) {
    if (conversationId in this.subscribed) {
      if (sequence <= this.subscribed[conversationId]) return false;
      this.subscribed[conversationId] = sequence;
      this.save();
      return true;
    }
    if (sequence <= (this.inboxOnly.get(conversationId) ?? NOTHING)) return false;
    this.inboxOnly.set(conversationId, sequence);
    return true;
  }

  /** Everything up to `through` was sent or is not for this client's eyes. */
  accountedFor(/** @type {string} */ conversationId, /** @type {number} */ through) {
    if (conversationId in this.subscribed && through > this.subscribed[conversationId]) {
      this.subscribed[conversationId] = through;
      this.save();
    }
  }

  save() {
    this.storage.set(KEY, this.subscribed);
  }
}
