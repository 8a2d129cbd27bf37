// RegGraph explorer: hash router and the search box with suggestions.
import { api } from './js/api.js';
import { h, clear, debounce } from './js/dom.js';
import { parseRoute, href } from './js/routes.js';
import { renderDocument } from './js/document-view.js';
import { renderAgency } from './js/agency-view.js';
import { renderSearch } from './js/search-view.js';
import { renderDangling, renderDelegations } from './js/report-view.js';

const view = document.getElementById('view');
let renderCount = 0;

async function route() {
  const token = ++renderCount;
  const isCurrent = () => token === renderCount;
  const { name, id, params } = parseRoute();
  closeSuggestions();
  if (name === 'search') input.value = params.get('q') || '';
  view.dataset.route = name;
  view.setAttribute('aria-busy', 'true');
  try {
    if (name === 'document' && id) await renderDocument(view, id, params, isCurrent);
    else if (name === 'agency' && id) await renderAgency(view, id, params, isCurrent);
    else if (name === 'search') await renderSearch(view, params, isCurrent);
    else if (name === 'report' && id === 'dangling') await renderDangling(view, isCurrent);
    else if (name === 'report' && id === 'delegations') await renderDelegations(view, params, isCurrent);
    else renderHome();
  } finally {
    if (isCurrent()) {
      view.setAttribute('aria-busy', 'false');
      // the link that was clicked is gone: give keyboard and screen-reader users the new view
      if (!document.activeElement || document.activeElement === document.body) view.focus({ preventScroll: true });
    }
  }
}

function renderHome() {
  document.title = '法规图谱 · RegGraph explorer';
  const example = (q) => h('a', { href: href.search(q) }, q);
  clear(view, h('div', { class: 'page' }, h('div', { class: 'narrow' },
    h('h1', {}, '法规图谱 ', h('span', { class: 'en' }, 'Regulation graph explorer')),
    h('p', {}, '检索法规、规章和规范性文件，查看条文、引用、废止与修改关系，以及各机构的职责与授权。'),
    h('p', { class: 'muted' }, 'Search Chinese regulations and walk the graph of citations, repeals, amendments, and the duties and powers they give to agencies.'),
    h('h2', {}, '试试 ', h('span', { class: 'en' }, 'Try')),
    h('ul', {}, h('li', {}, example('地下水管理条例')), h('li', {}, example('国务院令')), h('li', {}, example('财政部'))),
    h('h2', {}, '报告 ', h('span', { class: 'en' }, 'Reports')),
    h('ul', {}, h('li', {}, h('a', { href: href.dangling() }, '失效引用报告：现行文件引用已废止文件')),
      h('li', {}, h('a', { href: href.delegations() }, '授权落实报告：授权制定的具体办法是否已制定'))))));
}

// ---- search box with debounced suggestions (ARIA combobox) ----

const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const list = document.getElementById('suggestions');
let suggestions = [];
let active = -1;
let suggestRequest = null;

const fetchSuggestions = debounce(async (q) => {
  if (suggestRequest) suggestRequest.abort();
  if (!q) { closeSuggestions(); return; }
  suggestRequest = new AbortController();
  try {
    const items = await api.suggest(q, 10, suggestRequest.signal);
    if (input.value.trim() !== q) return;
    showSuggestions(items);
  } catch (e) {
    if (e.name !== 'AbortError') showSuggestions([], `建议加载失败：${e.message}`);
  }
}, 200);

function showSuggestions(items, message) {
  suggestions = items;
  active = -1;
  clear(list, items.map((s, i) => h('li', {
    id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', dataset: { type: s.type, id: s.id },
    onmousedown: (e) => { e.preventDefault(); choose(i); },
  }, h('span', { class: `tag ${s.type === 'agency' ? 'agency' : ''}` }, s.type === 'agency' ? '机构' : '文件'),
  h('span', { class: 'label' }, s.label), s.detail ? h('span', { class: 'detail' }, s.detail) : null)),
  !items.length ? h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true' }, message || '无建议 (no suggestions)') : null);
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  input.removeAttribute('aria-activedescendant');
}

function closeSuggestions() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function highlightSuggestion(i) {
  const options = [...list.querySelectorAll('[role=option][id]')];
  if (!options.length) return;
  active = (i + options.length) % options.length;
  options.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
  input.setAttribute('aria-activedescendant', options[active].id);
  options[active].scrollIntoView({ block: 'nearest' });
}

function choose(i) {
  const s = suggestions[i];
  if (!s) return;
  closeSuggestions();
  location.hash = s.type === 'agency' ? href.agency(s.id) : href.document(s.id);
}

input.addEventListener('input', () => fetchSuggestions(input.value.trim()));
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) fetchSuggestions(input.value.trim()); else highlightSuggestion(active + 1); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); highlightSuggestion(active - 1); }
  else if (e.key === 'Escape') closeSuggestions();
  else if (e.key === 'Enter' && active >= 0 && !list.hidden) { e.preventDefault(); choose(active); }
});
input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value.trim();
  if (!q) return;
  closeSuggestions();
  location.hash = href.search(q);
});

window.addEventListener('hashchange', route);
window.reggraph = Object.assign(window.reggraph || {}, { route });
route();
