// The graph panel: a cytoscape.js view of a node's neighbourhood, with edge-type filters,
// depth, expansion, a legend and an accessible list of the nodes shown.
import { api } from './api.js';
import { h, clear } from './dom.js';
import { EDGE_TYPES, edgeLabel, edgeColor, statusLabel, typesOf } from './labels.js';
import { href, replaceParams } from './routes.js';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
const ALL_TYPES = Object.keys(EDGE_TYPES);
const DUTIES = typesOf('duties');

const STYLE = [
  { selector: 'node', style: {
    label: 'data(short)', 'font-family': FONT, 'font-size': 14, color: '#111827',
    'text-wrap': 'wrap', 'text-max-width': 150, 'text-overflow-wrap': 'anywhere', 'min-zoomed-font-size': 7,
    'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 18,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
    'background-color': '#dbeafe', 'border-color': '#2563eb', 'border-width': 1.5,
  } },
  { selector: 'node[kind = "Document"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[status = "REPEALED"]', style: { 'background-color': '#fee2e2', 'border-color': '#dc2626' } },
  { selector: 'node[status = "AMENDED"], node[status = "PARTIALLY_REPEALED"]',
    style: { 'background-color': '#fef3c7', 'border-color': '#d97706' } },
  { selector: 'node[?stub]', style: {
    'background-color': '#f1f5f9', 'border-color': '#94a3b8', 'border-style': 'dashed', color: '#64748b' } },
  { selector: 'node[?stub][status = "REPEALED"]', style: { 'border-color': '#dc2626' } },
  { selector: 'node[kind = "Agency"]', style: {
    shape: 'ellipse', width: 22, height: 22, 'background-color': '#dcfce7', 'border-color': '#16a34a' } },
  { selector: 'node[kind = "Article"]', style: {
    shape: 'rectangle', width: 12, height: 12, 'background-color': '#ede9fe', 'border-color': '#7c3aed' } },
  { selector: 'node.focus', style: {
    width: 38, height: 26, 'border-width': 3, 'font-size': 16, 'font-weight': 'bold', 'text-max-width': 200 } },
  { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.12, 'overlay-color': '#1d4ed8' } },
  { selector: 'edge', style: {
    width: 1.6, 'curve-style': 'bezier', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
    'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
    label: 'data(typeLabel)', 'font-family': FONT, 'font-size': 12, 'font-weight': 'bold', color: 'data(color)',
    'min-zoomed-font-size': 7, 'text-rotation': 'autorotate',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
  } },
  { selector: 'edge.hover', style: { width: 3 } },
];

/**
 * @param focusId the document or agency at the centre
 * @param params  URLSearchParams of the route (depth, types)
 * @param kind    'Document' (citations, bases, amendments, repeals, promulgation shown by default; duties and
 *                delegations one click away) or 'Agency' (every type but succession: an agency's edges are duties and
 *                issuers); succession (SUCCEEDED_BY, HELD_BY) is off by default on both
 */
export function createGraphPanel(focusId, params, kind = 'Document') {
  const defaults = kind === 'Agency' ? ALL_TYPES.filter((t) => EDGE_TYPES[t].group !== 'succession')
    : typesOf('documents');
  const state = {
    focusId,
    depth: clampDepth(params.get('depth')),
    types: new Set(params.get('types') ? params.get('types').split(',').filter((t) => EDGE_TYPES[t]) : defaults),
    nodes: new Map(),
    cy: null,
    request: null,
  };

  const status = h('div', { class: 'graph-status', role: 'status' });
  const canvas = h('div', { class: 'graph-canvas', id: 'graph-canvas', 'aria-label': '关系图 (graph); 下方列出全部节点' }, status);
  const typeBoxes = ALL_TYPES.map((t) => h('label', { title: EDGE_TYPES[t].en },
    h('input', { type: 'checkbox', name: 'edge-type', value: t, checked: state.types.has(t), onchange: onTypesChanged }),
    h('span', { class: 'swatch', style: `background:${edgeColor(t)}` }),
    edgeLabel(t)));
  const depthSelect = h('select', { id: 'graph-depth', onchange: onDepthChanged },
    [1, 2, 3].map((d) => h('option', { value: d, selected: d === state.depth }, `${d} 层`)));
  const dutiesButton = h('button', { type: 'button', id: 'toggle-duties', onclick: toggleDuties,
    title: 'responsibilities and delegations (负责, 授权)' });
  const nodeList = h('ul', { id: 'graph-node-list' });
  const nodeCount = h('span');

  const element = h('section', { class: 'graph-side', 'aria-label': '关系图 Graph' },
    h('div', { class: 'graph-controls' },
      h('fieldset', { id: 'edge-filters' }, h('legend', { title: 'edge types' }, '关系'), typeBoxes),
      dutiesButton,
      h('label', {}, '深度 Depth ', depthSelect),
      h('button', { type: 'button', onclick: () => state.cy && state.cy.fit(undefined, 24), title: 'Fit' }, '适应窗口'),
      h('button', { type: 'button', onclick: load, title: 'Reset' }, '重置')),
    canvas,
    h('div', { class: 'legend', 'aria-label': '图例 Legend' },
      h('strong', {}, '图例'),
      legendKey('#dbeafe', '#2563eb', 'solid', '文件 document'),
      legendKey('#fee2e2', '#dc2626', 'solid', '已废止 repealed'),
      legendKey('#fef3c7', '#d97706', 'solid', '已修改 amended'),
      legendKey('#f1f5f9', '#94a3b8', 'dashed', '仅被引用 stub', true),
      legendKey('#dcfce7', '#16a34a', 'solid', '机构 agency', false, '50%'),
      h('span', { class: 'muted' }, '单击打开 · 右键展开 (click opens, right-click expands)')),
    h('details', { class: 'node-list', open: true },
      h('summary', {}, '图中节点 Nodes ', nodeCount),
      nodeList));

  function legendKey(bg, border, style, text, grey, radius) {
    return h('span', {}, h('span', { class: 'node-key',
      style: `background:${bg};border-color:${border};border-style:${style};border-radius:${radius || '3px'}` }),
    grey ? h('span', { class: 'muted' }, text) : text);
  }

  function onTypesChanged() {
    state.types = new Set(typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value));
    typesChanged();
  }

  /** Duties and delegations on or off in one click. */
  function toggleDuties() {
    const on = !DUTIES.every((t) => state.types.has(t));
    DUTIES.forEach((t) => (on ? state.types.add(t) : state.types.delete(t)));
    typeBoxes.forEach((l) => { const i = l.querySelector('input'); i.checked = state.types.has(i.value); });
    typesChanged();
  }

  function typesChanged() {
    const isDefault = state.types.size === defaults.length && defaults.every((t) => state.types.has(t));
    replaceParams({ types: isDefault ? null : (state.types.size ? ALL_TYPES.filter((t) => state.types.has(t)).join(',') : 'none') });
    showDutiesState();
    load();
  }

  function showDutiesState() {
    const on = DUTIES.every((t) => state.types.has(t));
    dutiesButton.setAttribute('aria-pressed', String(on));
    dutiesButton.textContent = on ? '隐藏职责与授权' : '显示职责与授权';
  }
  showDutiesState();

  function onDepthChanged() {
    state.depth = clampDepth(depthSelect.value);
    replaceParams({ depth: state.depth === 1 ? null : state.depth });
    load();
  }

  function ensureCy() {
    if (state.cy) return state.cy;
    if (!window.cytoscape) {
      status.textContent = '无法加载 cytoscape.js (graph library not loaded)';
      return null;
    }
    if (window.reggraph && window.reggraph.graph && window.reggraph.graph !== panel) window.reggraph.graph.destroy();
    const cy = window.cytoscape({ container: canvas, style: STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
    cy.on('tap', 'node', (e) => {
      const node = e.target.data();
      if (node.id !== state.focusId) location.hash = href.node(node);
    });
    cy.on('cxttap', 'node', (e) => expand(e.target.id()));
    cy.on('mouseover', 'node, edge', (e) => { e.target.addClass('hover'); canvas.title = e.target.data('title') || ''; });
    cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
    state.cy = cy;
    window.reggraph = Object.assign(window.reggraph || {}, { cy, graph: panel });
    return cy;
  }

  async function load() {
    const cy = ensureCy();
    if (!cy) return;
    state.nodes.clear();
    cy.elements().remove();
    if (state.types.size === 0) {
      addData({ nodes: [{ id: state.focusId, label: state.focusId, kind: 'Document' }], edges: [] });
      status.textContent = '未选择关系类型 (no edge type selected)';
      return;
    }
    await fetchAndAdd(state.focusId, state.depth);
  }

  async function expand(nodeId) {
    if (!ensureCy() || state.types.size === 0) return;
    await fetchAndAdd(nodeId, 1);
  }

  async function fetchAndAdd(id, depth) {
    if (state.request) state.request.abort();
    const request = new AbortController();
    state.request = request;
    element.setAttribute('aria-busy', 'true');
    status.textContent = '加载中… (loading)';
    try {
      const data = await api.graph(id, depth, [...state.types], 200, request.signal);
      if (request.signal.aborted) return;
      addData(data);
      status.textContent = data.truncated ? '节点过多，已截断 (truncated)' : '';
    } catch (e) {
      if (e.name !== 'AbortError') status.textContent = `图谱加载失败：${e.message}`;
    } finally {
      if (state.request === request) {
        state.request = null;
        element.setAttribute('aria-busy', 'false');
        element.dataset.loaded = String(Number(element.dataset.loaded || 0) + 1);
      }
    }
  }

  function addData(data) {
    const cy = state.cy;
    if (!cy || cy.destroyed()) return;
    const added = [];
    for (const n of data.nodes || []) {
      if (state.nodes.has(n.id)) continue;
      state.nodes.set(n.id, n);
      added.push({ group: 'nodes', data: { ...n, short: shorten(n.label || n.id), title: n.label || n.id } });
    }
    for (const e of data.edges || []) {
      const id = e.id || `${e.source}|${e.type}|${e.target}`;
      if (cy.getElementById(id).nonempty() || !state.nodes.has(e.source) || !state.nodes.has(e.target)) continue;
      added.push({ group: 'edges', data: { ...e, id, color: edgeColor(e.type), typeLabel: edgeLabel(e.type), title: e.type } });
    }
    cy.add(added);
    cy.getElementById(state.focusId).addClass('focus');
    renderNodeList(); // first: it changes the height left for the canvas
    layout();
  }

  function layout() {
    const cy = state.cy;
    cy.resize();
    const focus = cy.getElementById(state.focusId);
    const level = new Map();
    if (focus.nonempty()) {
      cy.elements().bfs({ roots: focus, directed: false, visit: (v, e, u, i, depth) => { level.set(v.id(), depth); } });
    }
    const max = Math.max(0, ...level.values());
    cy.layout({
      name: 'concentric', animate: false, fit: true, padding: 24, minNodeSpacing: 48, avoidOverlap: true,
      startAngle: Math.PI * 1.5 + 0.3, // not straight down: keeps edge labels clear of the centre's label
      concentric: (n) => max + 1 - (level.has(n.id()) ? level.get(n.id()) : max + 1),
      levelWidth: () => 1,
      spacingFactor: cy.nodes().length <= 6 ? 1.8 : 1, // sparse: longer edges so their labels stay readable
    }).run();
    if (cy.zoom() > 1.4) { // few nodes: do not blow the labels up
      cy.zoom(1.4);
      cy.center();
    }
  }

  function renderNodeList() {
    const nodes = [...state.nodes.values()].sort((a, b) => kindOrder(a) - kindOrder(b));
    nodeCount.textContent = `(${nodes.length})`;
    clear(nodeList, nodes.map((n) => h('li', { dataset: { nodeId: n.id } },
      h('a', { href: href.node(n), class: n.stub ? 'muted' : null }, n.label || n.id),
      n.kind === 'Document' && n.status && n.status !== 'IN_FORCE' ? h('span', { class: 'muted' }, ` · ${statusLabel(n.status)}`) : null,
      n.stub ? h('span', { class: 'muted' }, ' · stub') : null,
      h('button', { type: 'button', 'aria-label': `展开 ${n.label || n.id} (expand)`, onclick: () => expand(n.id) }, '展开'))));
  }

  /** Frees the cytoscape instance when the view is left. */
  function destroy() {
    if (state.request) state.request.abort();
    if (state.cy) state.cy.destroy();
    state.cy = null;
  }

  const panel = { element, load, expand, destroy, get cy() { return state.cy; } };
  return panel;
}

function kindOrder(n) {
  return n.kind === 'Document' ? (n.stub ? 1 : 0) : n.kind === 'Agency' ? 2 : 3;
}

function clampDepth(value) {
  const d = Number.parseInt(value, 10);
  return Number.isFinite(d) ? Math.min(3, Math.max(1, d)) : 1;
}

function shorten(label) {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}
