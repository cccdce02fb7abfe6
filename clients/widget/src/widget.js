/**
 * Lifeline's website widget: one `<script type="module">` on any page gives its visitors a chat
 * launcher and a conversation panel, drawn in a shadow root so the page's styles neither reach in
 * nor out. It speaks to Lifeline through the JavaScript client (`/client/`), which keeps unsent
 * messages and the visitor's device across reloads. No dependencies, no build step.
 *
 * ```html
 * <script type="module" src="https://chat.example.org/widget/widget.js" data-lifeline-site="shop"></script>
 * ```
 * @module
 */
import {DeviceSession, LifelineClient, WebStorage, newClientId} from '../client/lifeline-client.js';
import {el, icon, setText} from './dom.js';
import {describe, isOpen} from './hours.js';

const BASE_URL = new URL(import.meta.url).origin;
const TYPING_SHOWN_MS = 6000;
const TYPING_REPEAT_MS = 3000;
const TYPING_IDLE_MS = 4000;
const RETRY_START_MS = 3000;
const ICONS = {
  chat: 'M4 5h16v11H9l-5 4z',
  attach: 'M16 7l-7 7a2 2 0 0 0 3 3l7-7a4 4 0 0 0-6-6l-7 7a6 6 0 0 0 9 9l6-6',
  voice: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4',
};
const DEFAULTS = {name: 'Chat', colours: {accent: '#1f5fbf', onAccent: '#ffffff'}, position: 'BOTTOM_RIGHT',
  greeting: null, awayText: null, businessHours: null, preChatFields: []};

/**
 * @typedef {{siteId: string, userId?: string, userHash?: string, baseUrl?: string, open?: boolean,
 *            container?: HTMLElement}} WidgetOptions
 */

/**
 * Puts the widget on the page. Answers the widget, whose `element` is the host element and
 * `ready` a promise settled once its settings are read and any earlier conversation is restored.
 * @param {WidgetOptions} options
 */
export function mount(options) {
  if (!options || !options.siteId) throw new TypeError('the Lifeline widget needs a siteId');
  return new Widget(options);
}

class Widget {
  /** @param {WidgetOptions} options */
  constructor({siteId, userId, userHash, baseUrl = BASE_URL, open = false, container = document.body}) {
    this.siteId = siteId;
    this.baseUrl = baseUrl;
    this.storage = new WebStorage({prefix: `lifeline.widget.${siteId}.`});
    this.session = new DeviceSession({baseUrl, storage: this.storage, siteId, userId, userHash});
    this.client = new LifelineClient({baseUrl, session: this.session, storage: this.storage});
    this.settings = DEFAULTS;
    /** @type {string|null} */
    this.conversationId = this.storage.get('conversation') ?? null;
    /** @type {{clientId: string, text: string}[]} messages typed before the conversation could start */
    this.unstarted = this.storage.get('unstarted') ?? [];
    this.lastRead = this.storage.get('lastRead') ?? -1;
    /** @type {Map<string, HTMLElement>} shown messages by message id */
    this.shown = new Map();
    /** @type {Map<string, HTMLElement>} messages on their way, by client id */
    this.sending = new Map();
    this.unread = 0;
    this.starting = null;
    this.typingSent = 0;
    this.typingTimer = null;
    this.theirTypingTimer = null;
    this.build(container);
    this.listen();
    this.ready = this.start(open);
  }

  async start(open) {
    try {
      const answer = await fetch(`${this.baseUrl}/api/query/sites/${encodeURIComponent(this.siteId)}/widget`);
      if (answer.ok) this.settings = {...DEFAULTS, ...(await answer.json())};
    } catch {
      // the defaults do: the visitor can still write
    }
    this.applySettings();
    this.unstarted.forEach(({clientId, text}) => this.showSending(clientId, text));
    if (this.conversationId) this.resume();
    else if (this.unstarted.length) this.startConversation().catch(() => {});
    if (open) this.open();
  }

  // --- the elements ----------------------------------------------------------------------------

  /** @param {HTMLElement} container */
  build(container) {
    this.host = el('div', {'data-lifeline-widget': this.siteId});
    // Inline styles with !important outrank every rule of the page, `* { all: unset }` included.
    const hostStyle = {all: 'initial', position: 'fixed', bottom: '20px', 'z-index': '2147483647', display: 'block'};
    Object.entries(hostStyle).forEach(([name, value]) => this.host.style.setProperty(name, value, 'important'));
    this.root = this.host.attachShadow({mode: 'open'});
    this.root.append(el('link', {rel: 'stylesheet', href: new URL('widget.css', import.meta.url).href}));

    this.badge = el('span', {class: 'badge', hidden: true});
    this.launcher = el('button', {type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'panel',
      'aria-haspopup': 'dialog'}, [icon(ICONS.chat),
      el('span', {class: 'label'}, ['Chat']), this.badge]);
    this.title = el('h2', {class: 'title', id: 'title'});
    this.status = el('p', {class: 'status', id: 'status'});
    this.closeButton = el('button', {type: 'button', class: 'close', 'aria-label': 'Close chat'}, ['×']);
    this.notice = el('p', {class: 'notice', role: 'alert', hidden: true});
    this.log = el('ol', {class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages', tabindex: '0'});
    this.theirTyping = el('p', {class: 'typing', role: 'status', 'aria-live': 'polite'});
    this.prechat = el('form', {class: 'prechat', hidden: true, 'aria-label': 'Before we start'});
    this.rating = el('form', {class: 'rating', hidden: true, 'aria-label': 'Rate this conversation'});
    this.text = el('textarea', {id: 'text', rows: '2', placeholder: 'Write a message…', maxlength: '4000'});
    this.fileInput = el('input', {type: 'file', hidden: true, tabindex: '-1',
      accept: 'image/*,application/pdf,text/plain,.docx,.xlsx,.pptx,.odt,.ods,.odp'});
    this.attachButton = el('button', {type: 'button', class: 'attach', 'aria-label': 'Attach a photo or file'}, [icon(ICONS.attach)]);
    this.voiceButton = el('button', {type: 'button', class: 'voice', 'aria-label': 'Record a voice note',
      'aria-pressed': 'false', hidden: !canRecord()}, [icon(ICONS.voice)]);
    this.sendButton = el('button', {type: 'submit', class: 'send'}, ['Send']);
    this.composer = el('form', {class: 'composer'}, [
      el('label', {for: 'text', class: 'visually-hidden'}, ['Message']), this.text, this.fileInput,
      this.attachButton, this.voiceButton, this.sendButton]);
    this.panel = el('section', {class: 'panel', id: 'panel', role: 'dialog', 'aria-modal': 'false',
      'aria-labelledby': 'title', 'aria-describedby': 'status', hidden: true}, [
      el('header', {}, [el('div', {}, [this.title, this.status]), this.closeButton]),
      this.notice, this.log, this.theirTyping, this.rating, this.prechat, this.composer]);
    this.root.append(this.launcher, this.panel);
    container.append(this.host);
  }

  applySettings() {
    const {name, colours, position} = this.settings;
    setText(this.title, name);
    this.launcher.setAttribute('aria-label', `Open chat with ${name}`);
    this.host.style.setProperty('--accent', colours.accent);
    this.host.style.setProperty('--on-accent', colours.onAccent);
    this.host.style.setProperty(position === 'BOTTOM_LEFT' ? 'left' : 'right', '20px', 'important');
    this.host.dataset.position = position;
    this.showHours();
    if (this.settings.greeting) {
      this.log.prepend(el('li', {class: 'message theirs greeting'}, [el('p', {class: 'body'}, [this.settings.greeting])]));
    }
    if (this.needsPrechat()) this.buildPrechat();
  }

  showHours() {
    const open = isOpen(this.settings.businessHours);
    this.host.dataset.open = String(open);
    const hours = this.settings.businessHours ? ` Hours: ${describe(this.settings.businessHours)}.` : '';
    setText(this.status, open ? 'We usually answer within minutes.'
      : `${this.settings.awayText || 'We are away right now. Leave a message and we will answer when we are back.'}${hours}`);
  }

  needsPrechat() {
    return !this.conversationId && !this.unstarted.length && this.settings.preChatFields.length > 0;
  }

  buildPrechat() {
    const fields = this.settings.preChatFields.map((field) => {
      const id = `prechat-${field.key}`;
      const type = {EMAIL: 'email', PHONE: 'tel'}[field.type] ?? 'text';
      return el('p', {class: 'field'}, [el('label', {for: id}, [field.label + (field.required ? ' *' : '')]),
        el('input', {id, name: field.key, type, required: field.required, autocomplete:
          {EMAIL: 'email', PHONE: 'tel'}[field.type] ?? (field.key === 'name' ? 'name' : 'off'), maxlength: '200'})]);
    });
    this.prechat.replaceChildren(...fields, el('button', {type: 'submit', class: 'send'}, ['Start chat']));
    this.prechat.hidden = false;
    this.composer.hidden = true;
  }

  // --- what the visitor does -------------------------------------------------------------------

  listen() {
    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    this.closeButton.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    this.composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitText();
    });
    this.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submitText();
      }
    });
    this.text.addEventListener('input', () => this.typing());
    this.prechat.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitPrechat();
    });
    this.attachButton.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => {
      const file = this.fileInput.files?.[0];
      this.fileInput.value = '';
      if (file) this.sendFile(file, file.type.startsWith('image/') ? 'IMAGE' : 'FILE');
    });
    this.voiceButton.addEventListener('click', () => this.toggleRecording());
    this.rating.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitRating();
    });
    this.client.on('event', (event) => this.received(event));
    this.client.on('typing', (frame) => this.theyType(frame));
    this.client.on('refused', ({clientId, error}) => this.failed(clientId, error));
    this.client.on('error', (error) => this.problem(error));
    this.client.on('state', ({state}) => {
      this.host.dataset.connection = state;
      if (state === 'open' && this.host.dataset.problem === 'network') {
        this.notice.hidden = true;
        delete this.host.dataset.problem;
      }
      if (state === 'open' && !this.conversationId && this.unstarted.length) this.startConversation().catch(() => {});
    });
    window.addEventListener('online', () => {
      if (!this.conversationId && this.unstarted.length) this.startConversation().catch(() => {});
    });
  }

  open() {
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.host.dataset.state = 'open';
    this.markRead();
    const first = this.prechat.hidden ? this.text : this.prechat.querySelector('input');
    first?.focus();
  }

  close() {
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.host.dataset.state = 'closed';
    this.launcher.focus();
  }

  submitText() {
    const text = this.text.value.trim();
    if (!text) return;
    this.text.value = '';
    this.stopTyping();
    this.sendText(text);
  }

  /** @param {string} text */
  sendText(text) {
    const clientId = newClientId();
    this.showSending(clientId, text);
    if (this.conversationId) {
      this.client.send(this.conversationId, text, {clientId}).catch(() => {});
    } else {
      this.unstarted.push({clientId, text});
      this.storage.set('unstarted', this.unstarted);
      this.startConversation().catch(() => {});
    }
  }

  async submitPrechat() {
    if (!this.prechat.reportValidity()) return;
    const answers = this.settings.preChatFields
      .map((field) => [field.label, this.prechat.elements.namedItem(field.key).value.trim()])
      .filter(([, value]) => value);
    const button = this.prechat.querySelector('button');
    button.disabled = true;
    try {
      await this.startConversation(answers.map(([label, value]) => `${label}: ${value}`).join('\n') || undefined);
      this.prechat.hidden = true;
      this.composer.hidden = false;
      this.text.focus();
    } catch {
      // problem() told the visitor; the form stays for another try
    } finally {
      button.disabled = false;
    }
  }

  /**
   * Starts the visitor's conversation (under an id chosen once and kept, so a retry after a lost
   * answer finds the same one), then sends what was typed meanwhile, in order.
   * @param {string} [firstText] the pre-chat answers
   */
  startConversation(firstText) {
    if (!this.starting) {
      this.starting = this.openConversation(firstText).finally(() => { this.starting = null; });
    }
    return this.starting;
  }

  async openConversation(firstText) {
    let id = this.storage.get('starting');
    if (!id) {
      id = newClientId();
      this.storage.set('starting', id);
    }
    try {
      const opened = await this.client.startConversation({conversationId: id, subject: this.settings.name,
        text: firstText});
      this.conversationId = opened.conversationId;
      this.storage.set('conversation', this.conversationId);
      this.storage.remove('starting');
      this.notice.hidden = true;
    } catch (error) {
      this.problem(error);
      if (error?.code !== 'origin-not-allowed' && error?.code !== 'forbidden') {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          if (this.unstarted.length) this.startConversation().catch(() => {});
        }, RETRY_START_MS);
      }
      throw error;
    }
    this.resume();
    const waiting = this.unstarted;
    this.unstarted = [];
    this.storage.remove('unstarted');
    waiting.forEach(({clientId, text}) => this.client.send(this.conversationId, text, {clientId}).catch(() => {}));
  }

  /** Shows the whole conversation again (the page keeps none of it) and what still waits to be sent. */
  resume() {
    this.client.pending().filter((send) => send.conversationId === this.conversationId)
      .forEach((send) => this.showSending(send.clientId, send.content.body ?? send.content.kind));
    this.client.subscribe(this.conversationId, {after: -1});
    this.client.connect().catch((error) => this.problem(error));
  }

  typing() {
    if (!this.conversationId) return;
    const now = Date.now();
    if (now - this.typingSent > TYPING_REPEAT_MS) {
      this.typingSent = now;
      this.client.typing(this.conversationId, true);
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.typingTimer);
    if (this.typingSent && this.conversationId) this.client.typing(this.conversationId, false);
    this.typingSent = 0;
  }

  /** @param {Blob} file @param {'IMAGE'|'FILE'|'VOICE'} kind @param {string} [filename] */
  async sendFile(file, kind, filename) {
    const clientId = newClientId();
    const bubble = this.showSending(clientId, `${filename ?? file.name ?? 'file'} (uploading…)`);
    const progress = el('progress', {max: '1', value: '0', 'aria-label': 'Upload progress'});
    bubble.append(progress);
    try {
      if (!this.conversationId) await this.startConversation();
      const uploaded = await this.client.upload(this.conversationId, file, {kind, filename,
        onProgress: ({loaded, total}) => { progress.value = total ? loaded / total : 0; }});
      progress.remove();
      await this.client.send(this.conversationId, {kind: uploaded.kind, attachment: uploaded.attachmentId}, {clientId});
    } catch (error) {
      this.failed(clientId, error);
    }
  }

  async toggleRecording() {
    if (this.recorder) {
      this.recorder.stop();
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({audio: true});
      const chunks = [];
      this.recorder = new MediaRecorder(stream);
      this.recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
      this.recorder.addEventListener('stop', () => {
        stream.getTracks().forEach((track) => track.stop());
        const type = this.recorder.mimeType || 'audio/webm';
        this.recorder = null;
        this.voiceButton.setAttribute('aria-pressed', 'false');
        this.sendFile(new Blob(chunks, {type}), 'VOICE', `voice-note.${type.includes('ogg') ? 'ogg' : 'webm'}`);
      });
      this.recorder.start();
      this.voiceButton.setAttribute('aria-pressed', 'true');
    } catch (error) {
      this.problem({code: 'microphone', message: 'The microphone is not available.'});
    }
  }

  // --- what arrives ----------------------------------------------------------------------------

  /** @param {import('../client/client.js').EventEnvelope} event */
  received(event) {
    if (event.conversationId !== this.conversationId) return;
    if (event.type === 'MessageSent') this.showMessage(event);
    else if (event.type === 'MessagesRead' && event.payload.participant?.kind === 'STAFF') this.readUpTo(event.payload.upToSequence);
    else if (event.type === 'ConversationResolved') this.askRating(event.sequence);
    else if (event.type === 'ConversationRated' || event.type === 'ConversationReopened') this.rating.hidden = true;
    else if (event.type === 'ConversationClosed') this.ended();
  }

  // --- the rating after a resolution -----------------------------------------------------------

  /**
   * Asks for 1 to 5 stars and a comment, once per resolution: the resolution rated is kept, so the
   * stream read again after a reload does not ask again. @param {number} sequence the resolution's
   */
  askRating(sequence) {
    this.log.append(el('li', {class: 'note'}, ['This conversation was marked as resolved.']));
    const resolution = `${this.conversationId}@${sequence}`;
    if (this.storage.get('rated') === resolution) return;
    this.resolution = resolution;
    this.stars = 0;
    const stars = [1, 2, 3, 4, 5].map((n) => el('button', {type: 'button', class: 'star', 'data-stars': n,
      'aria-pressed': 'false', 'aria-label': `${n} of 5 stars`}, ['★']));
    stars.forEach((star, index) => star.addEventListener('click', () => {
      this.stars = index + 1;
      stars.forEach((one, at) => {
        one.setAttribute('aria-pressed', String(at === index));
        one.classList.toggle('lit', at <= index);
      });
    }));
    this.rating.replaceChildren(el('fieldset', {}, [el('legend', {}, ['How did we do?']), ...stars]),
      el('label', {for: 'rating-comment'}, ['Comment (optional)']),
      el('textarea', {id: 'rating-comment', rows: '2', maxlength: '1000'}),
      el('button', {type: 'submit', class: 'send'}, ['Send rating']));
    this.rating.hidden = false;
    this.scrollDown();
  }

  async submitRating() {
    if (!this.stars) {
      this.rating.querySelector('.star').focus();
      return;
    }
    const comment = this.rating.querySelector('textarea').value.trim() || undefined;
    const button = this.rating.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await this.client.rate(this.conversationId, this.stars, comment);
      this.storage.set('rated', this.resolution);
      this.rating.replaceChildren(el('p', {class: 'thanks', role: 'status', tabindex: '-1'}, ['Thank you for your rating!']));
      this.rating.firstChild.focus();
    } catch (error) {
      this.problem(error);
      button.disabled = false;
    }
  }

  /** @param {import('../client/client.js').EventEnvelope} event */
  showMessage(event) {
    const {messageId, clientMessageId, author, content} = event.payload;
    if (this.shown.has(messageId)) return;
    const mine = author?.kind === 'DEVICE';
    const item = el('li', {class: `message ${mine ? 'mine' : 'theirs'}`, 'data-sequence': event.sequence,
      'data-message-id': messageId}, [el('span', {class: 'visually-hidden'}, [mine ? 'You: ' : `${this.settings.name}: `])]);
    item.append(...this.contentOf(content));
    this.shown.set(messageId, item);
    const waiting = mine && this.sending.get(clientMessageId);
    if (waiting) {
      waiting.replaceWith(item);
      this.sending.delete(clientMessageId);
    } else {
      const firstSending = this.log.querySelector('.sending');
      this.log.insertBefore(item, firstSending);
    }
    this.scrollDown();
    if (!mine) {
      this.theirTyping.textContent = '';
      this.client.delivered(this.conversationId, event.sequence);
      if (event.sequence > this.lastRead) {
        if (this.isVisible()) this.markRead();
        else this.setUnread(this.unread + 1);
      }
    }
  }

  /** @param {{kind: string, body?: string, attachment?: string}} content */
  contentOf(content) {
    if (content.kind === 'TEXT' || !content.attachment) return [el('p', {class: 'body'}, [content.body ?? ''])];
    const path = `/api/conversations/${this.conversationId}/attachments/${content.attachment}`;
    const holder = el('p', {class: `attachment ${content.kind.toLowerCase()}`}, [
      {IMAGE: 'Photo', VOICE: 'Voice note', FILE: 'File'}[content.kind] ?? 'Attachment']);
    this.fetchBlob(content.kind === 'IMAGE' ? `${path}/thumbnail` : path).then((blob) => {
      const url = URL.createObjectURL(blob);
      if (content.kind === 'IMAGE') holder.replaceChildren(el('img', {src: url, alt: 'Photo'}));
      else if (content.kind === 'VOICE') holder.replaceChildren(el('audio', {src: url, controls: true}));
      else holder.replaceChildren(el('a', {href: url, download: 'attachment', rel: 'noopener'}, ['Download file']));
    }).catch(() => {});
    return [holder];
  }

  /** Attachments need the device's token, so they are fetched and shown from blob: URLs. @param {string} path */
  async fetchBlob(path) {
    const answer = await fetch(this.baseUrl + path, {headers: {Authorization: `Bearer ${await this.session.token()}`}});
    if (!answer.ok) throw new Error(String(answer.status));
    return answer.blob();
  }

  /** @param {number} upTo */
  readUpTo(upTo) {
    this.log.querySelectorAll('.message.mine').forEach((item) => {
      if (Number(item.dataset.sequence) <= upTo) item.dataset.read = 'true';
    });
    this.log.querySelectorAll('.receipt').forEach((receipt) => receipt.remove());
    const lastRead = [...this.log.querySelectorAll('.message.mine[data-read]')].pop();
    lastRead?.append(el('span', {class: 'receipt'}, ['Read']));
  }

  /** @param {{conversationId: string, actor?: string, typing?: boolean}} frame */
  theyType(frame) {
    if (frame.conversationId !== this.conversationId || !String(frame.actor).startsWith('staff')) return;
    clearTimeout(this.theirTypingTimer);
    this.theirTyping.textContent = frame.typing === false ? '' : `${this.settings.name} is typing…`;
    if (frame.typing !== false) {
      this.theirTypingTimer = setTimeout(() => { this.theirTyping.textContent = ''; }, TYPING_SHOWN_MS);
    }
  }

  ended() {
    this.rating.hidden = true;
    this.log.append(el('li', {class: 'note'}, ['This conversation has ended. Write again to start a new one.']));
    this.client.unsubscribe(this.conversationId);
    this.conversationId = null;
    this.storage.remove('conversation');
  }

  /** @param {string} clientId @param {string} text */
  showSending(clientId, text) {
    const item = el('li', {class: 'message mine sending', 'data-client-id': clientId},
      [el('p', {class: 'body'}, [text]), el('span', {class: 'receipt'}, ['Sending…'])]);
    this.sending.get(clientId)?.remove();
    this.sending.set(clientId, item);
    this.log.append(item);
    this.scrollDown();
    return item;
  }

  /** @param {string} clientId @param {any} error */
  failed(clientId, error) {
    const item = this.sending.get(clientId);
    if (item) {
      item.classList.add('failed');
      item.querySelector('.receipt')?.replaceChildren(`Not sent (${error?.code ?? 'error'})`);
    }
  }

  /** @param {any} error */
  problem(error) {
    const words = {
      'origin-not-allowed': 'Chat is not available on this page.',
      network: 'Cannot reach the chat right now. Your messages will be sent when the connection is back.',
      'rate-limited': 'Too many messages at once: please wait a moment.',
      microphone: 'The microphone is not available.',
    };
    this.notice.textContent = words[error?.code] ?? 'Something went wrong. Please try again.';
    this.notice.hidden = false;
    this.host.dataset.problem = error?.code ?? 'error';
  }

  // --- read and unread -------------------------------------------------------------------------

  isVisible() {
    return !this.panel.hidden && document.visibilityState !== 'hidden';
  }

  markRead() {
    const theirs = [...this.log.querySelectorAll('.message.theirs[data-sequence]')];
    const last = theirs.length ? Number(theirs[theirs.length - 1].dataset.sequence) : -1;
    if (this.conversationId && last > this.lastRead) {
      this.lastRead = last;
      this.storage.set('lastRead', last);
      this.client.read(this.conversationId, last);
    }
    this.setUnread(0);
  }

  /** @param {number} count */
  setUnread(count) {
    this.unread = count;
    this.badge.hidden = count === 0;
    this.badge.textContent = count > 9 ? '9+' : String(count);
    this.badge.setAttribute('aria-label', `${count} unread`);
    this.launcher.setAttribute('aria-label', `Open chat with ${this.settings.name}${count ? `, ${count} unread` : ''}`);
  }

  scrollDown() {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

function canRecord() {
  return typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/** The embed snippet: `<script type="module" src=".../widget/widget.js" data-lifeline-site="shop">`. */
function autoMount() {
  const tag = [...document.querySelectorAll('script[data-lifeline-site]')]
    .find((script) => script.src && new URL(script.src, location.href).href === import.meta.url);
  if (!tag || tag.dataset.lifelineMounted) return;
  tag.dataset.lifelineMounted = 'true';
  const {lifelineSite: siteId, lifelineUserId: userId, lifelineUserHash: userHash, lifelineOpen} = tag.dataset;
  const widget = mount({siteId, userId, userHash, open: lifelineOpen === 'true'});
  window.dispatchEvent(new CustomEvent('lifeline-widget', {detail: widget}));
}

autoMount();
