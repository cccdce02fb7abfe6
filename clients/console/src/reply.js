import {html, useState, useRef} from './ui.js';

const TYPING_EVERY_MS = 3000;

/**
 * The reply box: sends through the client's outbox (idempotent, kept across drops) with a typing
 * signal; or, switched to a private note, adds one over REST (staff only, never shown to the visitor).
 */
export function Reply({client, id}) {
  const [text, setText] = useState('');
  const [note, setNote] = useState(false);
  const [pending, setPending] = useState([]);
  const [problem, setProblem] = useState(null);
  const lastTyping = useRef(0);

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
    setPending((before) => [...before, body]);
    client.send(id, body)
      .catch((refused) => setProblem(`not sent: ${refused.code ?? refused.message}`))
      .finally(() => setPending((before) => before.filter((kept) => kept !== body)));
  }

  function keys(event) {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
  }

  return html`
    <form class=${`reply${note ? ' as-note' : ''}`} id="reply" onSubmit=${send}>
      <label class="mode"><input type="checkbox" name="note" checked=${note} onChange=${(e) => setNote(e.target.checked)} />
        Private note (staff only)</label>
      ${pending.map((body) => html`<p class="sending">Sending: ${body}</p>`)}
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      <textarea name="text" rows="3" placeholder=${note ? 'A note for staff only (Enter adds it)'
        : 'Reply to the visitor (Enter sends, Shift+Enter for a new line)'}
                aria-label="Reply" value=${text} onInput=${input} onKeyDown=${keys}></textarea>
      <button type="submit">${note ? 'Add note' : 'Send'}</button>
    </form>`;
}
