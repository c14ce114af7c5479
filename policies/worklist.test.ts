// Checks on 衢委发〔2020〕7号's work list: all 16 tasks with their items numbered in order, every
// unit a work item names known, and every target complete — its indicator, measure, kind and
// comparison from the allowed sets, a positive value, and the original sentence stating that value.
// A work list whose target lacks one of these is refused when loaded.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allTargets, COMPARISON_LABELS, COMPUTED_INDICATORS, KIND_LABELS, loadWorkList, MEASURE_LABELS, quzhouWorkList } from './index.js';

/** How many targets the list sets: article 2's five and the appendix's 24. A dropped target fails this. */
const TARGET_COUNT = 29;

/** Whether the sentence states the value as written: in digits (100, 2.75) or in 万 (1.5 万, 15万). */
function statesValue(sentence: string, value: number): boolean {
  const text = sentence.replace(/\s+/g, '');
  const forms = [String(value)];
  if (value >= 10000) forms.push(`${value / 10000}万`);
  return forms.some((f) => text.includes(f));
}

const list = quzhouWorkList();
const targets = allTargets(list);

describe('衢委发〔2020〕7号 work list', () => {
  it('has the 16 tasks, numbered 1 to 16', () => {
    expect(list.tasks.map((t) => t.no)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const task of list.tasks) {
      expect(task.title.trim()).not.toBe('');
      expect(task.items.length).toBeGreaterThan(0);
    }
  });

  it('numbers the items of each task <task>.<n>, consecutively from 1, each once', () => {
    for (const task of list.tasks) expect(task.items.map((i) => i.no)).toEqual(task.items.map((_, n) => `${task.no}.${n + 1}`));
    const nos = list.tasks.flatMap((t) => t.items.map((i) => i.no));
    expect(new Set(nos).size).toBe(nos.length);
    expect(nos).toHaveLength(38);
  });

  it('names only known units, and every item has a lead unit', () => {
    const codes = new Set(list.units.map((u) => u.code));
    expect(codes.size).toBe(list.units.length);
    const unknown = list.tasks.flatMap((t) => t.items.flatMap((i) => [...i.lead, ...i.partners].filter((c) => !codes.has(c)).map((c) => `${i.no}: ${c}`)));
    expect(unknown).toEqual([]);
    for (const item of list.tasks.flatMap((t) => t.items)) {
      expect(item.lead.length, item.no).toBeGreaterThan(0);
      expect(item.text.trim(), item.no).not.toBe('');
      expect(['monthly', 'quarterly'], item.no).toContain(item.period);
    }
  });

  it('gives every target a unique id', () => {
    const ids = targets.map(({ target }) => target.id);
    expect(ids.filter((id, n) => ids.indexOf(id) !== n)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('states every target completely, with its value in its original sentence', () => {
    for (const { target, item } of targets) {
      const where = target.id;
      expect(target.indicator?.trim(), where).toBeTruthy();
      expect(Object.keys(MEASURE_LABELS), where).toContain(target.measure);
      expect(Object.keys(KIND_LABELS), where).toContain(target.kind);
      expect(Object.keys(COMPARISON_LABELS), where).toContain(target.comparison);
      expect(typeof target.value, where).toBe('number');
      expect(target.value, where).toBeGreaterThan(0);
      if (target.measure === 'percent') expect(target.value, where).toBeLessThanOrEqual(100);
      expect(target.sentence?.trim(), where).toBeTruthy();
      expect(statesValue(target.sentence, target.value), `${where}: ${target.sentence}`).toBe(true);
      if (item) expect(item.text, where).toContain(target.sentence);
    }
  });

  it('computes only the figures the platform knows how to compute', () => {
    const computed = targets.flatMap(({ target }) => (target.computed ? [target.computed] : []));
    for (const name of computed) expect(COMPUTED_INDICATORS as readonly string[]).toContain(name);
    expect([...computed].sort()).toEqual([...COMPUTED_INDICATORS].sort());
  });

  it(`sets ${TARGET_COUNT} targets in all`, () => {
    expect(list.overall).toHaveLength(5);
    expect(targets).toHaveLength(TARGET_COUNT);
  });
});

describe('the value check', () => {
  it('accepts digits and the 万 form, with or without spaces', () => {
    expect(statesValue('到2025年，新引进落地高层次人才项目100个', 100)).toBe(true);
    expect(statesValue('新培训经营管理人才 1.5 万人次', 15000)).toBe(true);
    expect(statesValue('力争新引进大学生 15 万人', 150000)).toBe(true);
    expect(statesValue('比例达到2.75%', 2.75)).toBe(true);
    expect(statesValue('培养乡村主播2000人', 3000)).toBe(false);
  });
});

describe('loading a work list', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  function writeList(target: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-worklist-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'worklist'));
    writeFileSync(join(dir, 'worklist', 'units.yaml'), '- { code: org_dept, name: 市委组织部, kind: department }\n');
    writeFileSync(
      join(dir, 'worklist', 'worklist.yaml'),
      [
        'doc: 测试',
        'title: 测试清单',
        'start: 2020-04-22',
        'end: 2025-12-31',
        'tasks:',
        '  - no: 1',
        '    title: 测试事项',
        '    items:',
        '      - no: 1.1',
        '        text: 到2025年，新引进人才100人。',
        '        lead: [org_dept]',
        '        period: quarterly',
        '        targets:',
        target,
        '',
      ].join('\n'),
    );
    return dir;
  }

  const complete = ['          - id: new_talents', '            indicator: 新引进人才', '            measure: person', '            kind: cumulative', '            comparison: reach', '            value: 100', '            sentence: 到2025年，新引进人才100人'];

  it('loads a complete target', () => {
    const loaded = loadWorkList(writeList(complete.join('\n')));
    expect(loaded?.tasks[0]?.items[0]?.targets.map((t) => t.id)).toEqual(['new_talents']);
  });

  it('refuses a target without its original sentence, naming the target and the field', () => {
    const dir = writeList(complete.filter((l) => !l.includes('sentence:')).join('\n'));
    expect(() => loadWorkList(dir)).toThrow('工作清单目标 new_talents 缺少原文（sentence）');
  });

  it.each(['indicator', 'value', 'measure', 'kind', 'comparison'])('refuses a target without %s', (field) => {
    const dir = writeList(complete.filter((l) => !l.includes(`${field}:`)).join('\n'));
    expect(() => loadWorkList(dir)).toThrow(new RegExp(`^工作清单目标 new_talents 缺少.+（${field}）$`));
  });

  it('refuses a target without an id', () => {
    const lines = complete.slice(1);
    lines[0] = lines[0]!.replace('            ', '          - ');
    expect(() => loadWorkList(writeList(lines.join('\n')))).toThrow('缺少编号（id）');
  });
});
