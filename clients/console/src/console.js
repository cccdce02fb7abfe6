import {html, useState, useEffect} from './ui.js';
import {restore, signOut} from './connection.js';
import {SignIn} from './sign-in.js';
import {Inbox} from './inbox.js';
import {Conversation} from './conversation.js';
import {ConnectionState} from './connection-state.js';
import {Processors} from './processors.js';
import {Stats} from './stats.js';
import {Audit} from './audit.js';
import {StaffPage} from './staff.js';
import {SitesPage} from './sites.js';
import {Automation} from './automation.js';
import {DirectoryProvider, useStaffDirectory} from './directory.js';

/** The pages each role may open; the API refuses the rest anyway, the console just does not offer them. */
const pagesFor = {ADMIN: ['inbox', 'stats', 'audit', 'processors', 'staff', 'sites', 'automation'], AGENT: ['inbox'], ANALYST: ['inbox', 'stats', 'audit', 'processors']};
const titles = {inbox: 'Inbox', stats: 'Stats', audit: 'Audit', processors: 'Processors', staff: 'Staff', sites: 'Sites', automation: 'Automation'};

export function Console() {
  const [connection, setConnection] = useState(restore);
  const [page, setPage] = useState('inbox');
  const [open, setOpen] = useState(null);

  useEffect(() => connection?.client.on('error', (error) => {
    if (error.code === 'unauthorized') leave(); // the session ended elsewhere: sign in again
  }), [connection]);

  function leave() {
    if (connection) signOut(connection);
    setConnection(null);
    setOpen(null);
  }

  if (!connection) return html`<${SignIn} onSignedIn=${setConnection} />`;
  return html`<${Workspace} connection=${connection} page=${page} setPage=${setPage} open=${open} setOpen=${setOpen}
      leave=${leave} />`;
}

/** The signed-in console: the bar, and the page shown, with the staff directory for every page. */
function Workspace({connection, page, setPage, open, setOpen, leave}) {
  const {client, staff} = connection;
  const directory = useStaffDirectory(client, staff.staffId);
  return html`<${DirectoryProvider} value=${directory}>
    <header class="bar">
      <strong class="brand">Lifeline</strong>
      <nav aria-label="Pages">
        ${pagesFor[staff.role].map((name) => html`
          <button class=${page === name ? 'current' : ''} data-page=${name} aria-current=${page === name ? 'page' : 'false'}
                  onClick=${() => setPage(name)}>${titles[name]}</button>`)}
      </nav>
      <${ConnectionState} client=${client} />
      <span class="who" data-role=${staff.role} id="signed-in-as">${signedInAs(directory, staff)}</span>
      <button id="sign-out" onClick=${leave}>Sign out</button>
    </header>
    ${page === 'processors' ? html`<${Processors} client=${client} staff=${staff} />` : ''}
    ${page === 'audit' ? html`<${Audit} client=${client} />` : ''}
    ${page === 'staff' ? html`<${StaffPage} client=${client} staff=${staff} />` : ''}
    ${page === 'sites' ? html`<${SitesPage} client=${client} />` : ''}
    ${page === 'automation' ? html`<${Automation} client=${client} />` : ''}
    ${page === 'stats' ? html`<${Stats} client=${client} onOpenConversation=${(id) => { setOpen(id); setPage('inbox'); }} />` : ''}
    ${page === 'inbox' && html`
      <div class="work">
        <${Inbox} client=${client} staff=${staff} selected=${open} onOpen=${setOpen} />
        ${open
          ? html`<${Conversation} key=${open} client=${client} staff=${staff} id=${open} />`
          : html`<section class="conversation empty"><p>Choose a conversation (arrow keys or j/k, then Enter).</p></section>`}
      </div>`}
  <//>`;
}

function signedInAs(directory, staff) {
  const me = directory.staff.find((member) => member.staffId === staff.staffId);
  return me ? `${me.displayName} · ${staff.role}` : staff.role;
}
