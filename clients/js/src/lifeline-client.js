/**
 * Lifeline's JavaScript client: plain ES modules, no dependencies, for browsers and mobile web
 * views. Served by Lifeline at `/client/lifeline-client.js`.
 *
 * ```js
 * import {LifelineClient, DeviceSession, WebStorage} from 'https://chat.example.org/client/lifeline-client.js';
 * const storage = new WebStorage();
 * const session = new DeviceSession({baseUrl: 'https://chat.example.org', storage});
 * const client = new LifelineClient({session, storage});
 * client.on('event', (event) => show(event));
 * await client.connect();
 * ```
 * @module
 */
export {LifelineClient} from './client.js';
export {DeviceSession, StaffSession} from './sessions.js';
export {MemoryStorage, WebStorage} from './storage.js';
export {LifelineError} from './errors.js';
export {Backoff} from './backoff.js';
export {newClientId} from './ids.js';
