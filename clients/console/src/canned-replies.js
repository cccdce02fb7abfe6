import {html, useState, useRef, useEffect} from './ui.js';
import {useReadModel, useCommand, Outcome} from './read-model.js';
import {CannedPicker} from './canned.js';

const LIST = '/api/query/canned-replies?limit=100';

/**
 * Canned replies (ADMIN): the admin's own and every team's (GET /api/query/canned-replies), created
 * for oneself or a team, changed and removed over /api/canned-replies. {agent.name} and
 * {visitor.name} in a text are filled when the reply is used.
 */
export function CannedReplies({client}) {
  const replies = useReadModel(client, LIST);
  const teams = useReadModel(client, '/api/query/routing/teams');
  const {problem, done, run} = useCommand();
  const [editing, setEditing] = useState(null);
  const teamName = (id) => teams.data?.find((team) => team.teamId === id)?.name ?? 'a team';
  const shows = (list, id, reply) => list.some((one) => one.cannedReplyId === id && one.shortcut === reply.shortcut
    && one.text === reply.text);

  function save(reply) {
    return editing
      ? run({done: `Canned reply /${reply.shortcut} changed.`, failed: 'Canned reply not changed'},
        () => client.rest('PUT', `/api/canned-replies/${editing.cannedReplyId}`, {shortcut: reply.shortcut, text: reply.text}),
        replies.load, (list) => shows(list, editing.cannedReplyId, reply)).then((ok) => { if (ok) setEditing(null); return ok; })
      : run({done: `Canned reply /${reply.shortcut} created.`, failed: 'Canned reply not created'},
        () => client.rest('POST', '/api/canned-replies', reply), replies.load,
        (list, {body}) => shows(list, body.cannedReplyId, reply));
  }

  function remove(reply) {
    return run({done: `Canned reply /${reply.shortcut} removed.`, failed: 'Canned reply not removed'},
      () => client.rest('DELETE', `/api/canned-replies/${reply.cannedReplyId}`), replies.load,
      (list) => !list.some((one) => one.cannedReplyId === reply.cannedReplyId));
  }

  return html`
    <section class="automation-part canned" aria-labelledby="canned-title">
      <h3 id="canned-title">Canned replies</h3>
      <p class="hint">A shortcut is 1 to 32 lower-case letters, digits or dashes. In the text, {agent.name} becomes the
        name of whoever uses the reply and {visitor.name} the visitor's where it is known.</p>
      <${CannedForm} key=${editing?.cannedReplyId ?? 'new'} reply=${editing} teams=${teams.data ?? []} onSave=${save}
          onCancel=${() => setEditing(null)} />
      <${Outcome} id="canned" problem=${problem ?? replies.problem} done=${done} />
      <${TryIt} client=${client} />
      ${replies.data && (replies.data.length === 0
        ? html`<p class="quiet">No canned replies.</p>`
        : html`<table class="settings-list" id="canned-list">
          <thead><tr><th>Shortcut</th><th>For</th><th>Text</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${replies.data.map((one) => html`<${CannedRow} key=${one.cannedReplyId} reply=${one}
              owner=${one.teamId ? `team ${teamName(one.teamId)}` : 'you'}
              onEdit=${() => setEditing(one)} onRemove=${() => remove(one)} />`)}</tbody></table>`)}
    </section>`;
}

function CannedRow({reply, owner, onEdit, onRemove}) {
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef(null);
  useEffect(() => { if (confirming) confirm.current?.focus(); }, [confirming]);
  return html`
    <tr data-canned=${reply.cannedReplyId}>
      <td class="shortcut">/${reply.shortcut}</td>
      <td class="owner">${owner}</td>
      <td class="text">${reply.text}</td>
      <td><div class="row-actions">
        <button class="edit" onClick=${onEdit} aria-label=${`Edit /${reply.shortcut}`}>Edit</button>
        ${confirming
          ? html`<button class="confirm-remove" ref=${confirm} onClick=${() => { setConfirming(false); onRemove(); }}>
              Remove /${reply.shortcut}</button>
            <button class="cancel" onClick=${() => setConfirming(false)}>Cancel</button>`
          : html`<button class="remove" onClick=${() => setConfirming(true)}>Remove…</button>`}
      </div></td>
    </tr>`;
}

function CannedForm({reply, teams, onSave, onCancel}) {
  const empty = {owner: '', shortcut: '', text: ''};
  const [fields, setFields] = useState(reply ? {owner: reply.teamId ?? '', shortcut: reply.shortcut, text: reply.text} : empty);
  const first = useRef(null);
  useEffect(() => { if (reply) first.current?.focus(); }, [reply]);
  const set = (name) => (event) => setFields((before) => ({...before, [name]: event.target.value}));

  async function submit(event) {
    event.preventDefault();
    const saved = {teamId: fields.owner || null, shortcut: fields.shortcut.trim(), text: fields.text};
    if (await onSave(saved) && !reply) setFields(empty);
  }

  return html`
    <form class="settings-form" id="canned-form" onSubmit=${submit}
          aria-label=${reply ? 'Change the canned reply' : 'Create a canned reply'}>
      <label>For <select name="owner" value=${fields.owner} disabled=${reply !== null} onChange=${set('owner')}>
        <option value="">yourself</option>
        ${teams.map((team) => html`<option value=${team.teamId}>team ${team.name}</option>`)}</select></label>
      <label>Shortcut <input name="shortcut" ref=${first} required maxlength="32" autocomplete="off"
                             value=${fields.shortcut} onInput=${set('shortcut')} /></label>
      <label class="wide">Text <textarea name="text" required maxlength="2000" rows="2" value=${fields.text}
                                         onInput=${set('text')}></textarea></label>
      <button type="submit">${reply ? 'Save changes' : 'Create canned reply'}</button>
      ${reply && html`<button type="button" class="cancel" onClick=${onCancel}>Cancel</button>`}
    </form>`;
}

/** Finds a reply as the reply box does and shows its text as it would be sent by the admin. */
function TryIt({client}) {
  const [filled, setFilled] = useState(null);
  return html`
    <div class="try-canned">
      <span class="hint">Try one as the reply box finds it:</span>
      <${CannedPicker} client=${client} onPick=${setFilled} />
      ${filled !== null && html`<output id="canned-tried" aria-label="The reply as it would be sent">${filled}</output>`}
    </div>`;
}
