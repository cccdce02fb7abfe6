import {html, useState, useEffect, useMemo, useRef} from './ui.js';
import {inboxPage, search, unread} from './api.js';
import {Snippet} from './snippet.js';
import {catchUp} from './catch-up.js';
import {keyboardNavigation} from './keys.js';
import {useDirectory} from './directory.js';

const views = [['mine', 'Mine'], ['unassigned', 'Unassigned'], ['all', 'All']];
const statuses = ['', 'OPEN', 'SNOOZED', 'RESOLVED', 'CLOSED'];
const priorities = ['', 'URGENT', 'HIGH', 'NORMAL', 'LOW'];
const PAGE_SIZE = 100; // what the inbox query answers per page (api.js asks for 100)
const contexts = ['', 'EMERGENCY', 'SUPPORT', 'REQUEST', 'JOB', 'BID', 'GENERAL'];

/**
 * The queue, in the server's order (urgent first), kept current by the socket's inbox events. One
 * page of a hundred is in the page at a time, however long the queue: the next and previous pages
 * are loaded by the API's cursor, so a queue of thousands costs what a hundred rows cost.
 */
export function Inbox({client, staff, selected, onOpen}) {
  const [filter, setFilter] = useState({view: 'all', status: 'OPEN', priority: '', context: '', label: '', words: '',
    missed: false});
  const [items, setItems] = useState(null);
  const [badges, setBadges] = useState({total: 0, of: {}});
  const [cursors, setCursors] = useState([null]); // the cursor of each page seen so far; the last is shown
  const [lastPage, setLastPage] = useState(null); // a full last page still gets a cursor: the page after it was empty
  const [cursor, setCursor] = useState(0);
  const at = useRef(0); // keys can come faster than renders: they read and move this, not a render's copy
  const moveTo = (index) => { at.current = index; setCursor(index); };

  const pageCursor = cursors.at(-1);
  const load = useMemo(() => async () => {
    const [loaded, counted] = await Promise.all([filter.words ? search(client, filter.words, filter)
      : inboxPage(client, filter, pageCursor), unread(client).catch(() => null)]);
    if (counted) setBadges(counted);
    return loaded;
  }, [client, filter, pageCursor]);
  useEffect(() => setItems(null), [filter]); // another filter's finds are not shown under this one
  useEffect(() => { // a page past the end (the one before was exactly full): back to the end, no next
    if (!filter.words && items?.length === 0 && cursors.length > 1) {
      setLastPage(cursors.length - 2);
      setCursors(cursors.slice(0, -1));
    }
  }, [items]);
  useEffect(() => {
    let current = true;
    load().then((loaded) => current && setItems(loaded), () => current && setItems([]));
    const follow = catchUp(load, (loaded, id, sequence) => filter.words // search hits: one load per event is enough
      || loaded.some((item) => item.conversationId === id && item.lastSequence >= sequence), (loaded) => current && setItems(loaded));
    const off = client.on('event', (event) => {
      setLastPage(null); // the queue changed: a page after the one that ended it may have rows now
      follow(event.conversationId, event.sequence);
    });
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

  const choose = (change) => { setFilter({...filter, ...change}); setCursors([null]); setLastPage(null); moveTo(0); };
  const turn = (next) => { setCursors(next); moveTo(0); };
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
        <label><input type="checkbox" name="missed" checked=${filter.missed}
          onChange=${(e) => choose({missed: e.target.checked})} /> Missed a target</label>
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
      ${!filter.words && (cursors.length > 1 || (items?.next && lastPage !== 0)) && html`
        <nav class="pages" aria-label="Inbox pages">
          <button id="page-previous" disabled=${cursors.length === 1} onClick=${() => turn(cursors.slice(0, -1))}>
            Previous ${PAGE_SIZE}</button>
          <span id="page-number">Page ${cursors.length}</span>
          <button id="page-next" disabled=${!items?.next || lastPage === cursors.length - 1} onClick=${() => turn([...cursors, items.next])}>
            Next ${PAGE_SIZE}</button>
        </nav>`}
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
  const {nameOf} = useDirectory();
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
          ${item.status} · <span class="assignee">${item.assignee ? (item.assignee === staff.staffId ? 'mine' : nameOf(item.assignee)) : 'unassigned'}</span>
          ${item.latitude != null && html` · has a location`}
          ${item.labels.map((label) => html` <span class="label">${label}</span>`)}
        </span>
        <${Targets} item=${item} />
      </button>
    </li>`;
}

const targetNames = {FIRST_RESPONSE: 'first response', NEXT_RESPONSE: 'next response', RESOLUTION: 'resolution'};

/** The response clock due first (overdue once its time passed; the miss itself comes as an event) and the targets missed. */
function Targets({item}) {
  const missed = item.missedTargets ?? [];
  if (!item.responseDueBy && missed.length === 0) return '';
  const overdue = item.responseDueBy && Date.parse(item.responseDueBy) <= Date.now();
  return html`
    <span class="targets">
      ${item.responseDueBy && html`<span class=${`due${overdue ? ' overdue' : ''}`} data-due-kind=${item.responseDueKind}
          title=${`${targetNames[item.responseDueKind]} target`}>${targetNames[item.responseDueKind]} due ${
          new Date(item.responseDueBy).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})}</span>`}
      ${missed.map((kind) => html` <span class="missed" data-missed=${kind}>missed ${targetNames[kind] ?? kind}</span>`)}
    </span>`;
}
