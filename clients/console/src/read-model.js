import {html, useState, useEffect, useCallback} from './ui.js';

// What the admin pages share: a query-side list loaded at once and again after a change, commands
// that wait until the read model shows what they did (it trails the command side by a moment), and
// what the page says about it: the REST problem's detail and code, or what was done.

const PAUSE_MS = 250;
const TRIES = 40;

/** A query-side answer at `path`: `data` (null until loaded), `load()` (resolves with the answer), `problem`. */
export function useReadModel(client, path) {
  const [data, setData] = useState(null);
  const [problem, setProblem] = useState(null);
  const load = useCallback(async () => {
    const {body} = await client.rest('GET', path);
    setData(body);
    setProblem(null);
    return body;
  }, [client, path]);
  useEffect(() => {
    load().catch((refused) => setProblem(`${path}: ${explain(refused)}`));
  }, [load]);
  return {data, load, problem};
}

/**
 * `run({done, failed}, command, reload, shows)`: sends the command, then reloads until `shows(answer of
 * reload, answer of command)` holds (at most ten seconds), and says `done`; a refusal is said as
 * `failed: <the problem's detail> (<its code>)`. Resolves with whether the command was accepted.
 */
export function useCommand() {
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);
  async function run(words, command, reload, shows = () => true) {
    setProblem(null);
    setDone(null);
    let answer;
    try {
      answer = await command();
    } catch (refused) {
      setProblem(`${words.failed}: ${explain(refused)}`);
      return false;
    }
    try {
      for (let tries = 0; tries < TRIES && !shows(await reload(), answer); tries++) {
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    } catch (unread) {
      setProblem(`${words.done} The list could not be loaded again: ${explain(unread)}`);
      return true;
    }
    setDone(words.done);
    return true;
  }
  return {problem, done, run};
}

/** A refusal as staff read it: the problem's detail, then its stable code. */
export function explain(refused) {
  const detail = refused?.message || 'no answer';
  return refused?.code && refused.code !== detail ? `${detail} (${refused.code})` : detail;
}

/** The outcome line of a section: its problem as an alert, or what was done as a status. */
export function Outcome({id, problem, done}) {
  return html`
    ${problem && html`<p class="problem" role="alert" id=${`${id}-problem`}>${problem}</p>`}
    <p class="done" role="status" id=${`${id}-done`}>${problem ? '' : done ?? ''}</p>`;
}
