import {html, useState, useEffect} from './ui.js';
import {useDirectory} from './directory.js';

const PAGE = '100';

/**
 * Who did what, to which conversation and when, filtered; what is shown can be saved as JSON. Below
 * it, who read what (the read log): the same conversation and staff filters.
 */
export function Audit({client}) {
  const {nameOf} = useDirectory();
  const [filter, setFilter] = useState({aggregateId: '', actor: '', type: ''});
  const [entries, setEntries] = useState(null);
  const [next, setNext] = useState(null);
  const [problem, setProblem] = useState(null);

  async function load(after, keep) {
    const params = new URLSearchParams({after: String(after), limit: PAGE});
    Object.entries(filter).forEach(([name, value]) => value && params.set(name, value));
    try {
      const {body} = await client.rest('GET', `/api/query/audit?${params}`);
      setEntries([...keep, ...body.entries]);
      setNext(body.next);
      setProblem(null);
    } catch (failed) {
      setProblem(`audit: ${failed.code ?? failed.message}`);
    }
  }

  useEffect(() => { setEntries(null); load(0, []); }, [client, filter]);

  function apply(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    setFilter(Object.fromEntries(['aggregateId', 'actor', 'type'].map((name) => [name, String(form.get(name)).trim()])));
  }

  return html`
    <section class="page audit" aria-label="Audit history">
      <h2>Audit history</h2>
      <form class="audit-filter" id="audit-filter" onSubmit=${apply}>
        <label>Conversation <input name="aggregateId" placeholder="conversation id" /></label>
        <label>Actor <input name="actor" placeholder="staff:… or device:…" /></label>
        <label>Event <input name="type" placeholder="e.g. MessageSent" /></label>
        <button type="submit">Filter</button>
        ${entries?.length > 0 && html`<${Export} entries=${entries} />`}
      </form>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${entries === null ? html`<p class="quiet">Loading…</p>` : entries.length === 0 ? html`<p class="quiet">Nothing recorded.</p>` : html`
        <table class="entries" id="audit-entries">
          <thead><tr><th>When</th><th>Event</th><th>Who</th><th>Conversation · sequence</th><th>What</th></tr></thead>
          <tbody>${entries.map((entry) => html`
            <tr key=${entry.recordedOrder} data-type=${entry.type}>
              <td>${new Date(entry.occurredAt).toLocaleString()}</td>
              <td>${entry.type}</td>
              <td class="actor" title=${entry.actor}>${actorName(entry.actor, nameOf)}${entry.actorRole ? ` (${entry.actorRole})` : ''}</td>
              <td class="id">${entry.aggregateId} · ${entry.sequence}</td>
              <td><details><summary>payload</summary><pre class="payload">${readable(entry.payload)}</pre></details></td>
            </tr>`)}</tbody>
        </table>`}
      ${next != null && html`<button class="more" id="audit-more" onClick=${() => load(next, entries)}>Show more</button>`}
      <${Reads} client=${client} filter=${filter} />
    </section>`;
}

/** A staff actor by display name (the id stays in the cell's title); devices and the system as recorded. */
function actorName(actor, nameOf) {
  return String(actor).startsWith('staff:') ? nameOf(String(actor).slice('staff:'.length)) : actor;
}

/** A stored payload laid out for reading; as it came where it is not JSON. */
function readable(payload) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch (notJson) {
    return String(payload);
  }
}

/** The entries shown, as a JSON file made in the browser (a blob: URL, which the page's policy allows). */
function Export({entries}) {
  const [url, setUrl] = useState(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([JSON.stringify(entries, null, 2)], {type: 'application/json'}));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [entries]);
  return url && html`<a class="export" id="audit-export" href=${url} download="lifeline-audit.json">
    Export ${entries.length} entries (JSON)</a>`;
}

/**
 * Who read what: every staff read of a conversation (summary, timeline, events, time travel), oldest
 * first, for the conversation and the staff member the filter names (an actor `staff:<id>`); devices'
 * reads of their own conversations are not recorded.
 */
function Reads({client, filter}) {
  const {nameOf} = useDirectory();
  const [reads, setReads] = useState(null);
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState(null);
  const staffId = filter.actor.startsWith('staff:') ? filter.actor.slice('staff:'.length) : '';
  const devicesOnly = filter.actor !== '' && !staffId;

  async function load(after, keep) {
    const params = new URLSearchParams({after: String(after), limit: PAGE});
    if (filter.aggregateId) params.set('conversationId', filter.aggregateId);
    if (staffId) params.set('staffId', staffId);
    try {
      const {body} = await client.rest('GET', `/api/query/audit/reads?${params}`);
      setReads([...keep, ...body]);
      setMore(body.length === Number(PAGE));
      setProblem(null);
    } catch (failed) {
      setProblem(`reads: ${failed.code ?? failed.message}`);
    }
  }

  useEffect(() => { setReads(null); if (!devicesOnly) load(0, []); }, [client, filter]);

  return html`
    <section class="reads" aria-label="Who read what">
      <h3>Who read what</h3>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${devicesOnly ? html`<p class="quiet">Devices' reads of their own conversations are not recorded.</p>`
        : reads === null ? html`<p class="quiet">Loading…</p>` : reads.length === 0 ? html`<p class="quiet">No reads recorded.</p>` : html`
        <table class="entries" id="audit-reads">
          <thead><tr><th>When</th><th>Who</th><th>Read</th><th>Conversation</th></tr></thead>
          <tbody>${reads.map((read) => html`
            <tr key=${read.position} data-staff=${read.staffId} data-view=${read.view}>
              <td>${new Date(read.readAt).toLocaleString()}</td>
              <td class="reader">${nameOf(read.staffId)}${read.role ? ` (${read.role})` : ''}</td>
              <td>${read.view}</td>
              <td class="id">${read.conversationId}</td>
            </tr>`)}</tbody>
        </table>`}
      ${more && html`<button class="more" id="reads-more" onClick=${() => load(reads.at(-1).position, reads)}>Show more reads</button>`}
    </section>`;
}
