import {html, useState, useEffect} from './ui.js';

// Each part's module is loaded when the part is first opened (as the stats load their charts), so
// the console's first load does not carry the admins' forms.
const parts = [
  ['routing', 'Routing', () => import('./routing.js').then((module) => module.Routing)],
  ['targets', 'Response targets', () => import('./targets.js').then((module) => module.ResponseTargets)],
  ['auto-replies', 'Automated replies', () => import('./auto-replies.js').then((module) => module.AutoReplies)],
  ['canned', 'Canned replies', () => import('./canned-replies.js').then((module) => module.CannedReplies)],
];

/**
 * Automation (ADMIN): the rules Lifeline follows on its own, one part at a time: routing (teams,
 * rules, agents), response targets, automated replies with their business hours, canned replies.
 * Every change is a command over REST; each list is the query side's read model, loaded again
 * until it shows the change.
 */
export function Automation({client}) {
  const [part, setPart] = useState('targets');
  const [shown, setShown] = useState(null); // {name, Part}: the part's component once its module is loaded
  const [problem, setProblem] = useState(null);

  useEffect(() => {
    let current = true;
    setProblem(null);
    parts.find(([name]) => name === part)[2]()
      .then((Part) => current && setShown({name: part, Part}), (failed) => current && setProblem(`${part}: ${failed.message}`));
    return () => { current = false; };
  }, [part]);

  return html`
    <section class="page automation" aria-labelledby="automation-title">
      <h2 id="automation-title">Automation</h2>
      <nav class="parts" aria-label="Automation parts">
        ${parts.map(([name, title]) => html`
          <button data-part=${name} class=${part === name ? 'current' : ''} aria-current=${part === name ? 'true' : 'false'}
                  onClick=${() => setPart(name)}>${title}</button>`)}
      </nav>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      ${shown && shown.name === part ? html`<${shown.Part} key=${part} client=${client} />` : html`<p class="loading">Loading…</p>`}
    </section>`;
}
