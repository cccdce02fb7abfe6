/**
 * How long to wait before each reconnect: `initialMs` doubled per failure in a row, at most
 * `maxMs`, less a random share of up to `jitter`, so that clients dropped together (a bridge
 * restarting, a cell tower handing over) do not all return at the same instant.
 * @module
 */
export class Backoff {
  /** @param {{initialMs?: number, maxMs?: number, multiplier?: number, jitter?: number}} [options] */
  constructor({initialMs = 250, maxMs = 10_000, multiplier = 2, jitter = 0.5} = {}) {
    this.initialMs = initialMs;
    this.maxMs = maxMs;
    this.multiplier = multiplier;
    this.jitter = jitter;
  }

  /**
   * @param {number} failures the failures in a row so far (0 for the first wait)
   * @param {number} [random] in [0, 1): the share of the jitter taken off
   */
  delayMs(failures, random = Math.random()) {
    const capped = Math.min(this.maxMs, this.initialMs * Math.pow(this.multiplier, Math.max(0, failures)));
    return Math.round(capped * (1 - this.jitter * random));
  }
}
