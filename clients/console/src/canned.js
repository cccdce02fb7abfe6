import {html, useState, useEffect, useRef} from './ui.js';

// Canned replies for the reply box: find the caller's (and their teams') replies by shortcut or
// text, and a chosen reply's text with {agent.name} filled by the server. The reply box shows
// `CannedPicker` and puts the text it is given where the staff member writes.

const WAIT_MS = 150;

/** The replies whose shortcut starts with `words` first, then those whose shortcut or text contains them. */
export async function findCanned(client, words, limit = 8) {
  const params = new URLSearchParams({limit: String(limit)});
  if (words) params.set('q', words);
  return (await client.rest('GET', `/api/query/canned-replies?${params}`)).body;
}

/** A reply's text ready to send: {agent.name} is the caller's display name; {visitor.name} is left for the agent (the reply box selects it to be typed over). */
export async function cannedText(client, cannedReplyId) {
  return (await client.rest('GET', `/api/query/canned-replies/${cannedReplyId}/text`)).body.text;
}

/**
 * A search field ("/shortcut") with the matching replies as a list below it: arrow keys move,
 * Enter picks (`onPick(text)` with the filled text), Escape closes.
 */
export function CannedPicker({client, onPick}) {
  const [words, setWords] = useState('');
  const [found, setFound] = useState([]);
  const [focused, setFocused] = useState(0);
  const [problem, setProblem] = useState(null);
  const asked = useRef(0);

  useEffect(() => {
    const query = words.replace(/^\//, '').trim();
    if (!query) {
      setFound([]);
      return undefined;
    }
    const ask = ++asked.current;
    const timer = setTimeout(() => findCanned(client, query).then((list) => {
      if (ask === asked.current) { setFound(list); setFocused(0); setProblem(null); }
    }, (refused) => setProblem(`canned replies: ${refused.message ?? refused.code}`)), WAIT_MS);
    return () => clearTimeout(timer);
  }, [words, client]);

  async function pick(reply) {
    try {
      onPick(await cannedText(client, reply.cannedReplyId));
      setWords('');
      setFound([]);
    } catch (refused) {
      setProblem(`/${reply.shortcut}: ${refused.message ?? refused.code}`);
    }
  }

  function keys(event) {
    if (event.key === 'ArrowDown' && found.length) { event.preventDefault(); setFocused((focused + 1) % found.length); }
    if (event.key === 'ArrowUp' && found.length) { event.preventDefault(); setFocused((focused - 1 + found.length) % found.length); }
    if (event.key === 'Enter') { // never the form's submit: in the reply box that would send what is written
      event.preventDefault();
      if (found[focused]) pick(found[focused]);
    }
    if (event.key === 'Escape') { setWords(''); setFound([]); }
  }

  return html`
    <div class="canned-picker">
      <input type="search" class="canned-search" placeholder="/shortcut" aria-label="Find a canned reply" value=${words}
             role="combobox" aria-expanded=${found.length > 0 ? 'true' : 'false'} aria-controls="canned-found" autocomplete="off"
             aria-activedescendant=${found[focused] ? `canned-${found[focused].cannedReplyId}` : undefined}
             onInput=${(e) => setWords(e.target.value)} onKeyDown=${keys} />
      ${found.length > 0 && html`<ul class="canned-found" id="canned-found" role="listbox" aria-label="Canned replies">
        ${found.map((reply, index) => html`
          <li role="option" id=${`canned-${reply.cannedReplyId}`} aria-selected=${index === focused ? 'true' : 'false'}
              class=${index === focused ? 'focused' : ''} onMouseDown=${(e) => { e.preventDefault(); pick(reply); }}>
            <span class="shortcut">/${reply.shortcut}</span> <span class="text">${reply.text}</span></li>`)}</ul>`}
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
    </div>`;
}
