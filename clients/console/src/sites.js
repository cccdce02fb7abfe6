import {html, useState, useEffect, useRef} from './ui.js';

const PAUSE_MS = 250;
const TRIES = 40;
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const FIELD_TYPES = ['TEXT', 'EMAIL', 'PHONE'];
const POSITIONS = {BOTTOM_RIGHT: 'Bottom right', BOTTOM_LEFT: 'Bottom left'};
const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
const BLANK = {siteId: '', name: '', colours: {accent: '#1f5fbf', onAccent: '#ffffff'}, position: 'BOTTOM_RIGHT',
  greeting: '', awayText: '', businessHours: null, preChatFields: [], allowedOrigins: []};

/**
 * Sites (ADMIN): the websites that embed the widget. Lists them from the query side, creates and
 * changes one with the command side's `PUT /api/sites/{siteId}` (the whole configuration each time),
 * shows the server's refusal as it is, and the one tag a website adds to embed the widget.
 */
export function SitesPage({client}) {
  const [sites, setSites] = useState([]);
  const [editing, setEditing] = useState(null); // the draft shown in the form, or null
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);

  async function load() {
    const list = (await client.rest('GET', '/api/query/sites')).body;
    setSites(list);
    return list;
  }

  useEffect(() => {
    load().catch((refused) => setProblem(`Sites not loaded: ${refused.message ?? refused.code}`));
  }, []);

  function edit(site) {
    setProblem(null);
    setDone(null);
    setEditing(site ? draftOf(site) : {...BLANK, isNew: true});
  }

  /** Saves the draft, then loads the list until the query side shows a newer version of the site. */
  async function save(draft) {
    setProblem(null);
    setDone(null);
    const current = sites.find((site) => site.siteId === draft.siteId);
    if (draft.isNew && current) {
      setProblem(`A site with the id ${draft.siteId} exists already: choose it in the list to change it.`);
      return;
    }
    if (current && JSON.stringify(requestOf(draftOf(current))) === JSON.stringify(requestOf(draft))) {
      setDone('Nothing changed.'); // the site records no event, so no new version would ever show
      return;
    }
    const before = current?.version ?? -1;
    try {
      await client.rest('PUT', `/api/sites/${encodeURIComponent(draft.siteId)}`, requestOf(draft));
    } catch (refused) {
      setProblem(`${draft.name.trim() || draft.siteId} not saved: ${refused.message ?? refused.code} (${refused.code})`);
      return;
    }
    for (let tries = 0; tries < TRIES; tries++) {
      const shown = (await load()).find((site) => site.siteId === draft.siteId);
      if (shown && shown.version > before) {
        setEditing(draftOf(shown));
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    setDone(`${draft.name} saved.`);
  }

  return html`
    <section class="page sites" aria-label="Sites">
      <h2>Sites</h2>
      <p class="hint">A site is a website that embeds the chat widget. Changes reach the widget within 30 seconds.</p>
      <div class="sites-layout">
        <div class="sites-side">
          <button id="site-new" onClick=${() => edit(null)}>New site…</button>
          <ul class="sites-list" id="sites-list" aria-label="Configured sites">
            ${sites.map((site) => html`<li key=${site.siteId}>
              <button data-site=${site.siteId} aria-current=${editing?.siteId === site.siteId && !editing.isNew ? 'true' : 'false'}
                      onClick=${() => edit(site)}>
                <span class="site-name">${site.name}</span> <code>${site.siteId}</code></button></li>`)}
          </ul>
          ${sites.length === 0 && html`<p class="hint">No site yet.</p>`}
        </div>
        <div class="sites-main">
          ${problem && html`<p class="problem" role="alert" id="site-problem">${problem}</p>`}
          <p class="done" role="status" id="site-done">${done ?? ''}</p>
          ${editing && !editing.isNew && html`<${Snippet} siteId=${editing.siteId} />`}
          ${editing && html`<${SiteForm} key=${editing.isNew ? 'new' : editing.siteId} initial=${editing} onSave=${save} />`}
        </div>
      </div>
    </section>`;
}

/** What the form edits: the site's view, with texts never null and the origins one per line. */
function draftOf(site) {
  return {...BLANK, ...site, greeting: site.greeting ?? '', awayText: site.awayText ?? '',
    preChatFields: site.preChatFields.map((field) => ({...field})),
    businessHours: site.businessHours && {timeZone: site.businessHours.timeZone, hours: site.businessHours.hours.map((h) => ({...h}))},
    isNew: false};
}

/** The Site API's body: empty texts are absent (the API refuses blank ones), origins one per line. */
function requestOf(draft) {
  const text = (value) => (value.trim() ? value : null);
  return {name: draft.name.trim(), colours: draft.colours, position: draft.position, greeting: text(draft.greeting),
    awayText: text(draft.awayText), businessHours: draft.businessHours, preChatFields: draft.preChatFields,
    allowedOrigins: draft.allowedOrigins.map((origin) => origin.trim()).filter(Boolean)};
}

function SiteForm({initial, onSave}) {
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const first = useRef(null);
  useEffect(() => first.current?.focus(), []);
  const set = (changes) => setDraft((current) => ({...current, ...changes}));
  const hours = draft.businessHours;
  const setHours = (changes) => set({businessHours: {...hours, ...changes}});
  const setStretch = (index, changes) => setHours({hours: hours.hours.map((one, at) => (at === index ? {...one, ...changes} : one))});
  const setField = (index, changes) => set({preChatFields: draft.preChatFields.map((one, at) => (at === index ? {...one, ...changes} : one))});

  async function submit(event) {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  }

  return html`
    <form class="site-form" id="site-form" onSubmit=${submit} aria-label=${draft.isNew ? 'New site' : `Site ${draft.siteId}`}>
      <fieldset>
        <legend>Site</legend>
        <label>Site id <input name="siteId" required pattern="[a-z0-9][a-z0-9\\-]{0,63}" autocomplete="off" ref=${draft.isNew ? first : null}
          readOnly=${!draft.isNew} value=${draft.siteId} onInput=${(e) => set({siteId: e.target.value.trim()})}
          title="1 to 64 lower-case letters, digits or dashes" /></label>
        <label>Name <input name="name" required maxLength="100" autocomplete="off" value=${draft.name} ref=${draft.isNew ? null : first}
          onInput=${(e) => set({name: e.target.value})} /></label>
      </fieldset>
      <fieldset>
        <legend>Look</legend>
        <label>Accent colour <input name="accent" type="color" value=${draft.colours.accent}
          onInput=${(e) => set({colours: {...draft.colours, accent: e.target.value.toLowerCase()}})} /></label>
        <label>Text on the accent <input name="onAccent" type="color" value=${draft.colours.onAccent}
          onInput=${(e) => set({colours: {...draft.colours, onAccent: e.target.value.toLowerCase()}})} /></label>
        <label>Position <select name="position" value=${draft.position} onChange=${(e) => set({position: e.target.value})}>
          ${Object.entries(POSITIONS).map(([value, words]) => html`<option value=${value}>${words}</option>`)}</select></label>
      </fieldset>
      <fieldset>
        <legend>Texts</legend>
        <label class="wide">Greeting <textarea name="greeting" rows="2" maxLength="500" value=${draft.greeting}
          onInput=${(e) => set({greeting: e.target.value})}></textarea></label>
        <label class="wide">Away text <textarea name="awayText" rows="2" maxLength="500" value=${draft.awayText}
          onInput=${(e) => set({awayText: e.target.value})}></textarea></label>
      </fieldset>
      <fieldset class="hours">
        <legend>Business hours</legend>
        <label class="check"><input type="checkbox" name="hasHours" checked=${!!hours}
          onChange=${(e) => set({businessHours: e.target.checked ? {timeZone: localZone(), hours: []} : null})} />
          Staff answer only in business hours</label>
        ${hours && html`
          <label>Time zone <input name="timeZone" list="site-zones" required autocomplete="off" value=${hours.timeZone}
            onInput=${(e) => setHours({timeZone: e.target.value.trim()})} /></label>
          <datalist id="site-zones">${ZONES.map((zone) => html`<option value=${zone} />`)}</datalist>
          <ol class="rows" aria-label="Opening hours">
            ${hours.hours.map((stretch, index) => html`<li class="stretch">
              <label>Day <select value=${stretch.day} onChange=${(e) => setStretch(index, {day: e.target.value})}>
                ${DAYS.map((day) => html`<option value=${day}>${day[0] + day.slice(1).toLowerCase()}</option>`)}</select></label>
              <label>Opens <input class="time" required pattern="([01][0-9]|2[0-3]):[0-5][0-9]" placeholder="09:00"
                value=${stretch.opens} onInput=${(e) => setStretch(index, {opens: e.target.value.trim()})} /></label>
              <label>Closes <input class="time" required pattern="([01][0-9]|2[0-3]):[0-5][0-9]|24:00" placeholder="17:00"
                value=${stretch.closes} onInput=${(e) => setStretch(index, {closes: e.target.value.trim()})} /></label>
              <button type="button" class="remove" aria-label=${`Remove opening hours ${index + 1}`}
                onClick=${() => setHours({hours: hours.hours.filter((_, at) => at !== index)})}>Remove</button></li>`)}
          </ol>
          <button type="button" class="add" id="site-add-hours"
            onClick=${() => setHours({hours: [...hours.hours, {day: 'MONDAY', opens: '09:00', closes: '17:00'}]})}>
            Add opening hours</button>`}
      </fieldset>
      <fieldset>
        <legend>Pre-chat form</legend>
        <ol class="rows" aria-label="Pre-chat fields">
          ${draft.preChatFields.map((field, index) => html`<li class="prechat-field">
            <label>Key <input required pattern="[a-z][a-z0-9\\-]{0,31}" autocomplete="off" value=${field.key}
              onInput=${(e) => setField(index, {key: e.target.value.trim()})} /></label>
            <label>Label <input required maxLength="100" autocomplete="off" value=${field.label}
              onInput=${(e) => setField(index, {label: e.target.value})} /></label>
            <label>Kind <select value=${field.type} onChange=${(e) => setField(index, {type: e.target.value})}>
              ${FIELD_TYPES.map((type) => html`<option value=${type}>${type.toLowerCase()}</option>`)}</select></label>
            <label class="check"><input type="checkbox" checked=${field.required}
              onChange=${(e) => setField(index, {required: e.target.checked})} /> Required</label>
            <button type="button" class="remove" aria-label=${`Remove pre-chat field ${index + 1}`}
              onClick=${() => set({preChatFields: draft.preChatFields.filter((_, at) => at !== index)})}>Remove</button></li>`)}
        </ol>
        <button type="button" class="add" id="site-add-field"
          onClick=${() => set({preChatFields: [...draft.preChatFields, {key: '', label: '', type: 'TEXT', required: false}]})}>
          Add a question</button>
      </fieldset>
      <fieldset>
        <legend>Allowed origins</legend>
        <label class="wide">Web origins the widget may run on, one per line (https://shop.example)
          <textarea name="allowedOrigins" rows="3" autocomplete="off" value=${draft.allowedOrigins.join('\n')}
            onInput=${(e) => set({allowedOrigins: e.target.value.split('\n')})}></textarea></label>
        <p class="hint">None: only pages on Lifeline's own address may use the widget.</p>
      </fieldset>
      <button type="submit" class="save" disabled=${saving}>${draft.isNew ? 'Create site' : 'Save changes'}</button>
    </form>`;
}

/** The tag a website adds, as text to copy. */
function Snippet({siteId}) {
  const [copied, setCopied] = useState('');
  const box = useRef(null);
  const tag = `<script type="module" src="${location.origin}/widget/widget.js" data-lifeline-site="${siteId}"></script>`;

  async function copy() {
    box.current.select();
    try {
      await navigator.clipboard.writeText(tag);
      setCopied('Copied.');
    } catch (notAllowed) {
      setCopied('Selected: press Ctrl+C (⌘C) to copy.');
    }
  }

  return html`
    <section class="snippet" aria-label="Embed snippet">
      <h3>Embed on the site</h3>
      <label for="site-snippet">Add this tag to every page of the site:</label>
      <textarea id="site-snippet" readOnly rows="2" value=${tag} ref=${box}></textarea>
      <button type="button" id="site-copy" onClick=${copy}>Copy</button> <span role="status" class="copied">${copied}</span>
    </section>`;
}

function localZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
