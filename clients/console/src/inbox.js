import {html, useState, useEffect, useMemo, useRef} from './ui.js';
import {inbox, search, unread} from './api.js';
import {Snippet} from './snippet.js';
import {catchUp} from './catch-up.js';
import {keyboardNavigation} from './keys.js';

const views = [['mine', 'Mine'], ['unassigned', 'Unassigned'], ['all', 'All']];
const statuses = ['', 'OPEN', 'SNOOZED', 'RESOLVED', 'CLOSED'];
const priorities = ['', 'URGENT', 'HIGH', 'NORMAL', 'LOW'];
const SHOWN_AT_FIRST = 100;
const contexts = ['', 'EMERGENCY', 'SUPPORT', 'REQUEST', 'JOB', 'BID', 'GENERAL'];

/** The queue, in the server's order (urgent first), kept current by the socket's inbox events. */
export function Inbox({client, staff, selected, onOpen}) {
  const [filter, setFilter] = useState({view: 'all', status: 'OPEN', priority: '', context: '', label: '', words: ''});
  const [items, setItems] = useState(null);
  const [badges, setBadges] = useState({total: 0, of: {}});
  const [count, setCount] = useState(SHOWN_AT_FIRST);
  const [cursor, setCursor] = useState(0);
  const at = useRef(0); // keys can come faster than renders: they read and move this, not a render's copy
  const moveTo = (index) => { at.current = index; setCursor(index); };

  const load = useMemo(() => async () => {
    const [loaded, counted] = await Promise.all([filter.words ? search(client, filter.words, filter) : inbox(client, filter, count),
      unread(client).catch(() => null)]);
    if (counted) setBadges(counted);
    return loaded;
  }, [client, filter, count]);
  useEffect(() => setItems(null), [filter]); // another filter's finds are not shown under this one
  useEffect(() => {
    let current = true;
    load().then((loaded) => current && setItems(loaded), () => current && setItems([]));
    const follow = catchUp(load, (loaded, id, sequence) => filter.words // search hits: one load per event is enough
      || loaded.some((item) => item.conversationId === id && item.lastSequence >= sequence), (loaded) => current && setItems(loaded));
    const off = client.on('event', (event) => follow(event.conversationId, event.sequence));
    const offState = client.on('state', ({state}) => { // the inbox subscription has no backfill: load afresh
      if (state === 'open') load().then((loaded) => current && setItems(loaded), () => {});
    });
    return () => { current = false; off(); offState(); };
  }, [load]);

  const list = items ?? [];
  useEffect(() => keyboardNavigation({
    count: () => list.length,
    move: (step) => moveTo(Math.max(0, Math.min(list.length - 1, at.current + step))),
    open: () => list[at.current] && onOpen(list[at.current].conversationId),
  }), [list]);

  const choose = (change) => { setFilter({...filter, ...change}); setCount(SHOWN_AT_FIRST); moveTo(0); };
  const typed = (event) => { // search words and a label apply on Enter
    event.preventDefault();
    const form = new FormData(event.target);
    choose({words: String(form.get('words')).trim(), label: String(form.get('label')).trim()});
  };
  return html`
    <section class="inbox" aria-label="Inbox">
      <div class="views" role="tablist">
        ${views.map(([view, title]) => html`
          <button role="tab" aria-selected=${filter.view === view} data-view=${view}
                  onClick=${() => choose({view})}>${title}${view === 'mine' && badges.total > 0
                    && html` <span class="badge" id="unread-total" title="unread messages">${badges.total}</span>`}</button>`)}
      </div>
      <form class="find" role="search" onSubmit=${typed}>
        <input type="search" name="words" placeholder="Search messages" aria-label="Search messages" />
        <input name="label" placeholder="label" aria-label="Label filter" />
        <button type="submit">Find</button>
      </form>
      <div class="filters">
        <label>Status <select name="status" value=${filter.status} onChange=${(e) => choose({status: e.target.value})}>
          ${statuses.map((s) => html`<option value=${s}>${s || 'any'}</option>`)}</select></label>
        <label>Priority <select name="priority" value=${filter.priority} onChange=${(e) => choose({priority: e.target.value})}>
          ${priorities.map((p) => html`<option value=${p}>${p || 'any'}</option>`)}</select></label>
        <label>Context <select name="context" value=${filter.context} onChange=${(e) => choose({context: e.target.value})}>
          ${contexts.map((c) => html`<option value=${c}>${c || 'any'}</option>`)}</select></label>
      </div>
      ${items === null ? html`<p class="quiet">Loading…</p>` : list.length === 0 ? html`<p class="quiet">Nothing here.</p>` : ''}
      <ol class="items" id="inbox-items">
        ${filter.words ? list.map((hit, index) => html`<${SearchRow} key=${`${hit.conversationId}-${hit.sequence}`} hit=${hit}
            focused=${index === cursor} open=${hit.conversationId === selected}
            onOpen=${() => { moveTo(index); onOpen(hit.conversationId); }} />`)
        : list.map((item, index) => html`<${InboxRow} key=${item.conversationId} item=${item} staff=${staff}
            unread=${badges.of[item.conversationId] ?? 0}
            focused=${index === cursor} open=${item.conversationId === selected}
            onOpen=${() => { moveTo(index); onOpen(item.conversationId); }} />`)}
      </ol>
      ${items?.more && html`<button class="more" id="show-more" onClick=${() => setCount(count + SHOWN_AT_FIRST)}>
        Show ${SHOWN_AT_FIRST} more</button>`}
    </section>`;
}

function SearchRow({hit, focused, open, onOpen}) {
  const classes = ['item', 'hit', focused && 'focused', open && 'open'].filter(Boolean).join(' ');
  return html`
    <li class=${classes} data-conversation=${hit.conversationId} aria-current=${open ? 'true' : 'false'}>
      <button onClick=${onOpen}>
        <span class="preview"><${Snippet} text=${hit.snippet} /></span>
        <span class="meta">${hit.status} · ${hit.priority} · ${new Date(hit.sentAt).toLocaleString()}</span>
      </button>
    </li>`;
}

function InboxRow({item, staff, unread, focused, open, onOpen}) {
  const urgent = item.hasUrgent || item.priority === 'URGENT';
  const classes = ['item', urgent && 'urgent', focused && 'focused', open && 'open'].filter(Boolean).join(' ');
  return html`
    <li class=${classes} data-conversation=${item.conversationId} aria-current=${open ? 'true' : 'false'}>
      <button onClick=${onOpen}>
        <span class="line">
          ${urgent && html`<span class="flag" title="Urgent">URGENT</span>`}
          <span class="subject">${item.subject || '(no subject)'}</span>
          ${unread > 0 && html`<span class="badge" title="unread messages">${unread}</span>`}
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
