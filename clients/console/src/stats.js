import {html, useState, useEffect, useRef} from './ui.js';
import {Chart} from './chart.js';
import {useDirectory} from './directory.js';
import {Satisfaction} from './satisfaction.js';
import {TargetsStats} from './targets-stats.js';

const DAY_MS = 24 * 3600 * 1000;
const pad = (n) => String(n).padStart(2, '0');
/** A date as the date input writes it, on the browser's clock. */
const day = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
/** The browser's time zone, which the API starts the volume's days and hours on. */
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Figures for a date range, every one drilling down to the conversations behind it. */
export function Stats({client, onOpenConversation}) {
  const [range, setRange] = useState({from: day(new Date(Date.now() - 6 * DAY_MS)), to: day(new Date())});
  const [stats, setStats] = useState(null);
  const [problem, setProblem] = useState(null);
  const [drill, setDrill] = useState(null);

  useEffect(() => {
    let current = true;
    const params = new URLSearchParams({...instants(range), zone: zone()});
    client.rest('GET', `/api/query/stats?${params}`)
      .then(({body}) => current && (setStats(body), setProblem(null)),
        (failed) => current && setProblem(`stats: ${failed.code ?? failed.message}`));
    return () => { current = false; };
  }, [client, range.from, range.to]);

  /** Shows the conversations behind a figure; `within` narrows the range (a volume step). */
  async function drillDown(figure, title, within, path = '/api/query/stats/drill-down') {
    const params = new URLSearchParams({...(within ?? instants(range)), figure, limit: '500'});
    try {
      const items = (await client.rest('GET', `${path}?${params}`)).body.items;
      setDrill({title, figure, items: items.map((item) => item.ratedAt
        ? {conversationId: item.conversationId, at: item.ratedAt, note: `rated ${item.rating}`}
        : {conversationId: item.conversationId, at: item.at, note: item.seconds != null ? seconds(item.seconds) : null})});
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
          <${Volume} stats=${stats} range=${instants(range)} onDrill=${drillDown} />
          <${Chart} label="Response and resolution times" config=${times(stats)}
            onBar=${(index) => drillDown(TIMES[index][0], TIMES[index][1])} />
          <${Distribution} title="First response times" buckets=${stats.firstResponseBuckets} figure="firstResponseBucket"
            onDrill=${drillDown} />
          <${Distribution} title="Resolution times" buckets=${stats.resolutionBuckets} figure="resolutionBucket"
            onDrill=${drillDown} />
        </div>
        <div class="figures">
          <${Contexts} contexts=${stats.contexts} onDrill=${drillDown} />
          <${Agents} agents=${stats.agents} onDrill=${drillDown} />
        </div>`}
      <${Satisfaction} client=${client} range=${instants(range)}
        onDrill=${(figure, title) => drillDown(figure, title, null, '/api/query/stats/satisfaction/drill-down')} />
      <${TargetsStats} client=${client} range=${instants(range)} onOpenConversation=${onOpenConversation} />
      ${drill && html`<${DrillDown} drill=${drill} onOpen=${onOpenConversation} onClose=${() => setDrill(null)} />`}
    </section>`;
}

/** The range's days as the API's instants: from the first day's start to the day after the last, on the browser's clock. */
function instants({from, to}) {
  const start = (text) => { const [y, m, d] = text.split('-').map(Number); return new Date(y, m - 1, d); };
  const end = start(to);
  end.setDate(end.getDate() + 1);
  return {from: start(from).toISOString(), to: end.toISOString()};
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

const seconds = (value) => value == null ? '–' : value < 120 ? `${Math.round(value)} s`
  : value < 7200 ? `${Math.round(value / 60)} min` : `${Math.round(value / 360) / 10} h`;

const TIMES = [['firstResponse', 'First response'], ['resolution', 'Resolution'], ['reply', 'Reply']];

function Times({stats, onDrill}) {
  return html`
    <table class="counts times">
      <caption>Times</caption>
      <thead><tr><th></th><th>count</th><th>average</th><th>median</th><th>90 %</th></tr></thead>
      <tbody>${TIMES.map(([figure, title]) => html`
        <tr data-name=${figure}><th scope="row">${title}</th>
          <td><button class="count" onClick=${() => onDrill(figure, title)}>${stats[figure].count}</button></td>
          <td>${seconds(stats[figure].averageSeconds)}</td><td>${seconds(stats[figure].medianSeconds)}</td>
          <td>${seconds(stats[figure].p90Seconds)}</td></tr>`)}
      </tbody>
    </table>`;
}

/** A duration bucket's name: "< 1 min", "1–5 min", …, "≥ 1 day". */
function bucketName({fromSeconds, toSeconds}) {
  const unit = (s) => s >= 86400 ? `${s / 86400} day` : s >= 3600 ? `${s / 3600} h` : `${s / 60} min`;
  if (fromSeconds === 0) return `< ${unit(toSeconds)}`;
  if (toSeconds == null) return `≥ ${unit(fromSeconds)}`;
  const [from, to] = [unit(fromSeconds), unit(toSeconds)];
  return from.split(' ')[1] === to.split(' ')[1] ? `${from.split(' ')[0]}–${to}` : `${from}–${to}`;
}

/** A distribution as bars, each drilling down to its conversations; the table below is its text alternative. */
function Distribution({title, buckets, figure, onDrill}) {
  const drill = (bucket) => onDrill(`${figure}:${bucket.index}`, `${title}: ${bucketName(bucket)}`);
  return html`
    <div class="distribution" data-figure=${figure}>
      <${Chart} label=${title} onBar=${(index) => drill(buckets[index])} config=${{type: 'bar', data: {
        labels: buckets.map(bucketName), datasets: [{label: 'conversations', data: buckets.map((bucket) => bucket.count)}]},
        options: {plugins: {title: {display: true, text: title}, legend: {display: false}}, scales: COUNTS}}} />
      <table class="counts buckets" aria-label=${`${title}, per bucket`}>
        <tbody><tr>${buckets.map((bucket) => html`<th scope="col">${bucketName(bucket)}</th>`)}</tr>
          <tr>${buckets.map((bucket) => html`
            <td data-bucket=${bucket.index}><button class="count" onClick=${() => drill(bucket)}>${bucket.count}</button></td>`)}</tr>
        </tbody>
      </table>
    </div>`;
}

/** Conversations started and messages per hour or day (as the API chose for the range), labelled on the browser's clock. */
function Volume({stats, range, onDrill}) {
  const hourly = stats.volumeGrain === 'HOUR';
  const title = hourly ? 'Volume per hour' : 'Volume per day';
  const format = new Intl.DateTimeFormat(undefined, hourly
    ? {month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'} : {weekday: 'short', month: 'short', day: 'numeric'});
  const steps = stats.volume;
  const labels = steps.map((step) => format.format(new Date(step.start)));
  const drill = (index) => {
    const step = steps[index];
    const within = {from: later(step.start, range.from), to: earlier(step.end, range.to)};
    onDrill('started', `Started ${labels[index]}`, within);
  };
  return html`<${Chart} label=${title} onBar=${drill} config=${{type: 'bar', data: {labels, datasets: [
    {label: 'conversations started', data: steps.map((step) => step.conversations)},
    {label: 'messages from visitors', data: steps.map((step) => step.device), stack: 'messages'},
    {label: 'messages from staff', data: steps.map((step) => step.staff), stack: 'messages'},
  ]}, options: {plugins: {title: {display: true, text: title}}, scales: COUNTS}}} />`;
}

/** Whole numbers on a count's axis. */
const COUNTS = {y: {ticks: {precision: 0}}};

const later = (a, b) => (Date.parse(a) > Date.parse(b) ? a : b);
const earlier = (a, b) => (Date.parse(a) < Date.parse(b) ? a : b);

function Contexts({contexts, onDrill}) {
  return html`
    <table class="counts contexts" data-figure="contexts">
      <caption>Per context</caption>
      <thead><tr><th>context</th><th>first responses</th><th>median</th><th>90 %</th>
        <th>resolutions</th><th>median</th><th>90 %</th></tr></thead>
      <tbody>${contexts.map(({context, firstResponse, resolution}) => html`
        <tr data-name=${context}><th scope="row">${context}</th>
          <td class="first-responses"><button class="count"
            onClick=${() => onDrill(`contextFirstResponse:${context}`, `First responses, ${context}`)}>${firstResponse.count}</button></td>
          <td>${seconds(firstResponse.medianSeconds)}</td><td>${seconds(firstResponse.p90Seconds)}</td>
          <td class="resolutions"><button class="count"
            onClick=${() => onDrill(`contextResolution:${context}`, `Resolutions, ${context}`)}>${resolution.count}</button></td>
          <td>${seconds(resolution.medianSeconds)}</td><td>${seconds(resolution.p90Seconds)}</td></tr>`)}
      </tbody>
    </table>`;
}

function Agents({agents, onDrill}) {
  const {nameOf} = useDirectory();
  return html`
    <table class="counts agents">
      <caption>Agents</caption>
      <thead><tr><th>staff</th><th>open now</th><th>first responses</th><th>median first response</th><th>replies</th>
        <th>resolutions</th><th>median resolution</th></tr></thead>
      <tbody>${agents.map((agent) => html`
        <tr data-staff=${agent.staffId}><th scope="row" title=${agent.staffId}>${nameOf(agent.staffId)}</th>
          <td><button class="count" onClick=${() => onDrill(`load:${agent.staffId}`, 'Open, assigned')}>${agent.openAssigned}</button></td>
          <td><button class="count" onClick=${() => onDrill(`agent:${agent.staffId}`, 'First responses')}>${agent.firstResponse.count}</button></td>
          <td>${seconds(agent.firstResponse.medianSeconds)}</td>
          <td><button class="count" onClick=${() => onDrill(`agentReply:${agent.staffId}`, 'Replies')}>${agent.reply.count}</button></td>
          <td class="resolutions"><button class="count"
            onClick=${() => onDrill(`agentResolution:${agent.staffId}`, 'Resolutions')}>${agent.resolution.count}</button></td>
          <td>${seconds(agent.resolution.medianSeconds)}</td></tr>`)}
      </tbody>
    </table>`;
}

function DrillDown({drill, onOpen, onClose}) {
  const region = useRef(null);
  useEffect(() => { region.current?.focus(); }, [drill]);
  return html`
    <div class="drill-down" role="region" aria-label="Conversations behind the figure" tabindex="-1" ref=${region}
      data-figure=${drill.figure}>
      <h3>${drill.title}: ${drill.items.length} conversations <button onClick=${onClose}>Close</button></h3>
      <ol>${drill.items.map((item) => html`
        <li data-conversation=${item.conversationId}>
          <button onClick=${() => onOpen(item.conversationId)}>${item.conversationId}</button>
          <span class="when">${new Date(item.at).toLocaleString()}</span>
          ${item.note && html` <span>${item.note}</span>`}
        </li>`)}</ol>
    </div>`;
}

function times(stats) {
  const minutes = (value) => value == null ? null : value / 60;
  return {type: 'bar', data: {labels: ['first response', 'resolution', 'reply'], datasets: [
    {label: 'median (min)', data: TIMES.map(([figure]) => minutes(stats[figure].medianSeconds))},
    {label: '90 % (min)', data: TIMES.map(([figure]) => minutes(stats[figure].p90Seconds))},
  ]}, options: {plugins: {title: {display: true, text: 'Response and resolution times'}}}};
}
