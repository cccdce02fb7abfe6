/**
 * Who the client acts as, and the token that says so. A session hands out a current token
 * (`token()`, renewed shortly before it expires) and a fresh one on demand (`renew()`, after the
 * server refused the current one). {@link DeviceSession} is an anonymous device (the widget, a
 * mobile web view); {@link StaffSession} a signed-in staff member (the console).
 * @module
 */
import {requestJson} from './http.js';
import {newClientId} from './ids.js';
import {LifelineError} from './errors.js';

/** A token this close to its end is renewed before use. */
const RENEW_BEFORE_MS = 60_000;

/**
 * @typedef {object} Session
 * @property {'device'|'staff'} kind
 * @property {() => Promise<string>} token a current access token
 * @property {() => Promise<string>} renew a new access token, whatever the current one's age
 */

/**
 * An anonymous device: a random secret id generated once and kept in the storage, traded at
 * `POST /api/sessions/device` for a token (30 days by default) whenever the kept one nears its end
 * or is refused. A website with identity verification passes its `siteId`, the visitor's `userId`
 * and `userHash` (the HMAC its server computed), and gets the same device in every browser.
 * @implements {Session}
 */
export class DeviceSession {
  /**
   * @param {{baseUrl: string, storage: import('./storage.js').Storage, siteId?: string,
   *          userId?: string, userHash?: string}} options
   */
  constructor({baseUrl, storage, siteId, userId, userHash}) {
    this.kind = /** @type {const} */ ('device');
    this.baseUrl = baseUrl;
    this.storage = storage;
    this.identity = {siteId, userId, userHash};
    /** @type {Promise<string>|null} */
    this.renewing = null;
  }

  /** The pseudonymous id staff and events know this device by (`device:<id>` as an actor), once registered. */
  get publicId() {
    const kept = this.storage.get('device.session');
    return kept ? kept.device : null;
  }

  async token() {
    const kept = this.storage.get('device.session');
    if (kept && Date.parse(kept.expiresAt) - Date.now() > RENEW_BEFORE_MS) {
      return kept.token;
    }
    return this.renew();
  }

  renew() {
    if (!this.renewing) { // one registration at a time, however many callers ask
      this.renewing = this.register().finally(() => { this.renewing = null; });
    }
    return this.renewing;
  }

  /** @returns {Promise<string>} */
  async register() {
    let secret = this.storage.get('device.secret');
    if (!secret) {
      secret = `${newClientId()}${newClientId()}`.replaceAll('-', ''); // 64 hex characters
      this.storage.set('device.secret', secret);
    }
    const {body} = await requestJson(this.baseUrl, 'POST', '/api/sessions/device', {
      body: {deviceId: secret, siteId: this.identity.siteId, userId: this.identity.userId,
        userHash: this.identity.userHash}
    });
    this.storage.set('device.session', {token: body.token, expiresAt: body.expiresAt, device: body.device});
    return body.token;
  }

  /** Forgets the device: its next token is a new device's, with none of this one's conversations. */
  forget() {
    this.storage.remove('device.session');
    this.storage.remove('device.secret');
  }
}

/**
 * A staff member's session: signed in with a username and password, kept in the storage, its
 * short-lived access token (10 minutes) traded for the next with the single-use refresh token.
 * @implements {Session}
 */
export class StaffSession {
  /** @param {{baseUrl: string, storage: import('./storage.js').Storage}} options */
  constructor({baseUrl, storage}) {
    this.kind = /** @type {const} */ ('staff');
    this.baseUrl = baseUrl;
    this.storage = storage;
    /** @type {Promise<string>|null} */
    this.renewing = null;
  }

  /**
   * Signs in (`POST /api/sessions/staff`); refused with a {@link LifelineError} `unauthorized`, or
   * `sign-in-throttled` after repeated failures.
   * @param {{baseUrl: string, storage: import('./storage.js').Storage, username: string, password: string}} options
   */
  static async signIn({baseUrl, storage, username, password}) {
    const session = new StaffSession({baseUrl, storage});
    const {body} = await requestJson(baseUrl, 'POST', '/api/sessions/staff', {body: {username, password}});
    session.hold(body);
    return session;
  }

  /**
   * The session kept in the storage by an earlier sign-in (after a reload), or null.
   * @param {{baseUrl: string, storage: import('./storage.js').Storage}} options
   */
  static restore({baseUrl, storage}) {
    return storage.get('staff.session') ? new StaffSession({baseUrl, storage}) : null;
  }

  /** @returns {{staffId: string, role: string}|null} */
  get staff() {
    const kept = this.storage.get('staff.session');
    return kept ? {staffId: kept.staffId, role: kept.role} : null;
  }

  async token() {
    const kept = this.kept();
    if (Date.parse(kept.expiresAt) - Date.now() > RENEW_BEFORE_MS) {
      return kept.token;
    }
    return this.renew();
  }

  renew() {
    if (!this.renewing) { // a refresh token is single use: a second refresh with it would end the session
      this.renewing = this.refresh().finally(() => { this.renewing = null; });
    }
    return this.renewing;
  }

  /** Signs out (`POST /api/sessions/staff/logout`): the session's tokens stop working everywhere. */
  async signOut() {
    const kept = this.storage.get('staff.session');
    this.storage.remove('staff.session');
    if (kept) {
      await requestJson(this.baseUrl, 'POST', '/api/sessions/staff/logout', {body: {refreshToken: kept.refreshToken}});
    }
  }

  /** @returns {Promise<string>} */
  async refresh() {
    const kept = this.kept();
    try {
      const {body} = await requestJson(this.baseUrl, 'POST', '/api/sessions/staff/refresh',
        {body: {refreshToken: kept.refreshToken}});
      this.hold(body);
      return body.session.token;
    } catch (refused) {
      if (refused instanceof LifelineError && refused.status === 401) {
        this.storage.remove('staff.session'); // used, expired or revoked: only a new sign-in helps
      }
      throw refused;
    }
  }

  /** @param {{session: {token: string, expiresAt: string, refreshToken: string}, staffId: string, role: string}} signedIn */
  hold(signedIn) {
    this.storage.set('staff.session', {token: signedIn.session.token, expiresAt: signedIn.session.expiresAt,
      refreshToken: signedIn.session.refreshToken, staffId: signedIn.staffId, role: signedIn.role});
  }

  kept() {
    const kept = this.storage.get('staff.session');
    if (!kept) throw new LifelineError('unauthorized', 'signed out: sign in again');
    return kept;
  }
}
