import {html, useState, useEffect} from './ui.js';
import {useDirectory} from './directory.js';
import {useReadModel, useCommand, Outcome} from './read-model.js';

const strategies = [['ROUND_ROBIN', 'round robin'], ['LEAST_LOADED', 'least loaded']];
const contexts = ['SUPPORT', 'EMERGENCY', 'REQUEST', 'JOB', 'BID', 'GENERAL'];
const channels = ['MOBILE', 'WIDGET', 'STAFF'];
const availabilities = ['ONLINE', 'AWAY', 'OFFLINE'];

/**
 * Routing (ADMIN): teams with their strategy and members, the routing rules in the order they are
 * tried, and each agent's availability and capacity. Read from /api/query/routing/..., changed over
 * /api/teams, /api/routing-rules and /api/agents/{id}/....
 */
export function Routing({client}) {
  const teams = useReadModel(client, '/api/query/routing/teams');
  const rules = useReadModel(client, '/api/query/routing/rules');
  const agents = useReadModel(client, '/api/query/routing/agents');
  const {staff, nameOf} = useDirectory();
  const {problem, done, run} = useCommand();
  const answering = staff.filter((one) => one.active && one.role !== 'ANALYST');
  const team = (list, id) => list.find((one) => one.teamId === id);
  const teamName = (id) => team(teams.data ?? [], id)?.name ?? (teams.data ? 'a removed team' : '…');

  const act = {
    createTeam: (fields) => run({done: `Team ${fields.name} created.`, failed: 'Team not created'},
      () => client.rest('POST', '/api/teams', fields), teams.load, (list, {body}) => team(list, body.teamId)),
    rename: (one, name) => run({done: `Team ${one.name} renamed to ${name}.`, failed: 'Team not renamed'},
      () => client.rest('PUT', `/api/teams/${one.teamId}/name`, {name}), teams.load,
      (list) => team(list, one.teamId)?.name === name),
    strategy: (one, strategy) => run({done: `Team ${one.name} now picks ${strategyName(strategy)}.`, failed: 'Strategy not changed'},
      () => client.rest('PUT', `/api/teams/${one.teamId}/strategy`, {strategy}), teams.load,
      (list) => team(list, one.teamId)?.strategy === strategy),
    addMember: (one, staffId) => run({done: `${nameOf(staffId)} joined ${one.name}.`, failed: 'Member not added'},
      () => client.rest('PUT', `/api/teams/${one.teamId}/members/${staffId}`), teams.load,
      (list) => team(list, one.teamId)?.members.includes(staffId)),
    removeMember: (one, staffId) => run({done: `${nameOf(staffId)} left ${one.name}.`, failed: 'Member not removed'},
      () => client.rest('DELETE', `/api/teams/${one.teamId}/members/${staffId}`), teams.load,
      (list) => !team(list, one.teamId)?.members.includes(staffId)),
    createRule: (fields) => run({done: `Rule to ${teamName(fields.teamId)} created.`, failed: 'Rule not created'},
      () => client.rest('POST', '/api/routing-rules', fields), rules.load,
      (list, {body}) => list.some((one) => one.ruleId === body.ruleId)),
    removeRule: (rule) => run({done: `Rule to ${teamName(rule.teamId)} removed.`, failed: 'Rule not removed'},
      () => client.rest('DELETE', `/api/routing-rules/${rule.ruleId}`), rules.load,
      (list) => !list.some((one) => one.ruleId === rule.ruleId)),
    availability: (staffId, availability) => run({done: `${nameOf(staffId)} is ${availability}.`, failed: 'Availability not set'},
      () => client.rest('PUT', `/api/agents/${staffId}/availability`, {availability}), agents.load,
      (list) => list.find((one) => one.staffId === staffId)?.availability === availability),
    capacity: (staffId, capacity) => run({done: `${nameOf(staffId)} takes up to ${capacity} conversations.`, failed: 'Capacity not set'},
      () => client.rest('PUT', `/api/agents/${staffId}/capacity`, {capacity}), agents.load,
      (list) => list.find((one) => one.staffId === staffId)?.capacity === capacity),
  };

  return html`
    <section class="automation-part routing" aria-labelledby="routing-title">
      <h3 id="routing-title">Routing</h3>
      <${Outcome} id="routing" problem=${problem ?? teams.problem ?? rules.problem ?? agents.problem} done=${done} />
      <h4>Teams</h4>
      <${TeamForm} onCreate=${act.createTeam} />
      <ul class="teams" id="teams-list">
        ${(teams.data ?? []).map((one) => html`<${Team} key=${one.teamId} team=${one} act=${act} nameOf=${nameOf}
            candidates=${answering.filter((member) => !one.members.includes(member.staffId))} />`)}
      </ul>
      <h4>Routing rules <span class="hint">(tried by ascending order; the first that matches sends the conversation to its team)</span></h4>
      <${RuleForm} teams=${teams.data ?? []} onCreate=${act.createRule} />
      <table class="settings-list" id="routing-rules-list">
        <thead><tr><th>Order</th><th>Context</th><th>Channel</th><th>Team</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${(rules.data ?? []).map((rule) => html`
          <tr key=${rule.ruleId} data-rule=${rule.ruleId}>
            <td>${rule.order}</td><td>${rule.context ?? 'any'}</td><td>${rule.channel ?? 'any'}</td><td>${teamName(rule.teamId)}</td>
            <td><button class="remove" aria-label=${`Remove the rule to ${teamName(rule.teamId)} (order ${rule.order})`}
                        onClick=${() => act.removeRule(rule)}>Remove</button></td>
          </tr>`)}</tbody>
      </table>
      <h4>Agents</h4>
      <table class="settings-list" id="agents-list">
        <thead><tr><th>Agent</th><th>Availability</th><th>Capacity</th><th>Holding</th></tr></thead>
        <tbody>${answering.map((member) => html`<${Agent} key=${member.staffId} member=${member} act=${act}
            desk=${(agents.data ?? []).find((one) => one.staffId === member.staffId)} />`)}</tbody>
      </table>
    </section>`;
}

function Team({team, act, nameOf, candidates}) {
  const [name, setName] = useState(team.name);
  const [joining, setJoining] = useState('');
  return html`
    <li class="team" data-team=${team.teamId}>
      <form class="rename" onSubmit=${(e) => { e.preventDefault(); act.rename(team, name.trim()); }}>
        <input value=${name} required aria-label=${`Name of team ${team.name}`} onInput=${(e) => setName(e.target.value)} />
        <button type="submit" disabled=${name.trim() === team.name}>Rename</button>
      </form>
      <label>Strategy <select value=${team.strategy} onChange=${(e) => act.strategy(team, e.target.value)}>
        ${strategies.map(([value, words]) => html`<option value=${value}>${words}</option>`)}</select></label>
      <span class="members">
        ${team.members.length === 0 && html`<span class="quiet">no members</span>`}
        ${team.members.map((staffId) => html`<span class="label member">${nameOf(staffId)}
          <button class="remove" aria-label=${`Remove ${nameOf(staffId)} from ${team.name}`}
                  onClick=${() => act.removeMember(team, staffId)}>×</button></span>`)}
      </span>
      <span class="join">
        <select value=${joining} aria-label=${`Add a member to ${team.name}`} onChange=${(e) => setJoining(e.target.value)}>
          <option value="">Add a member…</option>
          ${candidates.map((one) => html`<option value=${one.staffId}>${one.displayName}</option>`)}</select>
        <button disabled=${!joining} onClick=${() => act.addMember(team, joining).then(() => setJoining(''))}>Add</button>
      </span>
    </li>`;
}

function TeamForm({onCreate}) {
  const [name, setName] = useState('');
  const [strategy, setStrategy] = useState('ROUND_ROBIN');
  async function submit(event) {
    event.preventDefault();
    if (await onCreate({name: name.trim(), strategy})) setName('');
  }
  return html`
    <form class="settings-form" id="team-form" aria-label="Create a team" onSubmit=${submit}>
      <label>Team name <input name="name" required autocomplete="off" value=${name} onInput=${(e) => setName(e.target.value)} /></label>
      <label>Strategy <select name="strategy" value=${strategy} onChange=${(e) => setStrategy(e.target.value)}>
        ${strategies.map(([value, words]) => html`<option value=${value}>${words}</option>`)}</select></label>
      <button type="submit">Create team</button>
    </form>`;
}

function RuleForm({teams, onCreate}) {
  const [fields, setFields] = useState({order: '10', context: '', channel: '', teamId: ''});
  const set = (name) => (event) => setFields((before) => ({...before, [name]: event.target.value}));
  async function submit(event) {
    event.preventDefault();
    await onCreate({order: Number(fields.order || 0), context: fields.context || null, channel: fields.channel || null,
      teamId: fields.teamId || null});
  }
  return html`
    <form class="settings-form" id="routing-rule-form" aria-label="Create a routing rule" onSubmit=${submit}>
      <label>Order <input type="number" min="0" value=${fields.order} onInput=${set('order')} /></label>
      <label>Context <select value=${fields.context} onChange=${set('context')}><option value="">any</option>
        ${contexts.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      <label>Channel <select value=${fields.channel} onChange=${set('channel')}><option value="">any</option>
        ${channels.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      <label>Team <select value=${fields.teamId} onChange=${set('teamId')}><option value="">choose…</option>
        ${teams.map((team) => html`<option value=${team.teamId}>${team.name}</option>`)}</select></label>
      <button type="submit">Create rule</button>
    </form>`;
}

function Agent({member, desk, act}) {
  const [capacity, setCapacity] = useState(desk?.capacity ?? '');
  useEffect(() => setCapacity(desk?.capacity ?? ''), [desk?.capacity]); // the desk's list may arrive after the row
  return html`
    <tr data-agent=${member.staffId}>
      <th scope="row">${member.displayName}</th>
      <td><select value=${desk?.availability ?? 'OFFLINE'} aria-label=${`Availability of ${member.displayName}`}
                  onChange=${(e) => act.availability(member.staffId, e.target.value)}>
        ${availabilities.map((a) => html`<option value=${a}>${a}</option>`)}</select></td>
      <td><form class="capacity" onSubmit=${(e) => { e.preventDefault(); act.capacity(member.staffId, Number(capacity)); }}>
        <input type="number" min="0" max="1000" required value=${capacity} placeholder="default"
               aria-label=${`Capacity of ${member.displayName}`} onInput=${(e) => setCapacity(e.target.value)} />
        <button type="submit">Set</button></form></td>
      <td>${desk?.load ?? 0}</td>
    </tr>`;
}

function strategyName(strategy) {
  return strategies.find(([value]) => value === strategy)?.[1] ?? strategy;
}
