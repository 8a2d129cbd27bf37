// #/report/dangling: in-force documents that still cite repealed ones. #/report/delegations: delegations and their status.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { href } from './routes.js';
import { statusBadge, docLink, agencyLink, errorBox, loading } from './common.js';
import { DELEGATION_STATUS } from './labels.js';

export async function renderDangling(view, isCurrent) {
  const box = h('div', { class: 'narrow' });
  clear(view, h('div', { class: 'page', id: 'report' }, box));
  document.title = '失效引用报告 · 法规图谱';
  const heading = [
    h('h1', {}, '失效引用报告 ', h('span', { class: 'en' }, 'Dangling references')),
    h('p', { class: 'muted' }, '现行有效的文件仍在引用已废止的文件。(In-force documents that cite repealed ones.)'),
  ];
  const report = await load(box, heading, () => api.dangling(), isCurrent);
  if (!report) return;
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

const DELEGATIONS_PAGE = 50;

/** The report under its heading, with a loading note meanwhile and an error box on failure; null when not shown. */
async function load(box, heading, fetchReport, isCurrent) {
  clear(box, heading, loading());
  try {
    const report = await fetchReport();
    return isCurrent() ? report : null;
  } catch (e) {
    if (isCurrent()) clear(box, heading, errorBox(e));
    return null;
  }
}

export async function renderDelegations(view, params, isCurrent) {
  const box = h('div', { class: 'narrow' });
  clear(view, h('div', { class: 'page', id: 'delegation-report' }, box));
  document.title = '授权落实报告 · 法规图谱';
  const status = params.get('status') || '';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const select = h('select', { id: 'delegation-status', 'aria-label': '状态 status' },
    h('option', { value: '' }, '全部 all'),
    Object.entries(DELEGATION_STATUS).map(([k, v]) => h('option', { value: k, selected: k === status }, `${v.zh} ${v.en}`)));
  select.addEventListener('change', () => { location.hash = href.delegations(select.value); });
  const heading = [
    h('h1', {}, '授权落实报告 ', h('span', { class: 'en' }, 'Delegations carried out')),
    h('p', { class: 'muted' }, '法律、法规授权制定的具体办法是否已有落实文件。(Was the delegated rule made, by whom, at what rank?)'),
    h('label', {}, '状态 ', select),
  ];
  const report = await load(box, heading, () => api.delegations(status, page, DELEGATIONS_PAGE), isCurrent);
  if (!report) return;
  const items = report.content || [];
  const total = report.page ? report.page.totalElements : items.length;
  const pages = report.page ? report.page.totalPages : 1;
  clear(box, heading,
    h('p', { role: 'status' }, `共 ${total} 项 (${total} delegations)`),
    items.length ? h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', {}, '授权文件 delegating'), h('th', {}, '条款'), h('th', {}, '被授权机关 to'),
        h('th', {}, '事项 what'), h('th', {}, '状态 status'), h('th', {}, '落实文件 carried out by'))),
      h('tbody', {}, items.map((r) => h('tr', { dataset: { status: r.status } },
        h('td', {}, docLink(r.document)),
        h('td', {}, r.article ? h('a', { href: href.document(r.document.id, { article: r.article.id }) }, r.article.label) : '—'),
        h('td', {}, agencyLink(r.agency)),
        h('td', { class: 'surface', title: r.surface || '' }, r.what || ''),
        h('td', {}, statusTag(r.status), r.yearsOpen !== null && r.yearsOpen !== undefined ? ` ${r.yearsOpen} 年` : ''),
        h('td', {}, r.fulfilledBy ? [docLink(r.fulfilledBy), h('span', { class: 'muted' }, ` ${r.fulfilledBy.confidence}`)] : '—'))))) : h('p', {}, '没有符合条件的授权。(none)'),
    pages > 1 ? h('div', { class: 'pager' },
      page > 0 ? h('a', { href: href.delegations(status, page - 1), rel: 'prev' }, '‹ 上一页') : null,
      h('span', {}, `${page + 1} / ${pages}`),
      page + 1 < pages ? h('a', { href: href.delegations(status, page + 1), rel: 'next' }, '下一页 ›') : null) : null);
}

function statusTag(status) {
  const s = DELEGATION_STATUS[status] || { zh: status, en: status };
  return h('span', { class: `badge delegation-${status}`, title: s.en }, s.zh);
}
