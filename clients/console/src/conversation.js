import {html, useState, useEffect, useMemo, useRef} from './ui.js';
import {summary, timeline, receipts, addReceipt, commands} from './api.js';
import {catchUp} from './catch-up.js';
import {TimelineEntry} from './timeline-entry.js';
import {Reply} from './reply.js';
import {Actions} from './actions.js';
import {Place} from './place.js';

/** One conversation: where it stands, its timeline, the reply box; live from the socket. */
export function Conversation({client, staff, id}) {
  const [shown, setShown] = useState(null);
  const [seen, setSeen] = useState({delivered: -1, read: -1});
  const [typing, setTyping] = useState(false);
  const [problem, setProblem] = useState(null);
  const timelineList = useRef(null);
  const followRef = useRef(() => {});

  const load = useMemo(() => async () => {
    const [header, entries] = await Promise.all([summary(client, id), timeline(client, id)]);
    return {header, entries};
  }, [client, id]);

  useEffect(() => {
    let current = true;
    const show = (loaded) => current && setShown(loaded);
    load().then((loaded) => {
      show(loaded);
      // Its own subscription, unlike the inbox's, resumes after a drop from the last event handed on.
      if (current) client.subscribe(id, {after: loaded.header.lastSequence});
    }, (failed) => current && setProblem(failed.message));
    receipts(client, id).then((found) => current && setSeen(found), () => {});
    const follow = catchUp(load, (loaded, _, sequence) => loaded.header.lastSequence >= sequence, show);
    followRef.current = follow;
    const offEvents = client.on('event', (event) => {
      if (event.conversationId !== id) return;
      setSeen((before) => addReceipt(before, event));
      follow(id, event.sequence);
    });
    const offTyping = client.on('typing', (frame) => {
      if (frame.conversationId === id && String(frame.actor).startsWith('device:')) setTyping(frame.typing);
    });
    return () => { current = false; offEvents(); offTyping(); client.unsubscribe(id); };
  }, [load]);

  useEffect(() => { // what the console showed, the agent has read; the newest is in view
    const last = shown?.entries.at(-1)?.sequence;
    if (last != null) client.read(id, last);
    if (timelineList.current) timelineList.current.scrollTop = timelineList.current.scrollHeight;
  }, [shown?.entries.at(-1)?.sequence]);

  async function act(command, ...args) {
    setProblem(null);
    try {
      const {body} = await commands[command](client, id, ...args);
      followRef.current(id, body?.sequence ?? 0); // shown once stored, whether or not the socket brings the event
    } catch (refused) {
      setProblem(`${command}: ${refused.code ?? refused.message}`);
    }
  }

  if (!shown) {
    return html`<section class="conversation"><p class=${problem ? 'problem' : 'quiet'}>${problem ?? 'Loading…'}</p></section>`;
  }
  const {header, entries} = shown;
  return html`
    <section class="conversation" aria-label="Conversation" data-conversation=${id}>
      <${Header} header=${header} />
      <${Actions} header=${header} staff=${staff} act=${act} />
      ${problem && html`<p class="problem" role="alert">${problem}</p>`}
      <ol class="timeline" id="timeline" ref=${timelineList}>
        ${entries.map((entry) => html`<${TimelineEntry} key=${entry.sequence} entry=${entry} client=${client}
            conversationId=${id} staff=${staff} seen=${seen} />`)}
      </ol>
      ${typing && html`<p class="typing" id="typing">The visitor is typing…</p>`}
      ${header.status !== 'CLOSED' && html`<${Reply} client=${client} id=${id} />`}
    </section>`;
}

function Header({header}) {
  return html`
    <div class="header">
      <h2 class="subject">${header.subject || '(no subject)'}</h2>
      <p class="facts">
        <span class=${`priority ${header.priority}`} id="priority">${header.priority}</span>
        <span class="status" id="status">${header.status}</span>
        <span>${header.channel}</span>
        ${header.latitude != null && html`<${Place} latitude=${header.latitude} longitude=${header.longitude}
            accuracy=${header.accuracyMeters} />`}
      </p>
    </div>`;
}
