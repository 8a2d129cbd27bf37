// Hash routes: #/ , #/search?q=&page= , #/document/<id>?depth=&types= , #/agency/<id>?asOf= , #/report/dangling ,
// #/report/delegations?status=&page=

const enc = encodeURIComponent;

export function parseRoute(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/');
  const name = parts[0] || 'home';
  const id = parts.length > 1 ? safeDecode(parts.slice(1).join('/')) : null;
  return { name, id, params };
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch (e) { return s; }
}

function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const href = {
  home: () => '#/',
  search: (q, page) => withQuery('#/search', { q, page: page ? page : null }),
  document: (id, params) => withQuery(`#/document/${enc(id)}`, params),
  agency: (id, params) => withQuery(`#/agency/${enc(id)}`, params),
  node: (node) => {
    if (node.kind === 'Agency') return href.agency(node.id);
    if (node.kind === 'Article' && node.documentId) return href.document(node.documentId, { article: node.id });
    return href.document(node.id);
  },
  dangling: () => '#/report/dangling',
  delegations: (status, page) => withQuery('#/report/delegations', { status, page: page ? page : null }),
};

/** Changes the URL without adding a history entry or re-rendering (graph filters, depth). */
export function replaceParams(params) {
  const { name, id } = parseRoute();
  const current = parseRoute().params;
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') current.delete(k); else current.set(k, v);
  }
  const path = id ? `#/${name}/${enc(id)}` : `#/${name}`;
  const q = current.toString();
  history.replaceState(history.state, '', q ? `${path}?${q}` : path);
}
