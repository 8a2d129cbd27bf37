// Small pieces shared by the views.
import { h } from './dom.js';
import { statusLabel, STATUS } from './labels.js';
import { href } from './routes.js';

export function statusBadge(status) {
  const s = STATUS[status] ? status : 'UNKNOWN';
  return h('span', { class: `badge status-${s}`, title: STATUS[s].en }, statusLabel(s));
}

export function docLink(doc, text) {
  if (!doc) return null;
  return h('a', { href: href.document(doc.id), title: doc.id }, text || `《${doc.title || doc.id}》`);
}

export function agencyLink(agency) {
  if (!agency) return null;
  return h('a', { href: href.agency(agency.id) }, agency.name || agency.id);
}

export function errorBox(error) {
  const prefix = error.status === 404 ? '没有这个文件或机构 (not found)' : '出错了 (error)';
  return h('div', { class: 'message error', role: 'alert' }, `${prefix}: ${error.message || error}`);
}

export function loading(text = '加载中… (loading)') {
  return h('div', { class: 'message', role: 'status' }, text);
}

export function date(value) {
  return value || '—';
}
