/**
 * JSON over REST to Lifeline, with the bearer token; a refusal becomes a {@link LifelineError}.
 * @module
 */
import {LifelineError} from './errors.js';

/**
 * @param {string} baseUrl Lifeline's address, e.g. `https://chat.example.org`
 * @param {string} method
 * @param {string} path starting with `/`
 * @param {{token?: string|null, body?: unknown}} [options]
 * @returns {Promise<{status: number, body: any}>}
 */
export async function requestJson(baseUrl, method, path, {token = null, body} = {}) {
  /** @type {Record<string, string>} */
  const headers = {Accept: 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(new URL(path, baseUrl), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store'
    });
  } catch (failure) {
    throw new LifelineError('network', `could not reach Lifeline: ${failure && failure.message}`);
  }
  if (!response.ok) {
    throw await LifelineError.fromResponse(response);
  }
  const text = await response.text();
  return {status: response.status, body: text ? JSON.parse(text) : null};
}
