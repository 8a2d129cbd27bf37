// #/search?q=&page=: documents matching a query (title, short title, number, agency), plus matching agencies.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { href } from './routes.js';
import { statusBadge, errorBox, loading } from './common.js';

const SIZE = 20;

export async function renderSearch(view, params, isCurrent) {
  const q = (params.get('q') || '').trim();
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const box = h('div', { class: 'narrow' });
  clear(view, h('div', { class: 'page', id: 'search-results' }, box));
  document.title = `搜索：${q} · 法规图谱`;
  if (!q) {
    clear(box, h('p', { class: 'muted' }, '请输入搜索词 (enter a search term)'));
    return;
  }
  clear(box, h('h1', {}, '搜索 ', h('span', { class: 'en' }, 'Search'), `：${q}`), loading());
  let result;
  let agencies = [];
  try {
    [result, agencies] = await Promise.all([
      api.searchDocuments(q, page, SIZE),
      api.suggest(q, 10).then((s) => s.filter((x) => x.type === 'agency')).catch(() => []),
    ]);
  } catch (e) {
    if (isCurrent()) clear(box, h('h1', {}, `搜索：${q}`), errorBox(e));
    return;
  }
  if (!isCurrent()) return;
  const items = result.items || [];
  const total = result.total ?? items.length;
  clear(box,
    h('h1', {}, '搜索 ', h('span', { class: 'en' }, 'Search'), `：${q}`),
    agencies.length ? h('p', {}, h('span', { class: 'muted' }, '相关机构 Agencies：'),
      agencies.map((a) => [h('a', { class: 'tag agency', href: href.agency(a.id) }, a.label), ' '])) : null,
    h('p', { class: 'muted', role: 'status' }, `共 ${total} 个文件 (${total} documents)`),
    items.length ? h('ol', { class: 'result-list', start: page * SIZE + 1 }, items.map(resultItem)) : null,
    pager(q, page, total));
}

function resultItem(d) {
  return h('li', {},
    h('a', { class: 'title', href: href.document(d.id) }, d.title), ' ', statusBadge(d.status),
    d.stub ? h('span', { class: 'tag', title: 'known only from citations' }, ' 仅被引用 stub') : null,
    h('div', { class: 'muted' }, [d.docNumber, d.kind, d.level,
      d.issuedDate ? `发布 ${d.issuedDate}` : null, d.effectiveDate ? `施行 ${d.effectiveDate}` : null]
      .filter(Boolean).join(' · ')));
}

function pager(q, page, total) {
  const pages = Math.ceil(total / SIZE);
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': '分页 Pages' },
    page > 0 ? h('a', { href: href.search(q, page - 1) }, '‹ 上一页') : null,
    h('span', {}, `第 ${page + 1} / ${pages} 页`),
    page + 1 < pages ? h('a', { href: href.search(q, page + 1) }, '下一页 ›') : null);
}
