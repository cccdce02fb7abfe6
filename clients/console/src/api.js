// The REST calls the console makes, each through the client's session (a refused token is renewed once).

const inboxViews = {mine: {mine: 'true'}, unassigned: {assignee: 'none'}, all: {}};

const PAGE = 200; // the most the inbox answers at once

/** The first `count` conversations of the queue (page after page), and whether there are more. */
export async function inbox(client, filter, count) {
  const items = [];
  let next = null;
  do {
    const params = inboxQuery(filter);
    params.set('limit', String(Math.min(PAGE, count - items.length)));
    if (next) params.set('cursor', next);
    const {body} = await client.rest('GET', `/api/query/inbox?${params}`);
    items.push(...body.items);
    next = body.next;
  } while (next && items.length < count);
  return Object.assign(items, {more: Boolean(next)});
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

function inboxQuery({view, status, priority, context, label}) {
  const params = new URLSearchParams({...inboxViews[view], limit: '100'});
  Object.entries({status, priority, context, label}).forEach(([name, value]) => value && params.set(name, value));
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
  priority: (client, id, priority) => client.rest('PUT', `${conversation(id)}/priority`, {priority}),
  addLabel: (client, id, label) => client.rest('PUT', `${conversation(id)}/labels/${encodeURIComponent(label)}`),
  removeLabel: (client, id, label) => client.rest('DELETE', `${conversation(id)}/labels/${encodeURIComponent(label)}`),
  snooze: (client, id, until) => client.rest('POST', `${conversation(id)}/snooze`, {until}),
  resolve: (client, id) => client.rest('POST', `${conversation(id)}/resolve`),
  reopen: (client, id) => client.rest('POST', `${conversation(id)}/reopen`),
  close: (client, id) => client.rest('POST', `${conversation(id)}/close`),
};

/** An attachment fetched with the session's token, as a blob: URL for an image, a player or a download. */
export async function attachmentUrl(client, id, attachment, {thumbnail = false} = {}) {
  const path = `${conversation(id)}/attachments/${encodeURIComponent(attachment)}${thumbnail ? '/thumbnail' : ''}`;
  const answer = await fetch(path, {headers: {Authorization: `Bearer ${await client.session.token()}`}});
  if (!answer.ok) throw new Error(`attachment answered ${answer.status}`);
  return URL.createObjectURL(await answer.blob());
}
