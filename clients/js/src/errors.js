/**
 * Refusals and failures, typed: `code` is the stable word to switch on (the bridge's and the REST
 * API's codes: `not-found`, `forbidden`, `rate-limited`, `unavailable`, `client-id-reused`,
 * `conversation-closed`, `unauthorized`, ...), `message` is for people.
 * @module
 */

/** An error the server answered, or that the client met, with the code it is known by. */
export class LifelineError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {{status?: number, conversationId?: string|null, clientId?: string|null,
   *          retryAfterSeconds?: number|null}} [details]
   */
  constructor(code, message, details = {}) {
    super(message);
    this.name = 'LifelineError';
    /** @type {string} */
    this.code = code;
    /** @type {number|undefined} the HTTP status, for REST answers */
    this.status = details.status;
    /** @type {string|null} */
    this.conversationId = details.conversationId ?? null;
    /** @type {string|null} */
    this.clientId = details.clientId ?? null;
    /** @type {number|null} */
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }

  /** True when sending the same thing again later may succeed. */
  get retryable() {
    return RETRYABLE.has(this.code);
  }

  /**
   * From the bridge's `error` frame.
   * @param {{code: string, message: string, conversationId?: string|null, clientId?: string|null,
   *          retryAfterSeconds?: number|null}} frame
   */
  static fromFrame(frame) {
    return new LifelineError(frame.code, frame.message, frame);
  }

  /**
   * From a REST answer that is not a success (a problem detail where the server wrote one).
   * @param {Response} response
   */
  static async fromResponse(response) {
    let problem = {};
    try {
      problem = await response.json();
    } catch (notJson) {
      // a proxy's page or an empty body: the status says enough
    }
    const retryAfter = Number(response.headers.get('Retry-After'));
    return new LifelineError(problem.code || codeOfStatus(response.status),
      problem.detail || problem.title || `HTTP ${response.status}`,
      {status: response.status, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null});
  }
}

/** Codes after which the same request may be made again. */
const RETRYABLE = new Set(['rate-limited', 'unavailable', 'network']);

/** @param {number} status */
function codeOfStatus(status) {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'unavailable';
  return 'invalid-request';
}
