import {html, useState} from './ui.js';
import {useReadModel, useCommand, Outcome} from './read-model.js';
import {BusinessHoursFields, hoursFields, hoursOf, hoursText} from './business-hours.js';

const kinds = [['FIRST_RESPONSE', 'First response'], ['NEXT_RESPONSE', 'Next response'], ['RESOLUTION', 'Resolution']];
const priorities = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
const contexts = ['SUPPORT', 'EMERGENCY', 'REQUEST', 'JOB', 'BID', 'GENERAL'];
const units = [['M', 'minutes', 60], ['H', 'hours', 3600], ['D', 'days', 86400]];

/**
 * Response targets (ADMIN): every target set now (GET /api/query/response-targets), set or changed
 * by kind, priority and context (or every context), in calendar time or only while business hours
 * are open, each removed with a button.
 */
export function ResponseTargets({client}) {
  const targets = useReadModel(client, '/api/query/response-targets');
  const {problem, done, run} = useCommand();
  const same = (one, scope) => one.kind === scope.kind && one.priority === scope.priority
    && (one.context ?? null) === (scope.context ?? null);

  function set(target) {
    return run({done: `${describe(target)} set to ${spoken(seconds(target.within))}.`, failed: 'Target not set'},
      () => client.rest('PUT', '/api/response-targets', target), targets.load,
      (list) => list.some((one) => same(one, target) && seconds(one.within) === seconds(target.within)));
  }

  function remove(target) {
    const params = new URLSearchParams({kind: target.kind, priority: target.priority});
    if (target.context) params.set('context', target.context);
    return run({done: `${describe(target)} removed.`, failed: 'Target not removed'},
      () => client.rest('DELETE', `/api/response-targets?${params}`), targets.load,
      (list) => !list.some((one) => same(one, target)));
  }

  return html`
    <section class="automation-part targets" aria-labelledby="targets-title">
      <h3 id="targets-title">Response targets</h3>
      <p class="hint">How soon conversations must be answered and resolved. A target for a conversation's own
        context wins over one for every context; clocks already running keep the target they started with.</p>
      <${TargetForm} onSet=${set} />
      <${Outcome} id="targets" problem=${problem ?? targets.problem} done=${done} />
      ${targets.data && (targets.data.length === 0
        ? html`<p class="quiet" id="targets-none">No response targets are set.</p>`
        : html`<table class="settings-list" id="targets-list">
          <thead><tr><th>Kind</th><th>Priority</th><th>Context</th><th>Within</th><th>Counted</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${targets.data.map((one) => html`
            <tr key=${`${one.kind}/${one.priority}/${one.context}`} data-target=${`${one.kind}/${one.priority}/${one.context ?? '*'}`}>
              <td>${kindName(one.kind)}</td><td>${one.priority}</td><td>${one.context ?? 'every context'}</td>
              <td class="within" title=${one.within}>${spoken(seconds(one.within))}</td>
              <td class="counted">${one.businessHours ? `in business hours (${hoursText(one.businessHours)})` : 'around the clock'}</td>
              <td><button class="remove" aria-label=${`Remove ${describe(one)}`} onClick=${() => remove(one)}>Remove</button></td>
            </tr>`)}</tbody></table>`)}
    </section>`;
}

function TargetForm({onSet}) {
  const [amount, setAmount] = useState('15');
  const [unit, setUnit] = useState('M');
  const [inHours, setInHours] = useState(false);
  const [hours, setHours] = useState(() => hoursFields(null));
  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const within = unit === 'D' ? `P${amount}D` : `PT${amount}${unit}`;
    await onSet({kind: form.get('kind'), priority: form.get('priority'), context: form.get('context') || null, within,
      businessHours: inHours ? hoursOf(hours) : null});
  }
  return html`
    <form class="settings-form" id="target-form" aria-label="Set a response target" onSubmit=${submit}>
      <label>Kind <select name="kind">${kinds.map(([value, name]) => html`<option value=${value}>${name}</option>`)}</select></label>
      <label>Priority <select name="priority">${priorities.map((p) => html`<option value=${p}>${p}</option>`)}</select></label>
      <label>Context <select name="context"><option value="">every context</option>
        ${contexts.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      <label>Within <input name="amount" type="number" min="1" max="527040" required value=${amount}
                           onInput=${(e) => setAmount(e.target.value)} /></label>
      <label>Unit <select name="unit" value=${unit} onChange=${(e) => setUnit(e.target.value)}>
        ${units.map(([value, name]) => html`<option value=${value}>${name}</option>`)}</select></label>
      <label class="wide"><input type="checkbox" name="in-business-hours" checked=${inHours}
                                 onChange=${(e) => setInHours(e.target.checked)} /> Count only while business hours are open</label>
      ${inHours && html`<${BusinessHoursFields} fields=${hours} onChange=${setHours}
          legend="Business hours the target counts in" />`}
      <button type="submit">Set target</button>
    </form>`;
}

function kindName(kind) {
  return kinds.find(([value]) => value === kind)?.[1] ?? kind;
}

function describe(target) {
  return `${kindName(target.kind)} target for ${target.priority} conversations in ${target.context ?? 'every context'}`;
}

/** Seconds in an ISO-8601 duration such as PT2M, PT48H or P2D (as Java writes and reads them). */
export function seconds(iso) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(iso));
  if (!match) return NaN;
  const [, d = 0, h = 0, m = 0, s = 0] = match;
  return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** A duration as people say it: "2 days 3 h", "1 h 30 min", "45 s". */
export function spoken(total) {
  if (!Number.isFinite(total)) return '?';
  const parts = [[86400, (n) => `${n} day${n === 1 ? '' : 's'}`], [3600, (n) => `${n} h`], [60, (n) => `${n} min`], [1, (n) => `${n} s`]];
  const words = [];
  let rest = Math.round(total);
  for (const [size, say] of parts) {
    const n = Math.floor(rest / size);
    if (n > 0) words.push(say(n));
    rest -= n * size;
  }
  return words.join(' ') || '0 s';
}
