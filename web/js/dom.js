// Building DOM from data without ever parsing data as markup: every string becomes a text node.
// Names and notes in the plans may contain "<" or an attacker's markup; textContent keeps them inert.

/**
 * el('li', {class: 'x', onclick: fn, 'aria-label': 'y'}, 'text', childNode, [more]) → an element.
 * Strings (and numbers) become text nodes; arrays are flattened; null/false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected' || key === 'hidden') {
      node[key] = value;
    } else if (key === 'style' || key === 'innerHTML') {
      throw new Error(`el(): ${key} is not allowed (Content-Security-Policy, escaping)`);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** For the few places a library wants an HTML string (none at present): the text with <>&"' escaped. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  children.forEach((c) => node.append(c));
  return node;
}

/** A message line that screen readers announce: kind is 'info', 'error' or 'ok'. */
export function message(target, kind, text) {
  clear(target, text ?? '');
  target.className = `msg msg-${kind}`;
  target.hidden = !text;
  target.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}
