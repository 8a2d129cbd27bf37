// #/document/<id>: a document's metadata, status, structure and the relations of each article, beside its graph.
import { api } from './api.js';
import { h, clear, append, highlight } from './dom.js';
import { EDGE_TYPES, DELEGATION_STATUS, edgeLabel, edgeColor, roleLabel } from './labels.js';
import { href } from './routes.js';
import { statusBadge, docLink, agencyLink, errorBox, loading } from './common.js';
import { createGraphPanel } from './graph.js';

export async function renderDocument(view, id, params, isCurrent) {
  clear(view, h('div', { class: 'page' }, loading()));
  let doc;
  try {
    doc = await api.document(id);
  } catch (e) {
    if (isCurrent()) clear(view, h('div', { class: 'page' }, errorBox(e)));
    return;
  }
  if (!isCurrent()) return;
  document.title = `${doc.title} · 法规图谱`;

  const detail = h('article', { class: 'detail', id: 'document', 'aria-labelledby': 'doc-title' });
  const graph = createGraphPanel(doc.id, params);
  clear(view, h('div', { class: 'split' }, detail, graph.element));

  const replacementBox = h('div', { id: 'replacements' });
  const versionBox = h('div', { id: 'versions' });
  const articlesBox = h('div', { id: 'articles' });
  append(detail,
    h('h1', { id: 'doc-title' }, doc.title, ' ', statusBadge(doc.status)),
    doc.stub ? h('p', { class: 'stub-note' }, '此文件仅从其他文件的引用中得知，语料库中没有全文。(stub: known only from citations)') : null,
    metadata(doc),
    versionBox,
    replacementBox,
    relationCounts(doc.relationCounts));
  graph.load();

  api.versions(doc.id).then((v) => isCurrent() && clear(versionBox, timeline(v, doc.id)))
    .catch((e) => isCurrent() && clear(versionBox, errorBox(e)));

  if (doc.statusChangedBy || ['REPEALED', 'AMENDED', 'PARTIALLY_REPEALED'].includes(doc.status)) {
    api.replacements(doc.id).then((r) => isCurrent() && clear(replacementBox, replacements(r)))
      .catch((e) => isCurrent() && clear(replacementBox, errorBox(e)));
  }

  const page = doc.articles || { content: [], page: { totalElements: 0 } };
  const total = page.page ? page.page.totalElements : page.content.length;
  if (total === 0) return;
  // the answer holds the first page of articles; the rest come a page at a time
  const articles = [...page.content];
  doc.articles = articles;
  const onlyRelations = h('input', { type: 'checkbox', id: 'only-relations' });
  append(detail,
    h('h2', {}, '条文 ', h('span', { class: 'en' }, `Articles (${total})`)),
    toc(doc, articlesBox),
    h('div', { class: 'filters' }, h('label', {}, onlyRelations, ' 只显示含关系的条款 (only articles with relations)')),
    articlesBox);
  renderArticles(articlesBox, doc, false);
  onlyRelations.addEventListener('change', () => renderArticles(articlesBox, doc, onlyRelations.checked));
  if (articles.length < total) {
    articlesBox.dataset.complete = 'false';
    try {
      const loaded = [];
      for (let p = 0; loaded.length < total; p++) {
        const more = await api.articles(doc.id, p, ARTICLE_PAGE);
        if (!isCurrent()) return;
        if (!more.content.length) break;
        loaded.push(...more.content);
      }
      articles.splice(0, articles.length, ...loaded);
    } catch (e) {
      if (isCurrent()) append(detail, errorBox(e));
      return;
    }
    renderArticles(articlesBox, doc, onlyRelations.checked);
  }
  articlesBox.dataset.complete = 'true';
  if (params.get('article')) scrollToArticle(articlesBox, params.get('article'));
}

/** Articles per request when a long document's remaining articles are loaded. */
const ARTICLE_PAGE = 200;

function metadata(doc) {
  const rows = [
    ['文号', doc.docNumber],
    ['简称', (doc.shortTitles || []).join('、')],
    ['类别', [doc.kind, doc.level].filter(Boolean).join(' · ')],
    ['发布机关', (doc.issuers || []).length ? joinNodes(doc.issuers.map(agencyLink)) : null],
    ['发布日期', doc.issuedDate],
    ['施行日期', doc.effectiveDate],
    ['状态', [statusBadge(doc.status), doc.statusDate ? ` 自 ${doc.statusDate}` : '',
      doc.statusChangedBy ? [' · 由 ', docLink(doc.statusChangedBy), statusVerb(doc.status)] : null]],
    ['印发', doc.promulgatedBy ? [docLink(doc.promulgatedBy), ' 印发'] : null],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('dl', { class: 'meta' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function statusVerb(status) {
  return { REPEALED: ' 废止', PARTIALLY_REPEALED: ' 部分废止', AMENDED: ' 修改', SUPERSEDED: ' 取代' }[status] || ' 变更';
}

/**
 * The versions of the document's work, oldest first; shown when there is more than one, or when the work is older than
 * any of them (its first day, from a revised text's history: the texts before are not in the graph).
 */
function timeline(v, docId) {
  const versions = v.versions || [];
  const firstIssued = v.work && v.work.firstIssued;
  if (versions.length < 2 && !firstIssued) return null;
  const id = v.sameAs || docId; // a copy of a version (the same text from another source) marks that version
  const firstInForce = v.work.firstInForce;
  const earlier = firstIssued ? h('li', { class: 'earlier' }, `${firstIssued} 首次制定`,
    firstInForce ? h('span', { class: 'muted' }, ` ${firstInForce} 施行`) : null,
    h('span', { class: 'muted' }, ' 此前文本未收录 · first made; the texts before the next version are not in the graph')) : null;
  return h('section', { class: 'versions', 'aria-label': '版本 versions' },
    h('h2', {}, '版本沿革 ', h('span', { class: 'en' }, `Versions (${versions.length})`)),
    h('ol', { class: 'timeline' }, earlier, versions.map((x) => h('li', {
      class: [x.current ? 'current' : '', x.id === id ? 'this' : ''].filter(Boolean).join(' ') || null,
      'data-version': x.id,
    },
    `${x.versionDate || '日期不详'} `, docLink(x, x.docNumber || x.title), ' ', statusBadge(x.status),
    h('span', { class: 'muted' }, ` ${x.validFrom || '…'} – ${x.validTo || (x.current ? '至今' : '…')}`),
    x.madeBy && x.madeBy.id !== x.id ? h('span', { class: 'via' }, ' 由 ', docLink(x.madeBy), ' 修改') : null))));
}

function joinNodes(nodes) {
  return nodes.flatMap((n, i) => (i ? ['、', n] : [n]));
}

function replacements(r) {
  const parts = [];
  if ((r.replacedBy || []).length) {
    parts.push(h('p', {}, h('strong', {}, '已被取代 '), h('span', { class: 'en' }, 'Replaced by: '),
      joinNodes(r.replacedBy.map((d) => [docLink(d), d.promulgatedBy
        ? h('span', { class: 'via' }, '（', docLink(d.promulgatedBy, d.promulgatedBy.docNumber || `《${d.promulgatedBy.title}》`), ' 印发）')
        : null]))));
  }
  if ((r.chain || []).length) {
    parts.push(h('ol', { class: 'chain', 'aria-label': '取代链 replacement chain' }, r.chain.map((step) => h('li', {},
      docLink(step.from), ` → ${edgeLabel(step.type)}${step.partial ? '（部分）' : ''} → `, docLink(step.to),
      step.date ? h('span', { class: 'muted' }, ` (${step.date})`) : null))));
  }
  return parts.length ? h('div', { class: 'replaced' }, parts) : null;
}

function relationCounts(counts) {
  const types = Object.keys(counts || {});
  if (!types.length) return null;
  return h('details', {}, h('summary', {}, '关系统计 ', h('span', { class: 'en' }, 'Relation counts')),
    h('table', { class: 'counts' },
      h('tr', {}, h('th', {}, '关系'), h('th', {}, '发出 out'), h('th', {}, '收到 in')),
      types.map((t) => h('tr', {}, h('td', { style: `color:${edgeColor(t)}` }, `${edgeLabel(t)} ${t}`),
        h('td', {}, counts[t].out ?? 0), h('td', {}, counts[t].in ?? 0)))));
}

function toc(doc, articlesBox) {
  const chapters = [...(doc.chapters || [])].sort((a, b) => (a.ordinal ?? a.number) - (b.ordinal ?? b.number));
  if (!chapters.length) return null;
  return h('nav', { 'aria-label': '章节目录 Chapters' }, h('ul', { class: 'toc' }, chapters.map((c) => h('li', {},
    h('button', { type: 'button', onclick: () => {
      const el = articlesBox.querySelector(`[data-chapter-id="${CSS.escape(c.id)}"]`);
      if (el) el.scrollIntoView({ block: 'start' });
    } }, `${c.label} ${c.title || ''}`)))));
}

function renderArticles(box, doc, onlyWithRelations) {
  const chapters = new Map((doc.chapters || []).map((c) => [c.id, c]));
  const shown = new Set();
  const out = [];
  for (const a of doc.articles) {
    const count = (a.references || []).length + (a.responsibilities || []).length + (a.delegations || []).length;
    if (onlyWithRelations && count === 0) continue;
    if (a.chapterId && chapters.has(a.chapterId) && !shown.has(a.chapterId)) {
      shown.add(a.chapterId);
      const c = chapters.get(a.chapterId);
      out.push(h('h3', { class: 'chapter-title', dataset: { chapterId: c.id } }, `${c.label} ${c.title || ''}`));
    }
    out.push(article(a));
  }
  clear(box, out.length ? out : h('p', { class: 'muted' }, '没有符合条件的条款。'));
}

function article(a) {
  const refs = a.references || [];
  const resp = a.responsibilities || [];
  const dele = a.delegations || [];
  const surfaces = [...refs, ...resp, ...dele].map((r) => r.surface);
  const relations = [
    ...refs.map((r) => h('li', {}, typeTag(r.type),
      r.targetId ? h('a', { href: href.document(r.targetId) }, `《${r.targetTitle || r.targetId}》`) : `《${r.targetTitle}》`,
      r.targetArticle ? r.targetArticle : null)),
    ...resp.map((r) => h('li', {}, typeTag('RESPONSIBLE_FOR'), agencyLink({ id: r.agencyId, name: r.agencyName }),
      r.role ? h('span', { class: 'muted' }, `（${roleLabel(r.role)}）`) : null)),
    ...dele.map((r) => h('li', { class: 'delegation', dataset: { status: r.status || '' } }, typeTag('DELEGATES_TO'),
      agencyLink({ id: r.agencyId, name: r.agencyName }),
      r.what ? h('span', { class: 'muted' }, `：${r.what}`) : null,
      delegationStatus(r))),
  ];
  return h('section', { class: 'article', dataset: { articleId: a.id }, 'aria-label': a.label },
    h('p', { class: 'article-text' }, h('span', { class: 'article-head' }, a.label),
      highlight(a.text || '', surfaces, (text) => h('mark', {}, text))),
    relations.length ? h('ul', { class: 'relations', 'aria-label': `${a.label} 的关系` }, relations) : null);
}

/** The delegation → fulfilment path: its status and the implementing document that carries it out. */
function delegationStatus(r) {
  if (!r.status) return null;
  const s = DELEGATION_STATUS[r.status] || { zh: r.status, en: r.status };
  return h('span', { class: 'fulfilment' }, ' ',
    h('span', { class: `badge delegation-${r.status}`, title: s.en }, s.zh),
    r.fulfilledById ? [' ', typeTag('FULFILS'), ' ← ',
      h('a', { href: href.document(r.fulfilledById), class: 'fulfilled-by', title: `confidence ${r.confidence}` },
        `《${r.fulfilledByTitle || r.fulfilledById}》`)] : null);
}

function typeTag(type) {
  return h('span', { class: 'rel-type', style: `color:${edgeColor(type)}`, title: EDGE_TYPES[type] ? EDGE_TYPES[type].en : type },
    edgeLabel(type));
}

function scrollToArticle(box, articleId) {
  const el = box.querySelector(`[data-article-id="${CSS.escape(articleId)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('flash');
}
