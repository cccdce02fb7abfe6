import {html, useState} from './ui.js';
import {signIn} from './connection.js';

const refusals = {unauthorized: 'Wrong username or password.', 'sign-in-throttled': 'Too many attempts: wait a minute.'};

export function SignIn({onSignedIn}) {
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    setBusy(true);
    setProblem(null);
    try {
      onSignedIn(await signIn(String(form.get('username')), String(form.get('password'))));
    } catch (refused) {
      setProblem(refusals[refused.code] ?? `Could not sign in (${refused.code ?? refused.message}).`);
      setBusy(false);
    }
  }

  return html`
    <form class="sign-in" id="sign-in" onSubmit=${submit}>
      <h1>Lifeline console</h1>
      <label>Username <input name="username" autocomplete="username" required autofocus /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      <button type="submit" disabled=${busy}>Sign in</button>
    </form>`;
}
