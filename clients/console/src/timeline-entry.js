import {html} from './ui.js';
import {Place} from './place.js';
import {Attachment} from './attachment.js';

/** One timeline entry: a message (by kind), a private note, or a system fact. */
export function TimelineEntry({entry, client, conversationId, staff, seen}) {
  if (entry.kind === 'message') {
    const fromStaff = entry.actor.startsWith('staff:');
    return html`
      <li class=${`entry message ${fromStaff ? 'outgoing' : 'incoming'}${entry.urgent ? ' urgent' : ''}`}
          data-sequence=${entry.sequence}>
        <span class="who">${who(entry.actor, staff)}</span>
        <${Content} entry=${entry} client=${client} conversationId=${conversationId} />
        <span class="when">${time(entry.occurredAt)}</span>
        ${fromStaff && html`<${Ticks} sequence=${entry.sequence} seen=${seen} />`}
      </li>`;
  }
  if (entry.privateNote) {
    return html`
      <li class="entry note" data-sequence=${entry.sequence}>
        <span class="who">Private note · ${who(entry.actor, staff)}</span>
        <p class="text">${entry.text}</p>
        <span class="when">${time(entry.occurredAt)}</span>
      </li>`;
  }
  return html`
    <li class="entry system" data-sequence=${entry.sequence}>
      <span class="fact">${entry.kind.replace(/-/g, ' ')}</span>
      ${Object.entries(entry.details ?? {}).map(([name, value]) => html` <span class="detail">${name}: ${
          value === staff.staffId ? 'you' : value}</span>`)}
      ${entry.latitude != null && html` <${Place} latitude=${entry.latitude} longitude=${entry.longitude}
          accuracy=${entry.accuracyMeters} />`}
      <span class="when">${time(entry.occurredAt)}</span>
    </li>`;
}

function Content({entry, client, conversationId}) {
  switch (entry.messageKind) {
    case 'LOCATION':
      return html`<p class="text"><${Place} latitude=${entry.latitude} longitude=${entry.longitude}
          accuracy=${entry.accuracyMeters} /></p>`;
    case 'IMAGE':
    case 'VOICE':
    case 'FILE':
      return html`<div class="text">
        <${Attachment} client=${client} conversationId=${conversationId} id=${entry.attachment} kind=${entry.messageKind} />
        ${entry.text && html`<p>${entry.text}</p>`}</div>`;
    default:
      return html`<p class="text">${entry.text}</p>`;
  }
}

/** Sent (stored), delivered to the device, read by it. */
function Ticks({sequence, seen}) {
  const state = seen.read >= sequence ? 'read' : seen.delivered >= sequence ? 'delivered' : 'sent';
  const marks = {sent: '✓', delivered: '✓✓', read: '✓✓'};
  return html`<span class=${`ticks ${state}`} title=${state} data-state=${state}>${marks[state]}</span>`;
}

function who(actor, staff) {
  if (actor === `staff:${staff.staffId}`) return 'You';
  if (actor.startsWith('device:')) return 'Visitor';
  if (actor.startsWith('staff:')) return 'Staff';
  return actor;
}

function time(at) {
  return new Date(at).toLocaleString();
}
