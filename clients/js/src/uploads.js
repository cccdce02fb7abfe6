/**
 * Attachment uploads with progress: `POST /api/conversations/{id}/attachments`, one multipart part
 * named `file`. XMLHttpRequest, because `fetch` reports no upload progress.
 * @module
 */
import {LifelineError} from './errors.js';

/**
 * @typedef {object} UploadedAttachment
 * @property {string} attachmentId what a message of `kind` then names as its `attachment`
 * @property {'IMAGE'|'VOICE'|'FILE'} kind
 * @property {string} contentType
 * @property {number} size
 * @property {string} filename
 * @property {number|null} width
 * @property {number|null} height
 */

/**
 * @param {{baseUrl: string, token: string, conversationId: string, file: Blob, filename?: string,
 *          kind?: 'IMAGE'|'VOICE'|'FILE', onProgress?: (progress: {loaded: number, total: number}) => void,
 *          signal?: AbortSignal}} options
 * @returns {Promise<UploadedAttachment>}
 */
export function upload({baseUrl, token, conversationId, file, filename, kind, onProgress, signal}) {
  return new Promise((resolve, reject) => {
    const url = new URL(`/api/conversations/${encodeURIComponent(conversationId)}/attachments`, baseUrl);
    if (kind) url.searchParams.set('kind', kind);
    const form = new FormData();
    form.append('file', file, filename || /** @type {File} */ (file).name || 'attachment');
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'text';
    if (onProgress) {
      request.upload.addEventListener('progress', (progress) => {
        onProgress({loaded: progress.loaded, total: progress.lengthComputable ? progress.total : file.size});
      });
    }
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(JSON.parse(request.responseText));
        return;
      }
      let problem = {};
      try {
        problem = JSON.parse(request.responseText);
      } catch (notJson) {
        // the status says enough
      }
      reject(new LifelineError(problem.code || 'upload-refused', problem.detail || `HTTP ${request.status}`,
        {status: request.status, conversationId}));
    });
    request.addEventListener('error', () => reject(new LifelineError('network', 'the upload was cut off',
      {conversationId})));
    request.addEventListener('abort', () => reject(new LifelineError('aborted', 'the upload was cancelled',
      {conversationId})));
    if (signal) {
      signal.addEventListener('abort', () => request.abort(), {once: true});
    }
    request.send(form);
  });
}
