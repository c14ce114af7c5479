// The result of an approved 人才层次认定 as shown on its application: the recognised qualifications
// with their official names, the tier each gives under articles 19 and 20 of 衢委发〔2020〕7号 (read
// from the policy package's own tier tables, so the page says what the rules will read), any tier the
// talent office recognised directly (“相应层次”), the validity and the basis — instead of an amount,
// which a recognition does not have.

import { parseDay, type Expr, type PolicyPackage, type TierEntry } from '@rencai/engine';
import { loadPolicies, qualifications } from '@rencai/policies';
import type { Db, Transaction, DB } from '@rencai/store';

const POLICY = 'quzhou-2020';

export interface TierView {
  article: 19 | 20;
  tier: number;
  /** e.g. 第七层次人才（第19条第(7)项） or 购房补助第(3)项，补助面积 60 ㎡. */
  label: string;
  cite: string;
  /** A condition the qualification must also meet to count at this tier (e.g. 在重点产业领域企业工作). */
  condition?: string;
}

export interface RecognitionResult {
  id: number;
  qualifications: Array<{ code: string; name: string; obtained?: string; tiers: TierView[] }>;
  /** Tiers the talent office recognised directly (相应层次), if any. */
  recognisedTiers: TierView[];
  /** The tier under each article the recognition gives (the higher of the above; 就高). */
  tiers: TierView[];
  basis: string | null;
  validFrom: string;
  validTo: string | null;
  revokedOn: string | null;
  revokeReason: string | null;
}

function tierEntries(pkg: PolicyPackage, variable: string): TierEntry[] {
  const e = pkg.vars[variable]?.expr as Expr | undefined;
  return e && e.k === 'bestTier' ? e.entries : [];
}

function tierView(pkg: PolicyPackage, article: 19 | 20, tier: number, on: string): TierView {
  const doc = pkg.meta.docNumber;
  if (article === 19) {
    const item = tier === 9 ? 8 : tier;
    const rule = pkg.rules.find((r) => r.id === `art19.${item}`);
    const name = (rule?.name ?? `第${item}层次人才津贴`).replace(/津贴$/, '') + (tier === 9 ? '（技师）' : '');
    return { article, tier, label: `${name}（第19条第(${item})项）`, cite: rule?.clause.cite ?? `${doc}第19条第(${item})项` };
  }
  if (tier === 0) return { article, tier, label: '住房保障对象（顶尖人才、国家级领军人才）', cite: `${doc}第20条` };
  const item = tier === 5 ? 4 : tier;
  let area: unknown;
  try {
    area = pkg.params.lookup(`art20.purchase.area.${tier}`, parseDay(on))?.value;
  } catch {
    area = undefined;
  }
  return { article, tier, label: `购房补助第(${item})项${typeof area === 'number' ? `，补助面积 ${area} ㎡` : ''}`, cite: `${doc}第20条第(${item})项` };
}

/** The recognition an approved 人才层次认定 application created, or null (not approved yet, or another matter). */
export async function recognitionResult(db: Db | Transaction<DB>, applicationId: number): Promise<RecognitionResult | null> {
  const r = await db.selectFrom('recognitions').selectAll().where('application_id', '=', applicationId).orderBy('id').executeTakeFirst();
  if (!r) return null;
  const pkg = loadPolicies().find((x) => x.meta.id === POLICY);
  const names = new Map(qualifications().map((q) => [q.code, q.name]));
  const on = r.valid_from;
  const entries = pkg ? { 19: tierEntries(pkg, 'art19Tier'), 20: tierEntries(pkg, 'art20Level') } : { 19: [], 20: [] };
  const quals = r.qualifications.map((q) => {
    const tiers: TierView[] = [];
    if (pkg)
      for (const article of [19, 20] as const) {
        const e = entries[article].find((x) => x.code === q.code);
        if (e) tiers.push({ ...tierView(pkg, article, e.tier, on), ...(e.when?.label ? { condition: e.when.label } : {}) });
      }
    return { code: q.code, name: names.get(q.code) ?? q.code, ...(q.obtained ? { obtained: q.obtained } : {}), tiers };
  });
  const recognisedTiers: TierView[] = [];
  if (pkg && r.tier_art19) recognisedTiers.push(tierView(pkg, 19, r.tier_art19, on));
  if (pkg && r.tier_art20 !== null && r.tier_art20 !== undefined) recognisedTiers.push(tierView(pkg, 20, r.tier_art20, on));
  // 就高: the lowest tier number under each article.
  const best = (article: 19 | 20) => [...quals.flatMap((q) => q.tiers), ...recognisedTiers].filter((t) => t.article === article).sort((a, b) => a.tier - b.tier)[0];
  const tiers = [best(19), best(20)].filter((t): t is TierView => !!t);
  return { id: r.id, qualifications: quals, recognisedTiers, tiers, basis: r.basis, validFrom: r.valid_from, validTo: r.valid_to, revokedOn: r.revoked_on, revokeReason: r.revoke_reason };
}
