import {html, useState, useRef, useEffect} from './ui.js';
import {useReadModel, useCommand, Outcome} from './read-model.js';
import {BusinessHoursFields, hoursFields, hoursOf, hoursText} from './business-hours.js';

const triggers = [
  ['GREETING', 'Greeting', "on a visitor's first message"],
  ['KEYWORD', 'Keyword', 'on a message the pattern finds (case-insensitive regular expression)'],
  ['AWAY', 'Away', 'on a message outside the business hours'],
  ['BUSY', 'All busy', 'while the conversation waits in its queue; {position} is its place'],
];

/**
 * Automated replies (ADMIN): the rules in force (GET /api/query/auto-replies), each created, changed
 * or removed over /api/auto-replies; an away rule carries its business hours (time zone, opening
 * hours per weekday, holidays).
 */
export function AutoReplies({client}) {
  const rules = useReadModel(client, '/api/query/auto-replies');
  const {problem, done, run} = useCommand();
  const [editing, setEditing] = useState(null); // the rule being changed, or null: the form creates one

  function save(rule) {
    const words = `${triggerName(rule.trigger)} rule`;
    const shown = (list, id) => list.some((one) => one.ruleId === id && one.text === rule.text && one.order === rule.order
      && (one.pattern ?? null) === (rule.pattern ?? null));
    return editing
      ? run({done: `${words} changed.`, failed: `${words} not changed`},
        () => client.rest('PUT', `/api/auto-replies/${editing.ruleId}`, rule), rules.load,
        (list) => shown(list, editing.ruleId)).then((ok) => { if (ok) setEditing(null); return ok; })
      : run({done: `${words} created.`, failed: `${words} not created`},
        () => client.rest('POST', '/api/auto-replies', rule), rules.load, (list, {body}) => shown(list, body.ruleId));
  }

  function remove(rule) {
    return run({done: `${triggerName(rule.trigger)} rule removed.`, failed: 'Rule not removed'},
      () => client.rest('DELETE', `/api/auto-replies/${rule.ruleId}`), rules.load,
      (list) => !list.some((one) => one.ruleId === rule.ruleId));
  }

  return html`
    <section class="automation-part auto-replies" aria-labelledby="auto-replies-title">
      <h3 id="auto-replies-title">Automated replies</h3>
      <p class="hint">Each rule writes at most once per conversation, as a system message naming the rule.</p>
      <${RuleForm} key=${editing?.ruleId ?? 'new'} rule=${editing} onSave=${save} onCancel=${() => setEditing(null)} />
      <${Outcome} id="auto-replies" problem=${problem ?? rules.problem} done=${done} />
      ${rules.data && (rules.data.length === 0
        ? html`<p class="quiet">No automated replies.</p>`
        : html`<table class="settings-list" id="auto-replies-list">
          <thead><tr><th>Trigger</th><th>Order</th><th>Pattern or hours</th><th>Text</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${rules.data.map((one) => html`<${RuleRow} key=${one.ruleId} rule=${one}
              onEdit=${() => setEditing(one)} onRemove=${() => remove(one)} />`)}</tbody></table>`)}
    </section>`;
}

function RuleRow({rule, onEdit, onRemove}) {
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef(null);
  useEffect(() => { if (confirming) confirm.current?.focus(); }, [confirming]);
  return html`
    <tr data-rule=${rule.ruleId}>
      <td class="trigger">${triggerName(rule.trigger)}</td>
      <td class="order">${rule.order}</td>
      <td class="condition">${rule.trigger === 'KEYWORD' ? html`<code>${rule.pattern}</code>` : rule.hours ? hoursText(rule.hours) : ''}</td>
      <td class="text">${rule.text}</td>
      <td><div class="row-actions">
        <button class="edit" onClick=${onEdit} aria-label=${`Edit ${triggerName(rule.trigger)} rule ${rule.order}`}>Edit</button>
        ${confirming
          ? html`<button class="confirm-remove" ref=${confirm} onClick=${() => { setConfirming(false); onRemove(); }}>Remove this rule</button>
            <button class="cancel" onClick=${() => setConfirming(false)}>Cancel</button>`
          : html`<button class="remove" onClick=${() => setConfirming(true)}>Remove…</button>`}
      </div></td>
    </tr>`;
}

const blank = {trigger: 'GREETING', order: 0, pattern: '', text: '', hours: hoursFields(null)};

/** The rule's fields as the form keeps them (every field controlled, so a re-render never loses what was typed). */
function fieldsOf(rule) {
  if (!rule) return blank;
  return {trigger: rule.trigger, order: rule.order, pattern: rule.pattern ?? '', text: rule.text,
    hours: hoursFields(rule.hours)};
}

function RuleForm({rule, onSave, onCancel}) {
  const [fields, setFields] = useState(() => fieldsOf(rule));
  const first = useRef(null);
  useEffect(() => { if (rule) first.current?.focus(); }, [rule]);
  const set = (name) => (event) => setFields((before) => ({...before, [name]: event.target.value}));
  const {trigger} = fields;

  async function submit(event) {
    event.preventDefault();
    const saved = {trigger, order: Number(fields.order || 0), text: fields.text,
      pattern: trigger === 'KEYWORD' ? fields.pattern : null, hours: null};
    if (trigger === 'AWAY') {
      saved.hours = hoursOf(fields.hours);
    }
    if (await onSave(saved) && !rule) setFields(blank);
  }

  return html`
    <form class="settings-form rule-form" id="auto-reply-form" onSubmit=${submit}
          aria-label=${rule ? 'Change the automated reply' : 'Create an automated reply'}>
      <label>Trigger <select name="trigger" ref=${first} value=${trigger} onChange=${set('trigger')}>
        ${triggers.map(([value, name]) => html`<option value=${value}>${name}</option>`)}</select></label>
      <span class="hint trigger-hint">${triggers.find(([value]) => value === trigger)[2]}</span>
      <label>Order <input name="order" type="number" min="0" max="10000" value=${fields.order} onInput=${set('order')} /></label>
      ${trigger === 'KEYWORD' && html`<label>Pattern <input name="pattern" required maxlength="200" autocomplete="off"
          value=${fields.pattern} onInput=${set('pattern')} placeholder="leak|flood" /></label>`}
      <label class="wide">Text <textarea name="text" required maxlength="2000" rows="2" value=${fields.text}
                                         onInput=${set('text')}></textarea></label>
      ${trigger === 'AWAY' && html`<${BusinessHoursFields} fields=${fields.hours}
          onChange=${(hours) => setFields((before) => ({...before, hours}))} />`}
      <button type="submit">${rule ? 'Save changes' : 'Create rule'}</button>
      ${rule && html`<button type="button" class="cancel" onClick=${onCancel}>Cancel</button>`}
    </form>`;
}

function triggerName(trigger) {
  return triggers.find(([value]) => value === trigger)?.[1] ?? trigger;
}
