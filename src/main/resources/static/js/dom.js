// Tiny DOM helpers. Text is always inserted as text nodes, never as HTML.

/** h('a', {href: '#/', class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  appendAll(el, children);
  return el;
}

/** Appends children (strings, nodes, arrays; null/false skipped). */
export function append(el, ...children) {
  appendAll(el, children);
  return el;
}

function appendAll(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendAll(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  appendAll(el, children);
  return el;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Splits text at each occurrence of the given phrases, wrapping them with wrap(phrase, index). */
export function highlight(text, phrases, wrap) {
  const found = [];
  phrases.forEach((p, i) => {
    if (!p) return;
    const at = text.indexOf(p);
    if (at >= 0) found.push({ at, end: at + p.length, i });
  });
  found.sort((a, b) => a.at - b.at);
  const parts = [];
  let pos = 0;
  for (const f of found) {
    if (f.at < pos) continue; // overlapping: keep the first
    parts.push(text.slice(pos, f.at), wrap(text.slice(f.at, f.end), f.i));
    pos = f.end;
  }
  parts.push(text.slice(pos));
  return parts;
}
