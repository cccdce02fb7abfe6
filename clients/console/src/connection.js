import {LifelineClient, StaffSession, WebStorage} from '/client/lifeline-client.js';

// A staff member's session and socket. Kept in sessionStorage: a reload keeps the session and the
// socket's resume positions, a new tab signs in on its own, closing the tab forgets it.
const storage = new WebStorage({area: sessionStorage, prefix: 'console.'});
const baseUrl = location.origin;

/** The connection kept by an earlier sign-in in this tab, or null. */
export function restore() {
  const session = StaffSession.restore({baseUrl, storage});
  return session ? open(session) : null;
}

/** Signs in and connects; rejects with the client's LifelineError. */
export async function signIn(username, password) {
  return open(await StaffSession.signIn({baseUrl, storage, username, password}));
}

function open(session) {
  // WebSocket only: the inbox's live feed has no server-sent-events form, so a fallback to SSE would
  // show an inbox that silently stopped being live; the header says "connecting" instead.
  const client = new LifelineClient({baseUrl, session, storage, transport: 'websocket'});
  client.connect().catch(() => {}); // the client reconnects by itself; its state events say how it goes
  client.subscribeInbox();
  return {client, session, staff: session.staff};
}

/** Signs out everywhere and closes the socket. */
export async function signOut({client, session}) {
  client.close();
  await session.signOut().catch(() => {}); // the session is forgotten here either way
}
