import {html, useState, useEffect} from './ui.js';
import {EventExport} from './export.js';

const POLL_MS = 1000;

/**
 * Each projection's state and lag, its parked events (dead letters: listed for analysts, retried or
 * evicted by admins), a rebuild with a progress bar, and the event export. The API pushes no
 * processor status: the page asks again every second while it is open.
 */
export function Processors({client, staff}) {
  const [processors, setProcessors] = useState(null);
  const [problem, setProblem] = useState(null);
  const [rebuilt, setRebuilt] = useState(new Set()); // started from this page: shown at 100 % once over
  const [opened, setOpened] = useState(null); // the processor whose dead letters are listed

  async function load() {
    try {
      setProcessors((await client.rest('GET', '/api/query/processors')).body);
    } catch (failed) {
      setProblem(`processors: ${failed.code ?? failed.message}`);
    }
  }

  useEffect(() => {
    load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [client]);

  async function rebuild(name) {
    setProblem(null);
    try {
      await client.rest('POST', `/api/query/processors/${encodeURIComponent(name)}/rebuild`);
      setRebuilt((before) => new Set(before).add(name));
      await load();
    } catch (refused) {
      setProblem(`rebuild ${name}: ${refused.code ?? refused.message}`);
    }
  }

  const parked = processors?.find((processor) => processor.name === opened);
  return html`
    <section class="page processors" aria-label="Processors">
      <h2>Projections</h2>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${processors === null ? html`<p class="quiet">Loading…</p>` : html`
        <table>
          <thead><tr><th>Projection</th><th>State</th><th>Position / head</th><th>Lag</th><th>Parked</th>
            <th>Rebuild</th></tr></thead>
          <tbody>${processors.map((processor) => html`<${Row} key=${processor.name} processor=${processor}
              startedHere=${rebuilt.has(processor.name)} onRebuild=${() => rebuild(processor.name)}
              listed=${opened === processor.name} onList=${() => setOpened(opened === processor.name ? null : processor.name)} />`)}
          </tbody>
        </table>`}
      ${parked && html`<${DeadLetters} key=${parked.name} client=${client} processor=${parked}
          admin=${staff.role === 'ADMIN'} onChanged=${load} />`}
      <${EventExport} client=${client} />
    </section>`;
}

function Row({processor, startedHere, onRebuild, listed, onList}) {
  const percent = processor.replaying ? Math.floor(processor.percentDone ?? 0) : startedHere ? 100 : null;
  return html`
    <tr data-processor=${processor.name}>
      <th scope="row">${processor.name}</th>
      <td class="state">${processor.state}</td>
      <td>${processor.position} / ${processor.head}</td>
      <td class=${processor.lag > 0 ? 'lagging' : ''}>${processor.lag}</td>
      <td class="parked">${processor.deadLetters > 0
        ? html`<button class="show-parked" aria-expanded=${listed ? 'true' : 'false'} onClick=${onList}>
            ${processor.deadLetters} events of ${processor.deadLetterSequences} conversations</button>` : 'none'}</td>
      <td class="rebuild">
        ${!processor.replaying && html`<button onClick=${onRebuild}>Rebuild</button>`}
        ${percent !== null && html`<progress max="100" value=${percent} aria-label=${`Rebuilding ${processor.name}`}></progress>
                 <span class="percent">${percent} %</span>
                 ${processor.eventsPerSecond != null && html` <span class="speed">${Math.round(processor.eventsPerSecond)} events/s</span>`}`}
      </td>
    </tr>`;
}

/**
 * A projection's parked events, conversation by conversation, with the cause of the first; admins
 * retry them (all, or one conversation's) or evict one conversation's (skipped until a rebuild).
 */
function DeadLetters({client, processor, admin, onChanged}) {
  const [letters, setLetters] = useState(null);
  const [outcome, setOutcome] = useState(null);
  const [evicting, setEvicting] = useState(null);
  const base = `/api/query/processors/${encodeURIComponent(processor.name)}/dead-letters`;

  async function list() {
    try {
      setLetters((await client.rest('GET', `${base}?limit=1000`)).body);
    } catch (failed) {
      setOutcome(`dead letters: ${failed.code ?? failed.message}`);
    }
  }
  useEffect(() => { list(); }, [processor.name, processor.deadLetters]); // parked or applied meanwhile

  async function run(words, method, path) {
    setOutcome(null);
    try {
      const {body} = await client.rest(method, path);
      setOutcome(words(body));
    } catch (refused) {
      setOutcome(`${refused.code ?? refused.message}`);
    }
    setEvicting(null);
    await list();
    onChanged();
  }
  const retried = (body) => `Retried ${body.retried}: ${body.succeeded} applied, ${body.stillParked} still parked.`;

  const sequences = [...new Set((letters ?? []).map((letter) => letter.sequenceId))];
  return html`
    <section class="dead-letters" id="dead-letters" aria-label=${`Events ${processor.name} parked`}>
      <h3>Parked by ${processor.name}
        ${admin && sequences.length > 0 && html` <button id="retry-all" onClick=${() => run(retried, 'POST', `${base}/retry`)}>
          Retry all</button>`}</h3>
      <p class="outcome" role="status" id="dead-letters-outcome">${outcome ?? ''}</p>
      ${letters === null ? html`<p class="quiet">Loading…</p>` : letters.length === 0 ? html`<p class="quiet">Nothing parked.</p>` : html`
        <table>
          <thead><tr><th>Conversation</th><th>Event</th><th>Sequence</th><th>First failed</th><th>Last failed</th><th>Why</th>
            ${admin && html`<th>Action</th>`}</tr></thead>
          <tbody>${letters.map((letter, index) => html`
            <tr data-sequence-id=${letter.sequenceId} data-event=${letter.eventId}>
              <td class="id">${letter.sequenceId}</td><td>${letter.eventType}</td><td>${letter.sequence}</td>
              <td>${when(letter.firstFailedAt)}</td><td>${when(letter.lastFailedAt)}</td>
              <td class="cause">${letter.causeType ? `${letter.causeType}: ${letter.causeMessage}` : 'waits behind the first'}</td>
              ${admin && html`<td class="letter-actions">${sequences.includes(letter.sequenceId)
                  && letters.findIndex((one) => one.sequenceId === letter.sequenceId) === index && html`
                <button class="retry" onClick=${() => run(retried, 'POST', `${base}/${encodeURIComponent(letter.sequenceId)}/retry`)}>
                  Retry</button>
                ${evicting === letter.sequenceId
                  ? html`<button class="confirm-evict" onClick=${() => run((body) => `Evicted ${body.evicted} events of ${body.sequenceId}.`,
                      'DELETE', `${base}/${encodeURIComponent(letter.sequenceId)}`)}>Evict for good</button>`
                  : html`<button class="evict" onClick=${() => setEvicting(letter.sequenceId)}>Evict…</button>`}`}</td>`}
            </tr>`)}</tbody>
        </table>`}
    </section>`;
}

function when(at) {
  return at ? new Date(at).toLocaleString() : '';
}
