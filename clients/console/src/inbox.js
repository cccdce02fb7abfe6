import {html, useState, useEffect, useMemo} from './ui.js';
import {inbox} from './api.js';
import {catchUp} from './catch-up.js';
import {keyboardNavigation} from './keys.js';

const views = [['mine', 'Mine'], ['unassigned', 'Unassigned'], ['all', 'All']];
const statuses = ['', 'OPEN', 'SNOOZED', 'RESOLVED', 'CLOSED'];
const priorities = ['', 'URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** The queue, in the server's order (urgent first), kept current by the socket's inbox events. */
export function Inbox({client, staff, selected, onOpen}) {
  const [filter, setFilter] = useState({view: 'all', status: 'OPEN', priority: ''});
  const [items, setItems] = useState(null);
  const [cursor, setCursor] = useState(0);

  const load = useMemo(() => () => inbox(client, filter), [client, filter]);
  useEffect(() => {
    let current = true;
    load().then((loaded) => current && setItems(loaded), () => current && setItems([]));
    const follow = catchUp(load, (loaded, id, sequence) =>
      loaded.some((item) => item.conversationId === id && item.lastSequence >= sequence), (loaded) => current && setItems(loaded));
    const off = client.on('event', (event) => follow(event.conversationId, event.sequence));
    const offState = client.on('state', ({state}) => { // the inbox subscription has no backfill: load afresh
      if (state === 'open') load().then((loaded) => current && setItems(loaded), () => {});
    });
    return () => { current = false; off(); offState(); };
  }, [load]);

  const list = items ?? [];
  useEffect(() => keyboardNavigation({
    count: () => list.length,
    move: (step) => setCursor((at) => Math.max(0, Math.min(list.length - 1, at + step))),
    open: () => list[cursor] && onOpen(list[cursor].conversationId),
  }), [list, cursor]);

  const choose = (change) => { setFilter({...filter, ...change}); setCursor(0); };
  return html`
    <section class="inbox" aria-label="Inbox">
      <div class="views" role="tablist">
        ${views.map(([view, title]) => html`
          <button role="tab" aria-selected=${filter.view === view} data-view=${view}
                  onClick=${() => choose({view})}>${title}</button>`)}
      </div>
      <div class="filters">
        <label>Status <select name="status" value=${filter.status} onChange=${(e) => choose({status: e.target.value})}>
          ${statuses.map((s) => html`<option value=${s}>${s || 'any'}</option>`)}</select></label>
        <label>Priority <select name="priority" value=${filter.priority} onChange=${(e) => choose({priority: e.target.value})}>
          ${priorities.map((p) => html`<option value=${p}>${p || 'any'}</option>`)}</select></label>
      </div>
      ${items === null ? html`<p class="quiet">Loading…</p>` : list.length === 0 ? html`<p class="quiet">Nothing here.</p>` : ''}
      <ol class="items" id="inbox-items">
        ${list.map((item, at) => html`<${InboxRow} key=${item.conversationId} item=${item} staff=${staff}
            focused=${at === cursor} open=${item.conversationId === selected}
            onOpen=${() => { setCursor(at); onOpen(item.conversationId); }} />`)}
      </ol>
    </section>`;
}

function InboxRow({item, staff, focused, open, onOpen}) {
  const urgent = item.hasUrgent || item.priority === 'URGENT';
  const classes = ['item', urgent && 'urgent', focused && 'focused', open && 'open'].filter(Boolean).join(' ');
  return html`
    <li class=${classes} data-conversation=${item.conversationId} aria-current=${open ? 'true' : 'false'}>
      <button onClick=${onOpen}>
        <span class="line">
          ${urgent && html`<span class="flag" title="Urgent">URGENT</span>`}
          <span class="subject">${item.subject || '(no subject)'}</span>
          <span class=${`priority ${item.priority}`}>${item.priority}</span>
        </span>
        <span class="preview">${item.lastMessagePreview ?? ''}</span>
        <span class="meta">
          ${item.status} · ${item.assignee ? (item.assignee === staff.staffId ? 'mine' : 'assigned') : 'unassigned'}
          ${item.latitude != null && html` · has a location`}
          ${item.labels.map((label) => html` <span class="label">${label}</span>`)}
        </span>
      </button>
    </li>`;
}
