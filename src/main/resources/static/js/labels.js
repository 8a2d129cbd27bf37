// Chinese (and English) names and colours for statuses and relation types.

export const STATUS = {
  IN_FORCE: { zh: '现行有效', en: 'in force' },
  AMENDED: { zh: '已修改', en: 'amended' },
  SUPERSEDED: { zh: '已被新版本取代', en: 'superseded by a later version' },
  REPEALED: { zh: '已废止', en: 'repealed' },
  PARTIALLY_REPEALED: { zh: '部分废止', en: 'partially repealed' },
  UNKNOWN: { zh: '状态未知', en: 'unknown' },
};

/**
 * Relation types in the order they are offered as graph filters. `group`: `documents` (citations, legal bases,
 * amendments, repeals, promulgation: shown by default on a document), `duties` (responsibilities and delegations:
 * one click away), `agencies` (issuers and hierarchy), `succession` (reorganisations and the bodies that held a role
 * name: off by default, also on an agency).
 */
export const EDGE_TYPES = {
  CITES: { zh: '引用', en: 'cites', color: '#2563eb', group: 'documents' },
  BASED_ON: { zh: '依据', en: 'based on', color: '#7c3aed', group: 'documents' },
  AMENDS: { zh: '修改', en: 'amends', color: '#d97706', group: 'documents' },
  REPEALS: { zh: '废止', en: 'repeals', color: '#dc2626', group: 'documents' },
  PROMULGATES: { zh: '印发', en: 'promulgates', color: '#0d9488', group: 'documents' },
  RESPONSIBLE_FOR: { zh: '负责', en: 'responsible', color: '#16a34a', group: 'duties' },
  DELEGATES_TO: { zh: '授权', en: 'delegates to', color: '#db2777', group: 'duties' },
  FULFILS: { zh: '落实', en: 'carries out', color: '#9333ea', group: 'duties' },
  ISSUED_BY: { zh: '发布', en: 'issued by', color: '#64748b', group: 'agencies' },
  PART_OF: { zh: '隶属', en: 'part of', color: '#a16207', group: 'agencies' },
  SUCCEEDED_BY: { zh: '由…继承', en: 'succeeded by', color: '#0891b2', group: 'succession' },
  HELD_BY: { zh: '由…承担', en: 'role held by', color: '#4d7c0f', group: 'succession' },
};

/** The types of one group, in filter order. */
export const typesOf = (group) => Object.keys(EDGE_TYPES).filter((t) => EDGE_TYPES[t].group === group);

/** Status of a rule-making delegation (graph.fulfil). */
export const DELEGATION_STATUS = {
  CARRIED_OUT: { zh: '已落实', en: 'carried out' },
  CARRIED_OUT_BY_OTHER: { zh: '由其他机关落实', en: 'carried out by another body' },
  CARRIED_OUT_LOWER_RANK: { zh: '以较低位阶落实', en: 'carried out at a lower rank' },
  ONWARD_DELEGATION: { zh: '再授权', en: 'delegated onward' },
  NOT_CARRIED_OUT: { zh: '未见落实', en: 'not carried out (in the graph)' },
  LOCAL: { zh: '授权地方', en: 'left to local bodies' },
};

export const ROLES = { lead: '牵头', co: '会同', supervise: '监督管理', implement: '实施' };

export const statusLabel = (s) => (STATUS[s] || STATUS.UNKNOWN).zh;
export const edgeLabel = (t) => (EDGE_TYPES[t] ? EDGE_TYPES[t].zh : t);
export const edgeColor = (t) => (EDGE_TYPES[t] ? EDGE_TYPES[t].color : '#94a3b8');
export const roleLabel = (r) => ROLES[r] || r || '';
