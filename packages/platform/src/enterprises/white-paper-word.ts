// The demand white paper as a Word document, on request: the document is built by white-paper-docx.ts,
// loaded on first use (docx and ECharts take seconds to load, which every process start would otherwise pay).

import type { Caller, Platform } from '../shared/index.js';
import { whitePaper } from './white-paper.js';

/** The white paper as a Word document: title, totals, a table and a figure per dimension, the top majors, and the methodology page. */
export async function whitePaperDocx(p: Platform, c: Caller, year: unknown): Promise<Buffer> {
  const w = await whitePaper(p, c, year);
  const { whitePaperDocument } = await import('./white-paper-docx.js');
  return whitePaperDocument(w);
}
