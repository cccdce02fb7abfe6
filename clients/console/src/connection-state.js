import {html, useState, useEffect} from './ui.js';

const words = {idle: 'not connected', connecting: 'connecting…', open: 'live', waiting: 'reconnecting…', closed: 'closed'};

/** Whether the console's socket is live, so nobody mistakes a dropped line for a quiet inbox. */
export function ConnectionState({client}) {
  const [state, setState] = useState(client.state);
  useEffect(() => {
    const off = client.on('state', ({state: now}) => setState(now));
    setState(client.state); // a change between the first render and this effect would otherwise be missed for good
    return off;
  }, [client]);
  return html`<span class=${`connection ${state}`} id="connection">${words[state] ?? state}</span>`;
}
