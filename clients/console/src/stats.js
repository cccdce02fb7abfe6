import {html, useState, useEffect} from './ui.js';
import {Chart} from './chart.js';
import {useDirectory} from './directory.js';
import {TargetsStats} from './targets-stats.js';

const DAY_MS = 24 * 3600 * 1000;
const day = (date) => date.toISOString().slice(0, 10);

/** Figures for a date range, every one drilling down to the conversations behind it. */
export function Stats({client, onOpenConversation}) {
  const [range, setRange] = useState({from: day(new Date(Date.now() - 6 * DAY_MS)), to: day(new Date())});
  const [stats, setStats] = useState(null);
  const [problem, setProblem] = useState(null);
  const [drill, setDrill] = useState(null);

  useEffect(() => {
    let current = true;
    const params = new URLSearchParams(instants(range));
    client.rest('GET', `/api/query/stats?${params}`)
      .then(({body}) => current && (setStats(body), setProblem(null)),
        (failed) => current && setProblem(`stats: ${failed.code ?? failed.message}`));
    return () => { current = false; };
  }, [client, range.from, range.to]);

  async function drillDown(figure, title) {
    const params = new URLSearchParams({...instants(range), figure, limit: '500'});
    try {
      setDrill({title, items: (await client.rest('GET', `/api/query/stats/drill-down?${params}`)).body.items});
    } catch (failed) {
      setProblem(`drill-down: ${failed.code ?? failed.message}`);
    }
  }

  return html`
    <section class="page stats" aria-label="Stats">
      <h2>Stats</h2>
      <form class="range" onSubmit=${(e) => e.preventDefault()}>
        <label>From <input type="date" name="from" value=${range.from} onChange=${(e) => setRange({...range, from: e.target.value})} /></label>
        <label>To <input type="date" name="to" value=${range.to} onChange=${(e) => setRange({...range, to: e.target.value})} /></label>
      </form>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${stats === null ? html`<p class="quiet">Loading…</p>` : html`
        <div class="figures">
          ${[['byStatus', 'status', 'Status'], ['byPriority', 'priority', 'Priority'], ['byChannel', 'channel', 'Channel'],
            ['byContext', 'context', 'Context']].map(([field, figure, title]) => html`
            <${Counts} title=${title} counts=${stats[field]} figure=${figure} onDrill=${drillDown} />`)}
          <${Times} stats=${stats} onDrill=${drillDown} />
        </div>
        <div class="charts">
          <${Chart} label="Messages per day" config=${volume(stats.messagesPerDay)} />
          <${Chart} label="Response and resolution times" config=${times(stats)} />
        </div>
        <${Agents} agents=${stats.agents} onDrill=${drillDown} />`}
      <${TargetsStats} client=${client} range=${range} onOpenConversation=${onOpenConversation} />
      ${drill && html`<${DrillDown} drill=${drill} onOpen=${onOpenConversation} onClose=${() => setDrill(null)} />`}
    </section>`;
}

/** The range's days as the API's instants: from the first day's start to the day after the last. */
function instants({from, to}) {
  return {from: `${from}T00:00:00Z`, to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString()};
}

function Counts({title, counts, figure, onDrill}) {
  const entries = Object.entries(counts);
  return html`
    <table class="counts" data-figure=${figure}>
      <caption>${title}</caption>
      <tbody>${entries.length === 0 ? html`<tr><td class="quiet">none</td></tr>` : entries.map(([name, count]) => html`
        <tr data-name=${name}><th scope="row">${name}</th>
          <td><button class="count" onClick=${() => onDrill(`${figure}:${name}`, `${title}: ${name}`)}>${count}</button></td></tr>`)}
      </tbody>
    </table>`;
}

const seconds = (value) => value == null ? '–' : value < 120 ? `${Math.round(value)} s` : `${Math.round(value / 60)} min`;

function Times({stats, onDrill}) {
  const rows = [['firstResponse', 'First response'], ['resolution', 'Resolution'], ['reply', 'Reply']];
  return html`
    <table class="counts times">
      <caption>Times</caption>
      <thead><tr><th></th><th>count</th><th>average</th><th>median</th><th>90 %</th></tr></thead>
      <tbody>${rows.map(([figure, title]) => html`
        <tr data-name=${figure}><th scope="row">${title}</th>
          <td><button class="count" onClick=${() => onDrill(figure, title)}>${stats[figure].count}</button></td>
          <td>${seconds(stats[figure].averageSeconds)}</td><td>${seconds(stats[figure].medianSeconds)}</td>
          <td>${seconds(stats[figure].p90Seconds)}</td></tr>`)}
      </tbody>
    </table>`;
}

function Agents({agents, onDrill}) {
  const {nameOf} = useDirectory();
  return html`
    <table class="counts agents">
      <caption>Agents</caption>
      <thead><tr><th>staff</th><th>open now</th><th>first responses</th><th>median first response</th><th>replies</th></tr></thead>
      <tbody>${agents.map((agent) => html`
        <tr data-staff=${agent.staffId}><th scope="row" title=${agent.staffId}>${nameOf(agent.staffId)}</th>
          <td><button class="count" onClick=${() => onDrill(`load:${agent.staffId}`, 'Open, assigned')}>${agent.openAssigned}</button></td>
          <td><button class="count" onClick=${() => onDrill(`agent:${agent.staffId}`, 'First responses')}>${agent.firstResponse.count}</button></td>
          <td>${seconds(agent.firstResponse.medianSeconds)}</td>
          <td><button class="count" onClick=${() => onDrill(`agentReply:${agent.staffId}`, 'Replies')}>${agent.reply.count}</button></td></tr>`)}
      </tbody>
    </table>`;
}

function DrillDown({drill, onOpen, onClose}) {
  return html`
    <div class="drill-down" role="region" aria-label="Conversations behind the figure">
      <h3>${drill.title}: ${drill.items.length} conversations <button onClick=${onClose}>Close</button></h3>
      <ol>${drill.items.map((item) => html`
        <li data-conversation=${item.conversationId}>
          <button onClick=${() => onOpen(item.conversationId)}>${item.conversationId}</button>
          <span class="when">${new Date(item.at).toLocaleString()}</span>
          ${item.seconds != null && html` <span>${seconds(item.seconds)}</span>`}
        </li>`)}</ol>
    </div>`;
}

function volume(buckets) {
  return {type: 'bar', data: {labels: buckets.map((bucket) => day(new Date(bucket.start))), datasets: [
    {label: 'from visitors', data: buckets.map((bucket) => bucket.device), stack: 'messages'},
    {label: 'from staff', data: buckets.map((bucket) => bucket.staff), stack: 'messages'},
  ]}, options: {plugins: {title: {display: true, text: 'Messages per day'}}}};
}

function times(stats) {
  const figures = ['firstResponse', 'resolution', 'reply'];
  const minutes = (value) => value == null ? null : value / 60;
  return {type: 'bar', data: {labels: ['first response', 'resolution', 'reply'], datasets: [
    {label: 'median (min)', data: figures.map((figure) => minutes(stats[figure].medianSeconds))},
    {label: '90 % (min)', data: figures.map((figure) => minutes(stats[figure].p90Seconds))},
  ]}, options: {plugins: {title: {display: true, text: 'Response and resolution times'}}}};
}
