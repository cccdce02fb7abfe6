import {html, useState, useRef, useEffect, useLayoutEffect} from './ui.js';
import {CannedPicker} from './canned.js';

const TYPING_EVERY_MS = 3000;
const VISITOR_NAME = '{visitor.name}';

/**
 * The reply box: sends through the client's outbox (idempotent, kept across drops) with a typing
 * signal, as a reply to a chosen message when one is chosen; attaches a file, uploaded with its
 * progress shown, then sent as a message of its kind; or, switched to a private note, adds one over
 * REST (staff only, never shown to the visitor).
 */
export function Reply({client, id, replyingTo, onStopReplying}) {
  const [text, setText] = useState('');
  const [note, setNote] = useState(false);
  const [pending, setPending] = useState([]);
  const [problem, setProblem] = useState(null);
  const [uploading, setUploading] = useState(null); // {name, loaded, total}
  const lastTyping = useRef(0);
  const box = useRef(null);
  const selectAfterRender = useRef(null); // [start, end] of a placeholder for the agent to type over

  useEffect(() => { if (replyingTo) box.current?.focus(); }, [replyingTo]);
  useLayoutEffect(() => { // before the browser paints, so the agent's next key already replaces the placeholder
    if (selectAfterRender.current && box.current) {
      box.current.setSelectionRange(...selectAfterRender.current);
      selectAfterRender.current = null;
    }
  }, [text]);

  /** A canned reply goes after what is written; its {visitor.name}, which Lifeline cannot know, is selected to be typed over. */
  function addCanned(filled) {
    const start = text.trim() ? `${text} ` : '';
    const next = start + filled;
    const at = next.indexOf(VISITOR_NAME, start.length);
    selectAfterRender.current = at >= 0 ? [at, at + VISITOR_NAME.length] : null;
    setText(next);
    box.current?.focus();
  }

  function input(event) {
    setText(event.target.value);
    if (!note && Date.now() - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = Date.now();
      client.typing(id, true);
    }
  }

  function send(event) {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setText('');
    setProblem(null);
    if (note) {
      client.rest('POST', `/api/conversations/${id}/notes`, {text: body})
        .catch((refused) => { setText(body); setProblem(`note not added: ${refused.code ?? refused.message}`); });
      return;
    }
    lastTyping.current = 0;
    client.typing(id, false);
    deliver(body, body, replyingTo);
  }

  /** Hands a message to the outbox, shown as sending until the server has it. */
  function deliver(content, shown, answering) {
    setPending((before) => [...before, shown]);
    onStopReplying();
    client.send(id, content, {replyTo: answering?.messageId ?? null})
      .catch((refused) => setProblem(`not sent: ${refused.code ?? refused.message}`))
      .finally(() => setPending((before) => before.filter((kept) => kept !== shown)));
  }

  async function attach(event) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again
    if (!file) return;
    setProblem(null);
    setUploading({name: file.name, loaded: 0, total: file.size});
    try {
      const uploaded = await client.upload(id, file, {
        onProgress: ({loaded, total}) => setUploading({name: file.name, loaded, total}),
      });
      deliver({kind: uploaded.kind, attachment: uploaded.attachmentId}, uploaded.filename, replyingTo);
    } catch (refused) {
      setProblem(`${file.name} not uploaded: ${refused.message ?? refused.code}`);
    } finally {
      setUploading(null);
    }
  }

  function keys(event) {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
    if (event.key === 'Escape' && replyingTo) onStopReplying();
  }

  const percent = uploading && (uploading.total > 0 ? Math.floor((100 * uploading.loaded) / uploading.total) : 0);
  return html`
    <form class=${`reply${note ? ' as-note' : ''}`} id="reply" onSubmit=${send}>
      <div class="mode">
        <label><input type="checkbox" name="note" checked=${note} onChange=${(e) => setNote(e.target.checked)} />
          Private note (staff only)</label>
        ${!note && html`<label class="attach">Attach a file <input type="file" id="attach" disabled=${uploading !== null}
            onChange=${attach} /></label>`}
        ${!note && html`<${CannedPicker} client=${client}
            onPick=${addCanned} />`}
      </div>
      ${replyingTo && !note && html`<p class="replying" id="replying-to">Replying to ${replyingTo.who}: <q>${replyingTo.text}</q>
        <button type="button" class="cancel" aria-label="Do not reply to that message" onClick=${onStopReplying}>×</button></p>`}
      ${uploading && html`<p class="uploading">Uploading <span class="filename">${uploading.name}</span>
        <progress id="upload-progress" max="100" value=${percent} aria-label=${`Uploading ${uploading.name}`}></progress>
        <span class="percent">${percent} %</span></p>`}
      ${pending.map((body) => html`<p class="sending">Sending: ${body}</p>`)}
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      <textarea name="text" rows="3" ref=${box} placeholder=${note ? 'A note for staff only (Enter adds it)'
        : 'Reply to the visitor (Enter sends, Shift+Enter for a new line)'}
                aria-label="Reply" value=${text} onInput=${input} onKeyDown=${keys}></textarea>
      <button type="submit">${note ? 'Add note' : 'Send'}</button>
    </form>`;
}
