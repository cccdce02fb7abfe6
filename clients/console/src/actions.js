import {html, useState} from './ui.js';

const priorities = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
const HOUR_MS = 3600 * 1000;
const snoozes = [[1, 'for an hour'], [4, 'for 4 hours'], [24, 'for a day'], [24 * 7, 'for a week']];

/** What staff do to a conversation: assign, priority, labels, snooze, resolve, reopen, close. */
export function Actions({header, staff, act}) {
  const [label, setLabel] = useState('');
  const [hours, setHours] = useState(snoozes[0][0]);
  const closed = header.status === 'CLOSED';
  const mine = header.assignee === staff.staffId;

  function addLabel(event) {
    event.preventDefault();
    if (label.trim()) act('addLabel', label.trim()).then(() => setLabel(''));
  }

  return html`
    <div class="actions">
      <button id="assign-me" disabled=${closed || mine} onClick=${() => act('assign', staff.staffId)}>
        ${mine ? 'Assigned to you' : 'Assign to me'}</button>
      <label>Priority <select id="set-priority" disabled=${closed} value=${header.priority}
          onChange=${(e) => act('priority', e.target.value)}>
        ${priorities.map((p) => html`<option value=${p}>${p}</option>`)}</select></label>
      ${header.status === 'RESOLVED' || header.status === 'SNOOZED'
        ? html`<button id="reopen" onClick=${() => act('reopen')}>Reopen</button>`
        : html`<button id="resolve" disabled=${closed} onClick=${() => act('resolve')}>Resolve</button>
          <span class="snooze"><button id="snooze" disabled=${closed}
              onClick=${() => act('snooze', new Date(Date.now() + hours * HOUR_MS).toISOString())}>Snooze</button>
            <select id="snooze-for" aria-label="Snooze for" value=${hours} disabled=${closed}
                    onChange=${(e) => setHours(Number(e.target.value))}>
              ${snoozes.map(([value, words]) => html`<option value=${value}>${words}</option>`)}</select></span>`}
      <button id="close" disabled=${closed} onClick=${() => act('close')}>Close</button>
      <span class="labels">
        ${header.labels.map((name) => html`<span class="label">${name}
          <button class="remove" title="Remove label" aria-label=${`Remove label ${name}`} disabled=${closed}
                  onClick=${() => act('removeLabel', name)}>×</button></span>`)}
        <form class="add-label" onSubmit=${addLabel}>
          <input name="label" placeholder="label" value=${label} disabled=${closed} aria-label="New label"
                 onInput=${(e) => setLabel(e.target.value)} />
          <button type="submit" disabled=${closed}>Add</button>
        </form>
      </span>
    </div>`;
}
