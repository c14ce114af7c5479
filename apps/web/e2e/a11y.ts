// Accessibility checks shared by the browser tests: axe-core (WCAG 2.0/2.1 levels A and AA, the base
// of GB/T 37668-2019) run inside the page, returning each violation with its rule, impact and the
// elements that fail it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  /** One entry per failing element: its selector and axe's summary of why it fails. */
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core over the whole document. The script is evaluated through the browser's debugging
 * protocol, so the server's Content-Security-Policy (script-src 'self') does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').split('\n').slice(0, 2).join(' ') })),
    }));
  }, WCAG_TAGS);
}

/** Number of failing elements over all rules. */
export const failingElements = (violations: AxeViolation[]) => violations.reduce((n, v) => n + v.nodes.length, 0);

/** One line per failing element, for a readable test failure: "rule (impact) selector — why". */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.rule} (${v.impact}) ${n.target} — ${n.summary}`));
