import {html, useState, useEffect} from './ui.js';

const POLL_MS = 1000;

/**
 * Each projection's state and lag, its parked events, and a rebuild with a progress bar. The API
 * pushes no processor status: the page asks again every second while it is open.
 */
export function Processors({client}) {
  const [processors, setProcessors] = useState(null);
  const [problem, setProblem] = useState(null);
  const [rebuilt, setRebuilt] = useState(new Set()); // started from this page: shown at 100 % once over

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

  return html`
    <section class="page processors" aria-label="Processors">
      <h2>Projections</h2>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${processors === null ? html`<p class="quiet">Loading…</p>` : html`
        <table>
          <thead><tr><th>Projection</th><th>State</th><th>Position / head</th><th>Lag</th><th>Parked</th>
            <th>Rebuild</th></tr></thead>
          <tbody>${processors.map((processor) => html`<${Row} key=${processor.name} processor=${processor}
              startedHere=${rebuilt.has(processor.name)} onRebuild=${() => rebuild(processor.name)} />`)}</tbody>
        </table>`}
    </section>`;
}

function Row({processor, startedHere, onRebuild}) {
  const percent = processor.replaying ? Math.floor(processor.percentDone ?? 0) : startedHere ? 100 : null;
  return html`
    <tr data-processor=${processor.name}>
      <th scope="row">${processor.name}</th>
      <td class="state">${processor.state}</td>
      <td>${processor.position} / ${processor.head}</td>
      <td class=${processor.lag > 0 ? 'lagging' : ''}>${processor.lag}</td>
      <td>${processor.deadLetters > 0
        ? `${processor.deadLetters} events of ${processor.deadLetterSequences} conversations` : 'none'}</td>
      <td class="rebuild">
        ${!processor.replaying && html`<button onClick=${onRebuild}>Rebuild</button>`}
        ${percent !== null && html`<progress max="100" value=${percent} aria-label=${`Rebuilding ${processor.name}`}></progress>
                 <span class="percent">${percent} %</span>
                 ${processor.eventsPerSecond != null && html` <span class="speed">${Math.round(processor.eventsPerSecond)} events/s</span>`}`}
      </td>
    </tr>`;
}
