/**
 * Listeners by event name. A listener that throws is reported to the console and does not stop the
 * others, nor the client.
 * @module
 */
export class Emitter {
  constructor() {
    /** @type {Map<string, Set<Function>>} */
    this.listeners = new Map();
  }

  /** @param {string} name @param {Function} listener @returns {() => void} removes the listener */
  on(name, listener) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(listener);
    return () => this.off(name, listener);
  }

  /** @param {string} name @param {Function} listener */
  off(name, listener) {
    const named = this.listeners.get(name);
    if (named) named.delete(listener);
  }

  /** @param {string} name @param {any} value */
  emit(name, value) {
    for (const listener of [...(this.listeners.get(name) || [])]) {
      try {
        listener(value);
      } catch (failure) {
        console.error(`a Lifeline '${name}' listener failed`, failure);
      }
    }
  }
}
