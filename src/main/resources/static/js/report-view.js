// #/report/dangling: in-force documents that still cite repealed ones.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { href } from './routes.js';
import { statusBadge, docLink, errorBox, loading } from './common.js';

export async function renderDangling(view, isCurrent) {
  const box = h('div', { class: 'narrow' });
  clear(view, h('div', { class: 'page', id: 'report' }, box));
  document.title = '失效引用报告 · 法规图谱';
  const heading = [
    h('h1', {}, '失效引用报告 ', h('span', { class: 'en' }, 'Dangling references')),
    h('p', { class: 'muted' }, '现行有效的文件仍在引用已废止的文件。(In-force documents that cite repealed ones.)'),
  ];
  clear(box, heading, loading());
  let report;
  try {
    report = await api.dangling();
  } catch (e) {
    if (isCurrent()) clear(box, heading, errorBox(e));
    return;
  }
  if (!isCurrent()) return;
  const items = report.content || [];
  const total = report.page ? report.page.totalElements : items.length;
  clear(box, heading,
    h('p', { role: 'status' }, `共 ${total} 处 (${total} references)`),
    items.length ? h('table', { class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', {}, '引用文件 citing'), h('th', {}, '条款'), h('th', {}, '被引用文件 cited'), h('th', {}, '状态'),
        h('th', {}, '废止文件 repealed by'), h('th', {}, '原文 text'))),
      h('tbody', {}, items.map((r) => h('tr', {},
        h('td', {}, docLink(r.citing)),
        h('td', {}, r.article ? h('a', { href: href.document(r.citing.id, { article: r.article.id }) }, r.article.label) : '—'),
        h('td', {}, docLink(r.cited)),
        h('td', {}, statusBadge(r.cited && r.cited.status)),
        h('td', {}, r.repealedBy ? docLink(r.repealedBy) : '—'),
        h('td', { class: 'surface' }, r.surface || ''))))) : h('p', {}, '没有发现失效引用。(none found)'));
}
