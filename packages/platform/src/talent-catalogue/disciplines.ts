// The Ministry of Education's discipline catalogues as cited data (packages/domain/data/moe-disciplines.json):
// 《普通高等学校本科专业目录（2024年）》 (门类, 专业类, and the 专业 of the groups the policy cares about)
// and 《研究生教育学科专业目录（2022年）》 (一级学科). A major is keyed by level and code — 'u:0809'
// (本科专业类), 'u:080901' (本科专业), 'g:0812' (研究生一级学科) — because the two catalogues reuse
// four-digit codes for different things (本科 0809 计算机类, 研究生 0809 电子科学与技术).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Data {
  title: string;
  sources: Array<{ level: string; doc: string; issuer: string; published: string; note: string }>;
  transcribed: string;
  caveat: string;
  categories: Array<{ code: string; name: string }>;
  undergraduate: Array<{ code: string; name: string; category: string; majors?: Array<{ code: string; name: string }> }>;
  graduate: Array<{ code: string; name: string; category: string; degree: 'academic' | 'professional' }>;
}

export interface Discipline {
  /** 'u:0809', 'u:080901' or 'g:0812'. */
  key: string;
  /** The code as the catalogue prints it (0809, 080901, 080717T). */
  code: string;
  name: string;
  /** 本科专业类, 本科专业, 研究生一级学科, 研究生专业学位类别. */
  levelName: string;
  category: string;
  categoryName: string;
  /** For a 本科专业: its 专业类's key. */
  parent?: string;
}

const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('../../../domain/data/moe-disciplines.json', import.meta.url)), 'utf8')) as Data;

const CATEGORY = new Map(DATA.categories.map((c) => [c.code, c.name]));
const LIST: Discipline[] = [];
for (const k of DATA.undergraduate) {
  const categoryName = CATEGORY.get(k.category) ?? '';
  LIST.push({ key: `u:${k.code}`, code: k.code, name: k.name, levelName: '本科专业类', category: k.category, categoryName });
  for (const m of k.majors ?? []) LIST.push({ key: `u:${m.code}`, code: m.code, name: m.name, levelName: '本科专业', category: k.category, categoryName, parent: `u:${k.code}` });
}
for (const g of DATA.graduate) LIST.push({ key: `g:${g.code}`, code: g.code, name: g.name, levelName: g.degree === 'academic' ? '研究生一级学科' : '研究生专业学位类别', category: g.category, categoryName: CATEGORY.get(g.category) ?? '' });
const BY_KEY = new Map(LIST.map((d) => [d.key, d]));

export const disciplineByKey = (key: string): Discipline | undefined => BY_KEY.get(key);
export const isDisciplineKey = (key: unknown): key is string => typeof key === 'string' && BY_KEY.has(key);

/** A major as people read it: its name and level (the code is shown beside it, as secondary text). */
export const majorLabel = (key: string): string => {
  const d = BY_KEY.get(key);
  return d ? `${d.name}（${d.levelName}）` : '未知专业';
};

/** The 专业类 (or 一级学科) a major belongs to, and the major itself: what an entry may name to cover it. */
export const coveringKeys = (key: string): string[] => {
  const d = BY_KEY.get(key);
  return d?.parent ? [key, d.parent] : [key];
};

/** The catalogues, their sources and coverage, and the disciplines matching `q` (name or code), at most `limit`. */
export function disciplines(q = '', limit = 2000) {
  const t = q.trim();
  const list = t ? LIST.filter((d) => d.name.includes(t) || d.code.startsWith(t) || d.categoryName.includes(t)) : LIST;
  return { title: DATA.title, sources: DATA.sources, transcribed: DATA.transcribed, caveat: DATA.caveat, categories: DATA.categories, items: list.slice(0, limit) };
}
