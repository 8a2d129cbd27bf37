// #/agency/<id>?asOf=: an agency's place in the hierarchy, its succession (reorganisations, role holders), the documents
// it issued, and the duties and powers given to it; with asOf, who answers for it that day and what passed to it.
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
    agency = await api.agency(id, params.get('asOf'));
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
      h('h2', {}, '机构沿革 ', h('span', { class: 'en' }, 'Succession')),
      succession(agency),
      asOfForm(agency),
      h('h2', {}, '发布的文件 ', h('span', { class: 'en' }, `Issued documents (${issued.length})`)),
      issued.length ? documentsTable(issued) : none(),
      h('h2', {}, '承担的职责 ', h('span', { class: 'en' }, `Responsibilities (${resp.length})`)),
      resp.length ? dutyTable(resp, '角色 role', (r) => roleLabel(r.role), agency.asOf) : none(),
      h('h2', {}, '获得的授权 ', h('span', { class: 'en' }, `Delegations received (${dele.length})`)),
      dele.length ? dutyTable(dele, '授权事项 what', (r) => r.what, agency.asOf) : none()),
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

function dutyTable(rows, label, value, asOf) {
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, h('th', {}, '文件'), h('th', {}, '条款'), h('th', {}, label),
      asOf ? h('th', {}, '承继自 via') : null, h('th', {}, '原文 text'))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, docLink(r.document)),
      h('td', {}, r.article ? h('a', { href: href.document(r.document.id, { article: r.article.id }) }, r.article.label) : '—'),
      h('td', {}, value(r) || '—'),
      asOf ? h('td', { class: 'via' }, r.via ? agencyLink(r.via) : '—') : null,
      h('td', { class: 'surface' }, r.surface || '')))));
}

const HOW = { self: '本机构 itself', successor: '继任机构 successor', predecessor: '前身 predecessor', role: '当时承担 holder' };

/** Predecessors and successors with date and instrument; for a role name, the bodies that held it. */
function succession(agency) {
  const before = agency.predecessors || [];
  const after = agency.successors || [];
  const heldBy = agency.heldBy || [];
  const roles = agency.roles || [];
  if (!before.length && !after.length && !heldBy.length && !roles.length) return none();
  const step = (s) => h('li', {}, agencyLink(s.from), ' → ', agencyLink(s.to), ' ',
    h('span', { class: 'muted' }, `${s.approximate ? '约 ' : ''}${s.date}`), s.scope ? ` （${s.scope}）` : null,
    h('div', { class: 'source muted' }, s.source));
  const period = (t) => h('li', {}, agencyLink(t.agency), ' ', h('span', { class: 'muted' }, `${t.from} — ${t.to || '至今'}`));
  return h('div', { id: 'succession', class: 'succession' },
    before.length ? [h('h3', {}, '前身 Predecessors'), h('ul', {}, before.map(step))] : null,
    after.length ? [h('h3', {}, '继任 Successors'), h('ul', {}, after.map(step))] : null,
    heldBy.length ? [h('h3', {}, '承担机构 Held by'), h('ul', {}, heldBy.map(period))] : null,
    roles.length ? [h('h3', {}, '承担的职能称谓 Role names held'), h('ul', {}, roles.map(period))] : null);
}

/** A date: who answers for the agency that day, and what passed to it by then. */
function asOfForm(agency) {
  const input = h('input', { type: 'date', id: 'as-of', name: 'asOf', value: agency.asOf || '', 'aria-label': '日期 date' });
  const form = h('form', { class: 'as-of', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = href.agency(agency.id, { asOf: input.value });
  } }, h('label', { for: 'as-of' }, '按日期查看 As of '), input, ' ', h('button', { type: 'submit' }, '查看 Show'));
  if (!agency.asOf) return form;
  const holders = agency.holders || [];
  return h('div', {}, form, h('p', { id: 'holders' }, `${agency.asOf} 由 (answered by)：`,
    holders.length ? holders.map((x, i) => [i ? '、' : '', agencyLink(x), ' ', h('span', { class: 'tag' }, HOW[x.how] || x.how),
      x.from || x.to ? h('span', { class: 'muted' }, ` ${x.from || '…'} — ${x.to || '至今'}`) : null])
      : h('span', { class: 'muted' }, '无 (nobody that day)')));
}
