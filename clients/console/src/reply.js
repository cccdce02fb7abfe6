import {html, useState, useRef} from './ui.js';

const TYPING_EVERY_MS = 3000;

/** The reply box: sends through the client's outbox (idempotent, kept across drops) with a typing signal. */
export function Reply({client, id}) {
  const [text, setText] = useState('');
  const [pending, setPending] = useState([]);
  const [problem, setProblem] = useState(null);
  const lastTyping = useRef(0);

  function input(event) {
    setText(event.target.value);
    if (Date.now() - lastTyping.current > TYPING_EVERY_MS) {
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
    <form class="reply" id="reply" onSubmit=${send}>
      ${pending.map((body) => html`<p class="sending">Sending: ${body}</p>`)}
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      <textarea name="text" rows="3" placeholder="Reply to the visitor (Enter sends, Shift+Enter for a new line)"
                aria-label="Reply" value=${text} onInput=${input} onKeyDown=${keys}></textarea>
      <button type="submit">Send</button>
    </form>`;
}
