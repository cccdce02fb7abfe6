import {html, useState, useEffect} from './ui.js';

const kinds = [['FIRST_RESPONSE', 'First response'], ['NEXT_RESPONSE', 'Next response'], ['RESOLUTION', 'Resolution']];

/**
 * Response targets for the stats page's date range: per kind the clocks started, met, missed, stopped
 * unanswered by a resolution and still running, missed per priority; a missed count lists the
 * conversations behind it. {@code range} is the page's range as the API's instants ({from, to}).
 */
export function TargetsStats({client, range, onOpenConversation}) {
  const [figures, setFigures] = useState(null);
  const [problem, setProblem] = useState(null);
  const [missed, setMissed] = useState(null);

  useEffect(() => {
    let current = true;
    client.rest('GET', `/api/query/stats/response-targets?${new URLSearchParams(range)}`)
      .then(({body}) => current && (setFigures(body), setProblem(null)),
        (failed) => current && setProblem(`response targets: ${failed.code ?? failed.message}`));
    return () => { current = false; };
  }, [client, range.from, range.to]);

  async function showMissed(kind, priority, title) {
    const params = new URLSearchParams({...range, kind, limit: '500'});
    if (priority) params.set('priority', priority);
    try {
      setMissed({title, items: (await client.rest('GET', `/api/query/stats/response-targets/missed?${params}`)).body.items});
    } catch (failed) {
      setProblem(`missed targets: ${failed.code ?? failed.message}`);
    }
  }

  const of = (kind) => figures?.byKind.find((group) => group.kind === kind);
  return html`
    <section class="targets-stats" aria-label="Response targets">
      <h3>Response targets</h3>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${figures === null ? html`<p class="quiet">Loading…</p>` : html`
        <table class="counts">
          <thead><tr><th></th><th>started</th><th>met</th><th>missed</th><th>stopped</th><th>running</th></tr></thead>
          <tbody>${kinds.map(([kind, title]) => {
            const group = of(kind) ?? {started: 0, met: 0, missed: 0, stopped: 0, running: 0};
            return html`
              <tr data-kind=${kind}><th scope="row">${title}</th><td>${group.started}</td><td>${group.met}</td>
                <td class=${group.missed > 0 ? 'missed' : ''}><button class="count" disabled=${group.missed === 0}
                    onClick=${() => showMissed(kind, null, `${title} missed`)}>${group.missed}</button></td>
                <td>${group.stopped}</td><td>${group.running}</td></tr>`;
          })}</tbody>
        </table>
        <table class="counts by-priority">
          <caption>Missed by priority</caption>
          <tbody>${figures.byPriority.filter((group) => group.missed > 0).map((group) => html`
            <tr data-kind=${group.kind} data-priority=${group.priority}>
              <th scope="row">${group.kind} · ${group.priority}</th>
              <td><button class="count" onClick=${() => showMissed(group.kind, group.priority,
                  `${group.kind} ${group.priority} missed`)}>${group.missed}</button></td></tr>`)}
          </tbody>
        </table>`}
      ${missed && html`
        <div class="drill-down" role="region" aria-label="Missed response targets">
          <h3>${missed.title}: ${missed.items.length} <button onClick=${() => setMissed(null)}>Close</button></h3>
          <ol>${missed.items.map((item) => html`
            <li data-conversation=${item.conversationId}>
              <button onClick=${() => onOpenConversation(item.conversationId)}>${item.conversationId}</button>
              <span class="when">due ${new Date(item.dueBy).toLocaleString()}</span>
              <span> ${item.priority} · ${item.context}</span>
            </li>`)}</ol>
        </div>`}
    </section>`;
}
