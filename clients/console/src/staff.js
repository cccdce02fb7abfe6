import {html, useState, useRef, useEffect} from './ui.js';
import {useDirectory} from './directory.js';

const roles = ['AGENT', 'ANALYST', 'ADMIN'];
const PAUSE_MS = 250;
const TRIES = 40;

/**
 * Staff management (ADMIN): register an account, change a role, deactivate, reset a password (which
 * also lifts the sign-in throttling of the username: the "unlock"). Commands go to the command
 * side's routes; the list is the query side's directory, loaded again until it shows the change.
 */
export function StaffPage({client, staff: me}) {
  const directory = useDirectory();
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);

  /** Runs a command, then loads the directory until `shows` holds for it (the read model trails a moment). */
  async function run(words, command, shows) {
    setProblem(null);
    setDone(null);
    try {
      const answer = await command();
      for (let tries = 0; tries < TRIES && !shows(await directory.reload(), answer); tries++) {
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
      setDone(words);
      return true;
    } catch (refused) {
      setProblem(`${words.replace(/\.$/, '')}: ${refused.detail ?? refused.message ?? refused.code}`);
      return false;
    }
  }

  const member = (list, id) => list.find((one) => one.staffId === id);

  return html`
    <section class="page staff" aria-label="Staff">
      <h2>Staff</h2>
      <${Register} onRegister=${(fields) => run(`${fields.username} registered.`,
          () => client.rest('POST', '/api/staff', fields), (list, {body}) => member(list, body.staffId))} />
      ${problem && html`<p class="problem" role="alert" id="staff-problem">${problem}</p>`}
      <p class="done" role="status" id="staff-done">${done ?? ''}</p>
      <table class="staff-list" id="staff-list">
        <thead><tr><th>Name</th><th>Username</th><th>Role</th><th>Account</th><th>Password set</th><th>Actions</th></tr></thead>
        <tbody>${directory.staff.map((one) => html`<${Row} key=${one.staffId} member=${one} self=${one.staffId === me.staffId}
            onRole=${(role) => run(`${one.displayName} is now ${role}.`,
              () => client.rest('PUT', `/api/staff/${one.staffId}/role`, {role}), (list) => member(list, one.staffId)?.role === role)}
            onDeactivate=${() => run(`${one.displayName} deactivated.`,
              () => client.rest('POST', `/api/staff/${one.staffId}/deactivate`), (list) => !member(list, one.staffId)?.active)}
            onPassword=${(password) => run(`${one.displayName}'s password reset; they may sign in again.`,
              () => client.rest('PUT', `/api/staff/${one.staffId}/password`, {password}),
              (list) => member(list, one.staffId)?.passwordChangedAt !== one.passwordChangedAt)} />`)}
        </tbody>
      </table>
    </section>`;
}

function Register({onRegister}) {
  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const fields = Object.fromEntries(['username', 'displayName', 'role', 'password']
      .map((name) => [name, String(new FormData(form).get(name))]));
    if (await onRegister({...fields, username: fields.username.trim(), displayName: fields.displayName.trim()})) form.reset();
  }
  return html`
    <form class="staff-create" id="staff-create" onSubmit=${submit} aria-label="Register a staff member">
      <label>Username <input name="username" required autocomplete="off" /></label>
      <label>Display name <input name="displayName" required autocomplete="off" /></label>
      <label>Role <select name="role">${roles.map((role) => html`<option value=${role}>${role}</option>`)}</select></label>
      <label>Password <input name="password" type="password" required autocomplete="new-password" /></label>
      <button type="submit">Register</button>
    </form>`;
}

function Row({member, self, onRole, onDeactivate, onPassword}) {
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const opened = useRef(null); // what a keyboard user works on next: the confirmation, or the new password's field
  useEffect(() => opened.current?.focus(), [confirming, resetting]);
  const fixed = self || !member.active; // an admin neither demotes nor deactivates themself; a deactivated account stays so

  async function setPassword(event) {
    event.preventDefault();
    if (await onPassword(String(new FormData(event.target).get('password')))) setResetting(false);
  }

  return html`
    <tr data-staff=${member.staffId} class=${member.active ? '' : 'inactive'}>
      <th scope="row" class="name">${member.displayName}${self ? ' (you)' : ''}</th>
      <td class="username">${member.username}</td>
      <td><select class="role" aria-label=${`Role of ${member.displayName}`} value=${member.role} disabled=${fixed}
                  onChange=${(e) => onRole(e.target.value)}>
        ${roles.map((role) => html`<option value=${role}>${role}</option>`)}</select></td>
      <td class="account">${member.active ? 'active' : `deactivated ${when(member.deactivatedAt)}`}</td>
      <td class="password-set">${when(member.passwordChangedAt ?? member.registeredAt)}</td>
      <td><div class="row-actions">
        ${!fixed && (confirming
          ? html`<button class="confirm-deactivate" ref=${opened} onClick=${() => { setConfirming(false); onDeactivate(); }}>
              Deactivate ${member.displayName}</button>
              <button class="cancel" onClick=${() => setConfirming(false)}>Cancel</button>`
          : html`<button class="deactivate" onClick=${() => setConfirming(true)}>Deactivate…</button>`)}
        ${member.active && !self && (resetting
          ? html`<form class="reset-password" onSubmit=${setPassword}>
              <input name="password" type="password" required autocomplete="new-password" ref=${opened}
                     aria-label=${`New password for ${member.displayName}`} />
              <button type="submit">Set password</button>
              <button type="button" class="cancel" onClick=${() => setResetting(false)}>Cancel</button></form>`
          : html`<button class="reset" title="Also lifts the sign-in throttling of the username"
                         onClick=${() => setResetting(true)}>Reset password / unlock…</button>`)}
      </div></td>
    </tr>`;
}

function when(at) {
  return at ? new Date(at).toLocaleString() : '';
}
