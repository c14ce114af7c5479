// Client of the 急需紧缺人才目录 API (/api/v1/disciplines, /talent-catalogues…, /white-paper…): the
// Ministry of Education's discipline codes, the catalogue's versions and entries, compiling,
// publishing, and the demand white paper with its downloads.

import { download, json, qs, request } from '../api';

export interface Discipline { key: string; code: string; name: string; levelName: string; category: string; categoryName: string; parent?: string }
export interface Disciplines { title: string; sources: Array<{ doc: string; issuer: string; published: string; note: string }>; caveat: string; items: Discipline[] }
export interface CatalogueEntry { id: number; industry: string; majorCode: string; majorCodeShown: string; majorName: string; majorLevel: string; post: string | null; demandCount: number; headcount: number; note: string | null }
export interface Catalogue {
  id: number; year: number; version: number; title: string; status: 'draft' | 'published'; statusName: string; effectiveFrom: string | null; note: string | null; createdAt: string; publishedAt: string | null;
  entries?: CatalogueEntry[];
}
export interface Tally { key: string; label: string; demands: number; headcount: number }
export interface WhitePaper {
  year: number; title: string; generatedAt: string; regions: string[];
  totals: { demands: number; enterprises: number; headcount: number; coded: number; urgent: number };
  byIndustry: Tally[]; byRegion: Tally[]; byDegree: Tally[]; byMajorGroup: Tally[]; topMajors: Tally[]; methodology: string[];
}

export const tcApi = {
  disciplines: (q: string) => request<Disciplines>(`/api/v1/disciplines${qs({ q })}`),
  list: () => request<Catalogue[]>('/api/v1/talent-catalogues'),
  get: (id: number) => request<Catalogue>(`/api/v1/talent-catalogues/${id}`),
  draft: (year: number) => request<Catalogue>('/api/v1/talent-catalogues', json('POST', { year })),
  compile: (year: number) => request<Catalogue>('/api/v1/talent-catalogues/compile', json('POST', { year })),
  addEntry: (id: number, body: { industry: string; majorCode: string; post?: string }) => request<Catalogue>(`/api/v1/talent-catalogues/${id}/entries`, json('POST', body)),
  removeEntry: (id: number, entryId: number) => request<Catalogue>(`/api/v1/talent-catalogues/${id}/entries/${entryId}/remove`, json('POST', {})),
  publish: (id: number, effectiveFrom: string) => request<Catalogue>(`/api/v1/talent-catalogues/${id}/publish`, json('POST', { effectiveFrom })),
  whitePaper: (year: number) => request<WhitePaper>(`/api/v1/white-paper${qs({ year: String(year) })}`),
  docx: (year: number) => download(`/api/v1/white-paper/docx${qs({ year: String(year) })}`),
  xlsx: (year: number) => download(`/api/v1/white-paper/xlsx${qs({ year: String(year) })}`),
};
