/**
 * Building the panel's elements. Every text, and above all whatever a visitor or staff member
 * wrote, goes in as `textContent`: nothing here ever parses HTML.
 * @module
 */

/**
 * @param {string} tag
 * @param {Record<string, string|boolean|number|null|undefined>} [attributes] set as attributes (false/null: left out)
 * @param {(Node|string|null|undefined|false)[]} [children] strings become text nodes
 * @returns {HTMLElement}
 */
export function el(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A text node's worth of words, whatever they contain. @param {HTMLElement} element @param {string} text */
export function setText(element, text) {
  element.textContent = text;
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A 24×24 outline icon from one path, hidden from assistive technology (its button has a name). @param {string} path */
export function icon(path) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}
