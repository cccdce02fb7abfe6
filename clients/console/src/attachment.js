import {html, useState, useEffect} from './ui.js';
import {attachmentUrl} from './api.js';

/**
 * An attachment, fetched with the session's token (the routes need it, so a plain src cannot work):
 * an image inline (its thumbnail), a voice message playable, any other file as a download.
 */
export function Attachment({client, conversationId, id, kind}) {
  const [url, setUrl] = useState(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let made = null;
    attachmentUrl(client, conversationId, id, {thumbnail: kind === 'IMAGE'})
      .then((blobUrl) => { made = blobUrl; setUrl(blobUrl); }, () => setFailed(true));
    return () => made && URL.revokeObjectURL(made);
  }, [id]);

  if (failed) return html`<span class="problem">attachment unavailable</span>`;
  if (!url) return html`<span class="quiet">loading attachment…</span>`;
  if (kind === 'IMAGE') return html`<img class="image" src=${url} alt="image from the conversation" />`;
  if (kind === 'VOICE') return html`<audio controls src=${url}></audio>`;
  return html`<a class="file" href=${url} download=${`attachment-${id}`}>Download file</a>`;
}
