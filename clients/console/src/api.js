// The REST calls the console makes, each through the client's session (a refused token is renewed once).

const inboxViews = {mine: {mine: 'true'}, unassigned: {assignee: 'none'}, all: {}};

/** One page of the queue from a cursor (null: the first), and the cursor of the next page or null. */
export async function inboxPage(client, filter, cursor) {
  const params = inboxQuery(filter);
  if (cursor) params.set('cursor', cursor);
  const {body} = await client.rest('GET', `/api/query/inbox?${params}`);
  return Object.assign(body.items, {next: body.next ?? null});
}

/** The caller's unread messages per conversation (the server's count: others' messages after the caller's read position). */
export async function unread(client) {
  const {body} = await client.rest('GET', '/api/query/unread');
  return {total: body.total, of: Object.fromEntries(body.conversations.map((one) => [one.conversationId, one.unread]))};
}

/** Messages matching the words, with the inbox's filters; each hit names its conversation. */
export async function search(client, words, filter) {
  const params = inboxQuery(filter);
  params.set('q', words);
  return (await client.rest('GET', `/api/query/search?${params}`)).body.hits;
}

function inboxQuery({view, status, priority, context, label, missed}) {
  const params = new URLSearchParams({...inboxViews[view], limit: '100'});
  Object.entries({status, priority, context, label}).forEach(([name, value]) => value && params.set(name, value));
  if (missed) params.set('missed', 'true'); // only conversations that missed a response target
  return params;
}

export async function summary(client, id) {
  return (await client.rest('GET', `/api/query/conversations/${id}`)).body;
}

export async function timeline(client, id) {
  return (await client.rest('GET', `/api/query/conversations/${id}/timeline?limit=500`)).body.entries;
}

/** How far the device has received and read: from its stored receipts. */
export async function receipts(client, id) {
  const {events} = (await client.rest('GET', `/api/query/conversations/${id}/events?after=-1&limit=500`)).body;
  return events.reduce(addReceipt, {delivered: -1, read: -1});
}

/** Folds one event into the device's receipts; other events leave them as they are. */
export function addReceipt(receipts, event) {
  if (!String(event.actor).startsWith('device:')) return receipts;
  const upTo = event.payload?.upToSequence ?? -1;
  if (event.type === 'MessagesRead') return {delivered: Math.max(receipts.delivered, upTo), read: Math.max(receipts.read, upTo)};
  if (event.type === 'MessagesDelivered') return {...receipts, delivered: Math.max(receipts.delivered, upTo)};
  return receipts;
}

const conversation = (id) => `/api/conversations/${id}`;

export const commands = {
  assign: (client, id, staffId) => client.rest('PUT', `${conversation(id)}/assignee`, {staffId}),
  transfer: (client, id, staffId) => client.rest('PUT', `${conversation(id)}/assignee`, {staffId, reason: 'TRANSFER'}),
  priority: (client, id, priority) => client.rest('PUT', `${conversation(id)}/priority`, {priority}),
  addLabel: (client, id, label) => client.rest('PUT', `${conversation(id)}/labels/${encodeURIComponent(label)}`),
  removeLabel: (client, id, label) => client.rest('DELETE', `${conversation(id)}/labels/${encodeURIComponent(label)}`),
  snooze: (client, id, until) => client.rest('POST', `${conversation(id)}/snooze`, {until}),
  resolve: (client, id) => client.rest('POST', `${conversation(id)}/resolve`),
  reopen: (client, id) => client.rest('POST', `${conversation(id)}/reopen`),
  close: (client, id) => client.rest('POST', `${conversation(id)}/close`),
};

/**
 * An attachment fetched with the session's token, as a blob: URL for an image, a player or a download,
 * and the file name the server gives it (its Content-Disposition), or null.
 */
export async function attachmentUrl(client, id, attachment, {thumbnail = false} = {}) {
  const path = `${conversation(id)}/attachments/${encodeURIComponent(attachment)}${thumbnail ? '/thumbnail' : ''}`;
  const answer = await fetch(path, {headers: {Authorization: `Bearer ${await client.session.token()}`}});
  if (!answer.ok) throw new Error(`attachment answered ${answer.status}`);
  return {url: URL.createObjectURL(await answer.blob()), filename: filenameOf(answer.headers.get('Content-Disposition'))};
}

/** The name in an RFC 6266 Content-Disposition: its UTF-8 `filename*` where there is one, else `filename`. */
export function filenameOf(disposition) {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch (malformed) {
      // the plain name below
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition);
  return plain ? plain[1] : null;
}
