/**
 * Where a client keeps what must survive a reload: the device's secret id and session, a staff
 * session, unsent messages and resume positions. Values are JSON. Pass one storage per identity:
 * a device and a staff member in one page need two.
 * @module
 */

/**
 * @typedef {object} Storage
 * @property {(key: string) => any} get the value, or undefined
 * @property {(key: string, value: any) => void} set
 * @property {(key: string) => void} remove
 */

/** Keeps values for the life of the page (the default). @implements {Storage} */
export class MemoryStorage {
  constructor() {
    /** @type {Map<string, string>} */
    this.values = new Map();
  }

  /** @param {string} key */
  get(key) {
    const value = this.values.get(key);
    return value === undefined ? undefined : JSON.parse(value);
  }

  /** @param {string} key @param {any} value */
  set(key, value) {
    this.values.set(key, JSON.stringify(value));
  }

  /** @param {string} key */
  remove(key) {
    this.values.delete(key);
  }
}

/**
 * Keeps values in a Web Storage area, `localStorage` by default, under a prefix, so they survive
 * reloads (and, in a mobile web view, app restarts where the view keeps its storage). Where the area
 * is unusable (private modes, full quota), values are kept in memory instead.
 * @implements {Storage}
 */
export class WebStorage {
  /**
   * @param {{area?: globalThis.Storage, prefix?: string}} [options] `area`: `localStorage` unless given
   */
  constructor({area, prefix = 'lifeline.'} = {}) {
    this.area = area || localStorageIfAllowed();
    this.prefix = prefix;
    this.fallback = new MemoryStorage();
  }

  /** @param {string} key */
  get(key) {
    try {
      const value = this.area.getItem(this.prefix + key);
      return value === null ? this.fallback.get(key) : JSON.parse(value);
    } catch (unusable) {
      return this.fallback.get(key);
    }
  }

  /** @param {string} key @param {any} value */
  set(key, value) {
    try {
      this.area.setItem(this.prefix + key, JSON.stringify(value));
      this.fallback.remove(key);
    } catch (unusable) {
      this.fallback.set(key, value);
    }
  }

  /** @param {string} key */
  remove(key) {
    this.fallback.remove(key);
    try {
      this.area.removeItem(this.prefix + key);
    } catch (unusable) {
      // nothing was kept there
    }
  }
}

/** `localStorage`, or null where merely reading it throws (storage blocked for a third-party frame). */
function localStorageIfAllowed() {
  try {
    return globalThis.localStorage || null;
  } catch (blocked) {
    return null;
  }
}
