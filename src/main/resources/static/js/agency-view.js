// #/agency/<id>: an agency's place in the hierarchy, the documents it issued, and the duties and powers given to it.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { roleLabel } from './labels.js';
import { href } from './routes.js';
import { statusBadge, docLink, agencyLink, errorBox, loading, date } from './common.js';
import { createGraphPanel } from './graph.js';

export async function renderAgency(view, id, params, isCurrent) {
  clear(view, h('div', { class: 'page' }, loading()));
  let agency;
  try {
    agency = await api.agency(id);
  } catch (e) {
    if (isCurrent()) clear(view, h('div', { class: 'page' }, errorBox(e)));
    return;
  }
  if (!isCurrent()) return;
  document.title = `${agency.name} · 法规图谱`;
  const graph = createGraphPanel(agency.id, params, 'Agency');
  const issued = agency.issued || [];
  const resp = agency.responsibilities || [];
  const dele = agency.delegations || [];
  clear(view, h('div', { class: 'split' },
    h('article', { class: 'detail', id: 'agency', 'aria-labelledby': 'agency-name' },
      h('h1', { id: 'agency-name' }, agency.name, ' ',
        agency.kind ? h('span', { class: 'tag agency' }, agency.kind) : null, ' ',
        agency.level ? h('span', { class: 'tag' }, agency.level) : null, ' ',
        agency.generic ? h('span', { class: 'tag', title: 'generic role name, not one body' }, '泛称 generic') : null),
      (agency.aliases || []).length ? h('p', {}, h('span', { class: 'muted' }, '又称 aliases：'), agency.aliases.join('、')) : null,
      h('h2', {}, '隶属关系 ', h('span', { class: 'en' }, 'Hierarchy')),
      hierarchy(agency),
      h('h2', {}, '发布的文件 ', h('span', { class: 'en' }, `Issued documents (${issued.length})`)),
      issued.length ? documentsTable(issued) : none(),
      h('h2', {}, '承担的职责 ', h('span', { class: 'en' }, `Responsibilities (${resp.length})`)),
      resp.length ? dutyTable(resp, '角色 role', (r) => roleLabel(r.role)) : none(),
      h('h2', {}, '获得的授权 ', h('span', { class: 'en' }, `Delegations received (${dele.length})`)),
      dele.length ? dutyTable(dele, '授权事项 what', (r) => r.what) : none()),
    graph.element));
  graph.load();
}

function none() {
  return h('p', { class: 'muted' }, '无 (none)');
}

function hierarchy(agency) {
  const self = h('li', {}, h('strong', { 'aria-current': 'page' }, agency.name),
    (agency.children || []).length ? h('ul', {}, agency.children.map((c) => h('li', {}, agencyLink(c)))) : null);
  const parents = agency.parents || [];
  const tree = parents.length
    ? h('ul', {}, parents.map((p, i) => h('li', {}, agencyLink(p), i === 0 ? h('ul', {}, self) : null)))
    : h('ul', {}, self);
  return h('nav', { class: 'hierarchy', 'aria-label': '隶属关系' }, tree);
}

export function documentsTable(docs) {
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, h('th', {}, '标题'), h('th', {}, '文号'), h('th', {}, '状态'), h('th', {}, '发布日期'))),
    h('tbody', {}, docs.map((d) => h('tr', {},
      h('td', {}, docLink(d, d.title)), h('td', {}, d.docNumber || '—'), h('td', {}, statusBadge(d.status)),
      h('td', {}, date(d.issuedDate))))));
}

function dutyTable(rows, label, value) {
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, h('th', {}, '文件'), h('th', {}, '条款'), h('th', {}, label), h('th', {}, '原文 text'))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, docLink(r.document)),
      h('td', {}, r.article ? h('a', { href: href.document(r.document.id, { article: r.article.id }) }, r.article.label) : '—'),
      h('td', {}, value(r) || '—'),
      h('td', { class: 'surface' }, r.surface || '')))));
}
