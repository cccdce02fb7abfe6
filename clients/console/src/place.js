import {html} from './ui.js';

/** Coordinates and a map link built from numbers only: nothing a visitor typed reaches a URL. */
export function Place({latitude, longitude, accuracy}) {
  const lat = Number(latitude).toFixed(5);
  const lon = Number(longitude).toFixed(5);
  const map = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  return html`<span class="place">at <span class="coordinates">${lat}, ${lon}</span>
    ${accuracy != null && html` (±${Math.round(accuracy)} m)`}
    <a href=${map} target="_blank" rel="noopener noreferrer">map</a></span>`;
}
