// Chinese (and English) names and colours for statuses and relation types.

export const STATUS = {
  IN_FORCE: { zh: '现行有效', en: 'in force' },
  AMENDED: { zh: '已修改', en: 'amended' },
  SUPERSEDED: { zh: '已被新版本取代', en: 'superseded by a later version' },
  REPEALED: { zh: '已废止', en: 'repealed' },
  PARTIALLY_REPEALED: { zh: '部分废止', en: 'partially repealed' },
  UNKNOWN: { zh: '状态未知', en: 'unknown' },
};

/** Relation types in the order they are offered as graph filters. `on` = shown by default. */
export const EDGE_TYPES = {
  CITES: { zh: '引用', en: 'cites', color: '#2563eb', on: true },
  BASED_ON: { zh: '依据', en: 'based on', color: '#7c3aed', on: true },
  AMENDS: { zh: '修改', en: 'amends', color: '#d97706', on: true },
  REPEALS: { zh: '废止', en: 'repeals', color: '#dc2626', on: true },
  PROMULGATES: { zh: '印发', en: 'promulgates', color: '#0d9488', on: true },
  DELEGATES_TO: { zh: '授权', en: 'delegates to', color: '#db2777', on: true },
  RESPONSIBLE_FOR: { zh: '负责', en: 'responsible', color: '#16a34a', on: true },
  ISSUED_BY: { zh: '发布', en: 'issued by', color: '#64748b', on: true },
  PART_OF: { zh: '隶属', en: 'part of', color: '#a16207', on: true },
};

export const ROLES = { lead: '牵头', co: '会同', supervise: '监督管理', implement: '实施' };

export const statusLabel = (s) => (STATUS[s] || STATUS.UNKNOWN).zh;
export const edgeLabel = (t) => (EDGE_TYPES[t] ? EDGE_TYPES[t].zh : t);
export const edgeColor = (t) => (EDGE_TYPES[t] ? EDGE_TYPES[t].color : '#94a3b8');
export const roleLabel = (r) => ROLES[r] || r || '';
