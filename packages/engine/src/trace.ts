// The explanation format (versioned): a tree of what the engine read and computed, rendered by
// the CLI, the API and the web alike. Not a debug log: every node says what it means in Chinese.

import type { Reference } from './params.js';
import type { Unit, Value } from './units.js';

export const EXPLANATION_FORMAT = 'rencai.explanation/1';

export interface TraceNode {
  /** Node kind: fact, param, cond (all/any/not/cmp/in/has), calc (arithmetic), var, sum, const … */
  kind: string;
  label?: string;
  /** Computed value; absent when undetermined. Money in fen. */
  value?: Value;
  unit?: Unit;
  /** The value as a reader sees it ("720,000 元", "是", "（待确定）"). */
  display: string;
  /** For conditions: met or not (absent = undetermined). */
  met?: boolean;
  /** For an unmet condition: why, in plain words. */
  unmet?: string;
  /** The sentence with real numbers ("60 ㎡ × 12,000 元/㎡ = 720,000 元"). */
  text?: string;
  fact?: string;
  param?: { path: string; from: string; to?: string; reference: Reference; example?: boolean; reform?: boolean };
  /** Facts still needed to decide this node. */
  missing?: string[];
  children?: TraceNode[];
}

/**
 * The reason a benefit is not granted: follows the first unmet condition down the tree (into the
 * branch actually taken for a conditional) and returns the most specific node that states a reason.
 */
export function firstUnmet(t: TraceNode): TraceNode | undefined {
  if (t.met !== false) return undefined;
  const kids = t.kind === 'calc.if' ? (t.children ?? []).slice(-1) : (t.children ?? []);
  for (const ch of kids) {
    const found = firstUnmet(ch);
    if (found && (found.unmet || !t.unmet)) return found;
    if (found) break;
  }
  return t;
}

/** Renders a trace as indented Chinese lines (the CLI's view). Unlabelled glue nodes are folded away. */
export function renderTrace(t: TraceNode, indent = ''): string[] {
  const leaf = t.kind === 'fact' || t.kind === 'param' || t.kind === 'const';
  const kids = leaf ? [] : (t.children ?? []);
  if (t.kind === 'cond.known') return [];
  if (!t.label && !t.text && !leaf) return kids.flatMap((ch) => renderTrace(ch, indent));
  const mark = t.met === true ? '✓ ' : t.met === false ? '✗ ' : t.kind.startsWith('cond') && t.value === undefined ? '? ' : '';
  const head = t.text ?? (t.label ? `${t.label}：${t.display}` : t.display);
  const ref = t.param?.reference;
  const src = ref
    ? `〔${ref.doc}${ref.article ? ` 第${ref.article}条` : ''}${t.param!.example ? '，示例值' : ''}${t.param!.reform ? '，参数调整' : ''}，${t.param!.from} 起〕`
    : '';
  const lines = [`${indent}${mark}${head}${src}${t.met === false && t.unmet ? ` —— ${t.unmet}` : ''}`];
  for (const ch of kids) {
    // A derived variable's body usually repeats the variable's own label: show its parts instead.
    if (ch.label && ch.label === t.label && !ch.text) lines.push(...(ch.children ?? []).flatMap((g) => renderTrace(g, indent + '  ')));
    else lines.push(...renderTrace(ch, indent + '  '));
  }
  return lines;
}
