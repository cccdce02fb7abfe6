import {html, useState, useEffect} from './ui.js';

const PAGE = '100';

/** Who did what, to which conversation and when, filtered; what is shown can be saved as JSON. */
export function Audit({client}) {
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
              <td>${entry.actor}${entry.actorRole ? ` (${entry.actorRole})` : ''}</td>
              <td class="id">${entry.aggregateId} · ${entry.sequence}</td>
              <td><details><summary>payload</summary><pre class="payload">${readable(entry.payload)}</pre></details></td>
            </tr>`)}</tbody>
        </table>`}
      ${next != null && html`<button class="more" id="audit-more" onClick=${() => load(next, entries)}>Show more</button>`}
    </section>`;
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
