// The work list of a policy document as cited data: its tasks (工作事项), their work items (工作内容)
// with lead and co-operating units, and the targets the text sets — each with the sentence it comes
// from, its unit of measure, its value for the plan's end, whether it counts a level, a running total
// since the plan began, or each year, and the comparison the text uses. Read from
// <package>/worklist/*.yaml; units from <package>/worklist/units.yaml.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from './load.js';

/** What a target counts, as the text words it. */
export type Measure = 'person' | 'person_time' | 'project' | 'team' | 'org' | 'percent';

export const MEASURE_LABELS: Record<Measure, string> = {
  person: '人',
  person_time: '人次',
  project: '个',
  team: '个',
  org: '家',
  percent: '%',
};

/**
 * level: the value reached at the end (人才资源总量达到 60 万人) — progress runs from a base figure;
 * cumulative: a running total since the plan began (到 2025 年新引进 … 100 个);
 * annual: each calendar year on its own (每年培训 1 万人).
 */
export type TargetKind = 'level' | 'cumulative' | 'annual';

export const KIND_LABELS: Record<TargetKind, string> = { level: '总量', cumulative: '累计', annual: '每年' };

/** The comparison the text uses: 达到 reach, 以上 at least, 左右 about, 力争 aim. */
export type Comparison = 'reach' | 'at_least' | 'about' | 'aim';

export const COMPARISON_LABELS: Record<Comparison, string> = { reach: '达到', at_least: '以上', about: '左右', aim: '力争' };

/** The figures the platform computes itself; a target's `computed` names one of these. */
export const COMPUTED_INDICATORS = ['recognised_leading_talents', 'digital_phd_master_arrivals', 'hl_projects_landed', 'engineer_centres', 'enclave_teams', 'enclave_projects', 'academician_stations', 'postdoc_stations', 'phd_stations', 'high_skilled_recognitions'] as const;

export interface Target {
  /** Stable id, snake_case (e.g. hl_projects_landed). */
  id: string;
  /** The indicator in the text's words (新引进落地高层次人才项目). */
  indicator: string;
  measure: Measure;
  kind: TargetKind;
  comparison: Comparison;
  /** The value at the plan's end (for annual targets: each year's). Percent as written (2.75). */
  value: number;
  /** The sentence of the text that sets it, verbatim. */
  sentence: string;
  /** For level targets: the base figure progress is counted from, where the text implies one; else the first accepted report's. */
  base?: { value: number; note: string };
  /** Set when the platform computes the figure itself: the name of the computation (see the work-list module). */
  computed?: string;
  /** Explanations: how the text was read where it could be read two ways. */
  note?: string;
}

export interface WorkItem {
  /** "4.3": task number, then the item's place in the task. */
  no: string;
  /** The work item's sentence, verbatim. */
  text: string;
  /** Unit codes (units.yaml); "counties" means each county (市、区) for its own area. */
  lead: string[];
  partners: string[];
  /** How often units report on it. */
  period: 'monthly' | 'quarterly';
  targets: Target[];
}

export interface Task {
  no: number;
  title: string;
  items: WorkItem[];
}

export interface Unit {
  code: string;
  name: string;
  /** department: a city department; zone: a zone's committee; county: all counties together; college; enterprise; institute; group (市级相关单位). */
  kind: 'department' | 'zone' | 'county' | 'college' | 'enterprise' | 'institute' | 'group';
  /** Other names the text uses for the same unit (市人社局 for 市人力社保局). */
  aliases?: string[];
}

export interface WorkList {
  doc: string;
  title: string;
  /** The plan's first day (the document's effective date) and last (the end of 2025). */
  start: string;
  end: string;
  /** Article 2's overall targets. */
  overall: Target[];
  tasks: Task[];
  units: Unit[];
  /** The region codes of 各县（市、区） (the unit code "counties"): each reports for its own area. */
  counties: string[];
}

/** Every target of the list: the overall ones, then the items' in order, each with its item (null for overall targets). */
export function allTargets(list: WorkList): Array<{ target: Target; item: WorkItem | null; task: Task | null }> {
  return [
    ...list.overall.map((target) => ({ target, item: null, task: null })),
    ...list.tasks.flatMap((task) => task.items.flatMap((item) => item.targets.map((target) => ({ target, item, task })))),
  ];
}

/** The work list of a policy package's folder, or null when it has none. */
export function loadWorkList(dir: string): WorkList | null {
  const file = join(dir, 'worklist', 'worklist.yaml');
  if (!existsSync(file)) return null;
  const raw = readYaml(file) as Omit<WorkList, 'units'>;
  const units = (readYaml(join(dir, 'worklist', 'units.yaml')) as Unit[]) ?? [];
  for (const target of [...(raw.overall ?? []), ...(raw.tasks ?? []).flatMap((t) => (t.items ?? []).flatMap((i) => i.targets ?? []))]) checkTarget(target);
  return {
    ...raw,
    start: String(raw.start),
    end: String(raw.end),
    overall: raw.overall ?? [],
    counties: raw.counties ?? [],
    tasks: (raw.tasks ?? []).map((t) => ({ ...t, items: t.items.map((i) => ({ ...i, no: String(i.no), partners: i.partners ?? [], targets: i.targets ?? [] })) })),
    units,
  };
}

/** What a target must state, with each field's name in the text's words (for the error message). */
const REQUIRED_TARGET_FIELDS: Array<[keyof Target, string]> = [
  ['id', '编号'],
  ['indicator', '指标'],
  ['sentence', '原文'],
  ['value', '目标值'],
  ['measure', '计量单位'],
  ['kind', '口径'],
  ['comparison', '比较方式'],
];

/** Refuses a target that lacks a field every target must state, naming the target and the field. */
function checkTarget(target: Partial<Target>): void {
  for (const [field, label] of REQUIRED_TARGET_FIELDS) {
    const v = target[field];
    const missing = v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (field === 'value' && typeof v !== 'number');
    if (missing) throw new Error(`工作清单目标 ${(typeof target.id === 'string' && target.id.trim()) || '（无编号）'} 缺少${label}（${field}）`);
  }
}
