// Client of the service's REST API (same origin only). List answers are pages: {content: [...], page: {size,
// number, totalElements, totalPages}}.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function get(path, params = {}, signal) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, Array.isArray(v) ? v.join(',') : v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, `无法连接服务 (cannot reach the service): ${e.message}`);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json(); // RFC 9457 problem details
      detail = problem.detail || problem.title || detail;
    } catch (ignored) { /* not JSON */ }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

const enc = encodeURIComponent;

export const api = {
  suggest: (q, limit = 10, signal) => get('api/suggest', { q, limit }, signal),
  searchDocuments: (q, page = 0, size = 20, signal) => get('api/documents', { q, page, size }, signal),
  document: (id, signal) => get(`api/documents/${enc(id)}`, {}, signal),
  articles: (id, page, size, signal) => get(`api/documents/${enc(id)}/articles`, { page, size }, signal),
  replacements: (id, signal) => get(`api/documents/${enc(id)}/replacements`, {}, signal),
  versions: (id, signal) => get(`api/documents/${enc(id)}/versions`, {}, signal),
  graph: (id, depth, types, limit = 200, signal) => get('api/graph', { id, depth, types, limit }, signal),
  agency: (id, asOf, signal) => get(`api/agencies/${enc(id)}`, { asOf }, signal),
  dangling: (signal) => get('api/reports/dangling-references', {}, signal),
  delegations: (status, page, size, signal) => get('api/reports/delegations', { status, page, size }, signal),
};
