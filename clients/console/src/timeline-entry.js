import {html} from './ui.js';
import {Place} from './place.js';
import {Attachment} from './attachment.js';
import {useDirectory} from './directory.js';

/** One timeline entry: a message (by kind), a private note, or a system fact. */
export function TimelineEntry({entry, client, conversationId, staff, seen, quoted, onReplyTo}) {
  const {nameOf} = useDirectory();
  const who = (actor) => author(actor, staff, nameOf);
  if (entry.kind === 'message') {
    const fromStaff = entry.actor.startsWith('staff:');
    return html`
      <li class=${`entry message ${fromStaff ? 'outgoing' : 'incoming'}${entry.urgent ? ' urgent' : ''}`}
          data-sequence=${entry.sequence}>
        <span class="who">${who(entry.actor)}</span>
        ${quoted && html`<${Quote} quoted=${quoted} who=${who} />`}
        <${Content} entry=${entry} client=${client} conversationId=${conversationId} />
        <span class="when">${time(entry.occurredAt)}</span>
        ${fromStaff && html`<${Ticks} sequence=${entry.sequence} seen=${seen} />`}
        ${onReplyTo && entry.messageId && html`<button class="reply-to" aria-label=${`Reply to this message from ${who(entry.actor)}`}
            onClick=${() => onReplyTo({messageId: entry.messageId, who: who(entry.actor), text: gist(entry)})}>Reply</button>`}
      </li>`;
  }
  if (entry.privateNote) {
    return html`
      <li class="entry note" data-sequence=${entry.sequence}>
        <span class="who">Private note · ${who(entry.actor)}</span>
        <p class="text">${entry.text}</p>
        <span class="when">${time(entry.occurredAt)}</span>
      </li>`;
  }
  if (entry.kind === 'response-clock-started' || entry.kind === 'response-target-missed') {
    return html`<${TargetEntry} entry=${entry} />`;
  }
  return html`
    <li class="entry system" data-sequence=${entry.sequence}>
      <span class="fact">${entry.kind.replace(/-/g, ' ')}</span>
      ${Object.entries(entry.details ?? {}).map(([name, value]) => html` <span class="detail">${name}: ${
          value === staff.staffId ? 'you' : staffDetails.has(name) && value ? nameOf(value) : value}</span>`)}
      ${entry.latitude != null && html` <${Place} latitude=${entry.latitude} longitude=${entry.longitude}
          accuracy=${entry.accuracyMeters} />`}
      <span class="when">${time(entry.occurredAt)}</span>
    </li>`;
}

const targetNames = {FIRST_RESPONSE: 'First response', NEXT_RESPONSE: 'Next response', RESOLUTION: 'Resolution'};

/** A response clock that started (due when) or a target missed (due when, at which priority). */
function TargetEntry({entry}) {
  const {kind, dueBy, priority} = entry.details ?? {};
  const missed = entry.kind === 'response-target-missed';
  return html`
    <li class=${`entry system target${missed ? ' missed' : ''}`} data-sequence=${entry.sequence} data-kind=${entry.kind}>
      <span class="fact">${targetNames[kind] ?? kind} ${missed ? 'target missed' : 'target started'}</span>
      ${' '}<span class="detail">due ${dueBy ? time(dueBy) : '?'}</span>
      ${missed && priority && html` <span class="detail">priority: ${priority}</span>`}
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

function author(actor, staff, nameOf) {
  if (actor === `staff:${staff.staffId}`) return 'You';
  if (actor.startsWith('device:')) return 'Visitor';
  if (actor.startsWith('staff:')) return nameOf(actor.slice('staff:'.length));
  return actor;
}

/** A system fact's details that name a staff member (assigned, joined, ...): shown by display name. */
const staffDetails = new Set(['staffId', 'assignee', 'previousAssignee', 'formerAssignee']);

function time(at) {
  return new Date(at).toLocaleString();
}

/** The message a reply answers, quoted above it (a message further back than the timeline loaded is named only). */
function Quote({quoted, who}) {
  if (quoted.missing) return html`<blockquote class="quoted">in reply to an earlier message</blockquote>`;
  return html`<blockquote class="quoted" data-reply-to=${quoted.messageId}>
    <span class="who">${who(quoted.actor)}</span> ${gist(quoted)}</blockquote>`;
}

/** A message in a few words: its text, or what kind of message it is. */
export function gist(entry) {
  const text = entry.text ?? '';
  if (text) return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  return {IMAGE: 'an image', VOICE: 'a voice message', FILE: 'a file', LOCATION: 'a location'}[entry.messageKind] ?? 'a message';
}
