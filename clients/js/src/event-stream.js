/**
 * One conversation read as Server-Sent Events from `GET /ws/events`, for where WebSocket cannot
 * connect. Built on `fetch` rather than `EventSource`, which cannot send the `Authorization`
 * header. Hands each SSE message on as the frame its `data:` holds.
 * @module
 */
import {LifelineError} from './errors.js';

export class EventStream {
  /**
   * @param {{baseUrl: string, conversationId: string, after: number, token: string,
   *          onFrame: (frame: any) => void, onEnd: (reason: {code: number, error?: LifelineError}) => void}} options
   */
  constructor({baseUrl, conversationId, after, token, onFrame, onEnd}) {
    this.onFrame = onFrame;
    this.onEnd = onEnd;
    this.aborter = new AbortController();
    this.ended = false;
    const url = new URL('/ws/events', baseUrl);
    url.searchParams.set('conversationId', conversationId);
    url.searchParams.set('after', String(after));
    this.read(url, token);
  }

  /** Stops reading; `onEnd` is not called. */
  close() {
    this.ended = true;
    this.aborter.abort();
  }

  /** @param {URL} url @param {string} token */
  async read(url, token) {
    /** @type {{code: number, error?: LifelineError}} */
    let reason = {code: 1006};
    try {
      const response = await fetch(url, {
        headers: {Accept: 'text/event-stream', Authorization: `Bearer ${token}`},
        credentials: 'omit', cache: 'no-store', signal: this.aborter.signal
      });
      if (!response.ok) {
        const error = await LifelineError.fromResponse(response);
        reason = {code: response.status === 401 ? 4401 : response.status === 404 ? 1008 : 1006, error};
      } else {
        reason = await this.parse(response.body.getReader()) || reason;
      }
    } catch (failure) {
      reason = {code: 1006};
    }
    if (!this.ended) {
      this.ended = true;
      this.onEnd(reason);
    }
  }

  /**
   * Reads `event:`/`data:` lines until the stream ends; a `close` event gives the close code a
   * WebSocket would have had.
   * @param {ReadableStreamDefaultReader<Uint8Array>} reader
   */
  async parse(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    let name = 'message';
    let data = [];
    for (;;) {
      const {value, done} = await reader.read();
      if (done || this.ended) return null;
      buffer += decoder.decode(value, {stream: true});
      let newline;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) {
            const frame = JSON.parse(data.join('\n'));
            if (name === 'close') {
              return {code: frame.code};
            }
            this.onFrame(frame);
          }
          name = 'message';
          data = [];
        } else if (line.startsWith('event:')) {
          name = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
    }
  }
}
