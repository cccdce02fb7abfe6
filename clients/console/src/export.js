import {html, useState, useEffect} from './ui.js';

/**
 * The event export (GET /api/query/events, NDJSON, oldest first) for analysts: filtered by dates,
 * event type and conversation, fetched with the session's token (a plain link cannot carry it) and
 * offered as a file from a blob: URL, which the page's policy allows.
 */
export function EventExport({client}) {
  const [file, setFile] = useState(null); // {url, events}
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  useEffect(() => () => file && URL.revokeObjectURL(file.url), [file]);

  async function exportEvents(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const params = new URLSearchParams();
    const day = (name) => String(form.get(name) ?? '');
    if (day('from')) params.set('from', new Date(`${day('from')}T00:00:00`).toISOString());
    if (day('to')) params.set('to', new Date(new Date(`${day('to')}T00:00:00`).getTime() + 24 * 3600 * 1000).toISOString());
    ['type', 'conversationId'].forEach((name) => String(form.get(name)).trim() && params.set(name, String(form.get(name)).trim()));
    setBusy(true);
    setProblem(null);
    setFile(null);
    try {
      const answer = await fetch(`/api/query/events?${params}`, {headers: {
        Authorization: `Bearer ${await client.session.token()}`, Accept: 'application/x-ndjson'}});
      if (!answer.ok) throw new Error(`the export answered ${answer.status}`);
      const text = await answer.text();
      const events = text.split('\n').filter((line) => line.trim()).length;
      setFile({url: URL.createObjectURL(new Blob([text], {type: 'application/x-ndjson'})), events});
    } catch (failed) {
      setProblem(`export: ${failed.message}`);
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section class="event-export" aria-label="Event export">
      <h3>Event export</h3>
      <form id="event-export" onSubmit=${exportEvents}>
        <label>From <input type="date" name="from" /></label>
        <label>To (inclusive) <input type="date" name="to" /></label>
        <label>Event <input name="type" placeholder="e.g. MessageSent" /></label>
        <label>Conversation <input name="conversationId" placeholder="conversation id" /></label>
        <button type="submit" disabled=${busy}>${busy ? 'Exporting…' : 'Export events'}</button>
      </form>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${file && html`<a class="export" id="export-download" href=${file.url} download="lifeline-events.ndjson"
          data-events=${file.events}>Download ${file.events} events (NDJSON)</a>`}
    </section>`;
}
