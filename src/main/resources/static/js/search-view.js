// #/search?q=&page=: documents matching a query (number, title, short title, text), plus matching agencies.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { href } from './routes.js';
import { statusBadge, errorBox, loading } from './common.js';

const SIZE = 20;
const MATCHED_BY = {
  docNumber: '文号', title: '标题', shortTitle: '简称', fuzzyTitle: '近似标题', text: '正文',
};

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
  const items = result.content || [];
  const total = result.page ? result.page.totalElements : items.length;
  clear(box,
    h('h1', {}, '搜索 ', h('span', { class: 'en' }, 'Search'), `：${q}`),
    agencies.length ? h('p', {}, h('span', { class: 'muted' }, '相关机构 Agencies：'),
      agencies.map((a) => [h('a', { class: 'tag agency', href: href.agency(a.id) }, a.label), ' '])) : null,
    h('p', { class: 'muted', role: 'status' }, `共 ${total} 个文件 (${total} documents)`),
    items.length ? h('ol', { class: 'result-list', start: page * SIZE + 1 }, items.map(resultItem))
      : hint(result.hint, agencies.length > 0),
    pager(q, page, total));
}

function resultItem(d) {
  return h('li', { dataset: { id: d.id } },
    h('a', { class: 'title', href: href.document(d.id) }, d.title), ' ', statusBadge(d.status),
    d.stub ? h('span', { class: 'tag', title: 'known only from citations' }, ' 仅被引用 stub') : null,
    h('div', { class: 'meta-line' },
      d.docNumber ? h('span', { class: 'doc-number' }, d.docNumber) : null,
      h('span', { class: 'muted' }, [d.kind, d.level, d.issuedDate ? `发布 ${d.issuedDate}` : null,
        d.effectiveDate ? `施行 ${d.effectiveDate}` : null].filter(Boolean).join(' · '))),
    snippet(d));
}

/** Where the document matched: the piece of its number, title or text, the matched part marked. */
function snippet(d) {
  const s = d.snippet;
  if (!s || !s.text) return null;
  const parts = [];
  let pos = 0;
  for (const hl of [...(s.highlights || [])].sort((a, b) => a.start - b.start)) {
    if (hl.start < pos || hl.end > s.text.length) continue;
    parts.push(s.text.slice(pos, hl.start), h('mark', {}, s.text.slice(hl.start, hl.end)));
    pos = hl.end;
  }
  parts.push(s.text.slice(pos));
  return h('p', { class: 'snippet' },
    h('span', { class: 'matched-by' }, MATCHED_BY[d.match] || d.match, s.article ? ` ${s.article}` : '', '：'),
    parts);
}

/** Nothing matched: the service's hint (filters, titles with the same characters), and how to search. */
function hint(hint, hasAgencies) {
  const close = (hint && hint.didYouMean) || [];
  return h('div', { class: 'message hint', id: 'search-hint', role: 'note' },
    h('p', {}, h('strong', {}, '没有找到匹配的文件。'), hasAgencies ? ' 上面列出了名称匹配的机构。' : ''),
    close.length ? h('p', {}, '您是不是要找：', close.map((c, i) => [i ? '、' : '',
      h('a', { href: href.document(c.id) }, `《${c.title}》`)])) : null,
    h('p', { class: 'muted' }, '可以试试：更短的关键词、标题的一部分、简称（如“地下水条例”），或任意括号写法的文号（如 国办发[2021]26号、国务院令748号）。'),
    hint && hint.message ? h('p', { class: 'muted en' }, hint.message) : null);
}

function pager(q, page, total) {
  const pages = Math.ceil(total / SIZE);
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': '分页 Pages' },
    page > 0 ? h('a', { href: href.search(q, page - 1) }, '‹ 上一页') : null,
    h('span', {}, `第 ${page + 1} / ${pages} 页`),
    page + 1 < pages ? h('a', { href: href.search(q, page + 1) }, '下一页 ›') : null);
}
