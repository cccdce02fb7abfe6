import {html} from './ui.js';

/**
 * A search snippet: the server marks matches with <b> and </b>. Those markers are split off and every
 * piece is shown as text (a visitor who typed "<b>" themselves gets a stray highlight, never markup).
 */
export function Snippet({text}) {
  return html`${String(text).split(/(<b>.*?<\/b>)/).map((piece) => piece.startsWith('<b>') && piece.endsWith('</b>')
    ? html`<mark>${piece.slice(3, -4)}</mark>` : piece)}`;
}
