// Derived variables shared by several articles: the talent's tier under articles 19 and 20,
// full-time status, the article-17 leading-talent treatment, whether the person has bought a home.

import { all, any, c, gte, isIn, known, NO_TIER, v, when, type Expr, type TierEntry, type VarDef } from '@rencai/engine';
import type { CatalogueEntry } from '../../load.js';
import { bestTier, fact, has, param, type QualCode } from './kit.js';

const POLICY_START = '2020-04-22';
export { POLICY_START };

/** Conditions a qualification must meet to count at its tier (article 19 item 8, article 20 item 4). */
function art19When(code: string): Expr | undefined {
  switch (code) {
    case 'senior_title_associate':
      return all([fact('person.keyIndustryEnterprise', { label: '在重点产业领域企业工作' }), fact('person.professionalPost', { label: '从事本专业技术岗位' })], {
        label: '重点产业领域企业中从事本专业技术岗位',
        unmet: '副高级职称人员须在重点产业领域企业中从事本专业技术岗位',
      });
    case 'senior_social_worker':
      return fact('person.employedAsSocialWorker', { label: '由单位聘用', unmet: '高级社会工作师须由单位聘用' });
    case 'senior_technician':
    case 'technician':
      return fact('person.shortageFrontlinePost', { label: '在紧缺职业（工种）一线对口岗位工作', unmet: '须在企事业紧缺职业（工种）一线对口岗位工作' });
    default:
      return undefined;
  }
}

function art20When(code: string): Expr | undefined {
  if (code === 'bachelor_fulltime_dfc') return fact('person.urgentMajor', { label: '急需紧缺专业', unmet: '“双一流”高校本科毕业生须为急需紧缺专业' });
  return undefined;
}

function entries(catalogue: CatalogueEntry[], article: 'art19' | 'art20', cond: (code: string) => Expr | undefined): Array<TierEntry & { code: QualCode }> {
  return catalogue
    .filter((e) => e.tiers[article] !== undefined)
    .map((e) => {
      const w = cond(e.code);
      return { code: e.code as QualCode, ...(e.name ? { name: e.name } : {}), tier: e.tiers[article]!, ...(w ? { when: w } : {}) };
    });
}

/** A fact that records a claim (a recognition, a recommendation): absent means no such claim. */
const claimed = (name: 'person.recognizedTier.art19' | 'person.recognizedTier.art20', label: string): Expr =>
  when(known(fact(name)), fact(name, { label }), c(NO_TIER, 'tier'), { label });

export function buildVars(catalogue: CatalogueEntry[]): Record<string, VarDef> {
  return {
    fullTime: { label: '全职在衢工作', unit: 'bool', expr: fact('person.fullTime', { label: '全职在衢工作', unmet: '未全职在衢工作' }) },
    art17Leading: {
      label: '第17条重大投资项目推荐的高管和技术研发骨干',
      unit: 'bool',
      expr: when(
        known(fact('person.art17.recommended')),
        all([
          fact('person.art17.recommended', { label: '经项目主体推荐', unmet: '未经项目主体推荐' }),
          any(
            [
              all([fact('person.art17.globalCompany', { label: '世界500强、跨国公司、境外行业龙头企业等投资项目' }), gte(fact('person.art17.foreignCapitalUsd', { label: '实际利用外资', unit: 'usd' }), param('art17.foreign_capital_usd', { label: '1000万美元' }))], { label: '外资项目且实际利用外资1000万美元（含）以上' }),
              gte(fact('person.art17.fixedAssetInvestment', { label: '新引进实际固定资产投资', unit: 'fen' }), param('art17.fixed_asset_investment', { label: '5亿元' }), { label: '新引进实际固定资产投资5亿元（含）以上' }),
              fact('person.art17.majorProject', { label: '其他重大产业招商项目' }),
            ],
            { label: '项目符合第17条条件', unmet: '投资项目未达到第17条规定的条件' },
          ),
        ]),
        c(false),
        { label: '第17条推荐人选' },
      ),
    },
    art19Tier: {
      label: '第19条津贴层次',
      unit: 'tier',
      expr: bestTier(entries(catalogue, 'art19', art19When), {
        label: '按资格确定的第19条层次（就高）',
        extra: [
          claimed('person.recognizedTier.art19', '人才办认定的相应层次'),
          when(v('art17Leading'), param('art17.treated_tier.art19'), c(NO_TIER, 'tier'), { label: '第17条领军人才待遇' }),
        ],
      }),
    },
    art20Level: {
      label: '第20条购房补助层次',
      unit: 'tier',
      expr: bestTier(
        [
          ...entries(catalogue, 'art20', art20When),
          {
            code: 'bachelor_fulltime',
            tier: 5,
            when: all([fact('person.healthSystem', { label: '卫健系统引进' }), fact('person.urgentMajor', { label: '急需紧缺专业' })], {
              label: '卫健系统引进急需紧缺专业的本科生（参照其他高校全日制硕士研究生）',
            }),
          },
        ],
        {
          label: '按资格确定的第20条层次（就高）',
          extra: [
            claimed('person.recognizedTier.art20', '人才办认定的相应层次'),
            when(v('art17Leading'), param('art17.treated_tier.art20'), c(NO_TIER, 'tier'), { label: '第17条领军人才待遇' }),
          ],
        },
      ),
    },
    /** Level of the full-time doctoral or master's degree alone (for the 120% of item 5). */
    degreeLevel: {
      label: '全日制博士、硕士研究生学历对应的层次',
      unit: 'tier',
      expr: bestTier(
        [
          { code: 'phd_fulltime', tier: 3 },
          { code: 'master_fulltime_dfc', tier: 4 },
          { code: 'master_fulltime_other', tier: 5 },
        ],
        { label: '全日制博士、硕士研究生学历层次' },
      ),
    },
    purchased: {
      label: '已在衢购房',
      unit: 'bool',
      expr: any([fact('person.hasPurchased', { label: '已购房' }), known(fact('person.purchase.date'))], { label: '已在衢购房' }),
    },
    teacherOrDoctor: {
      label: '引进到教师、医生岗位',
      unit: 'bool',
      expr: isIn(fact('person.post', { label: '岗位' }), ['teacher', 'doctor'], { label: '引进到教师、医生岗位' }),
    },
  };
}

export const hasAny = (codes: QualCode[], label: string, unmet?: string): Expr =>
  any(codes.map((code) => has(code)), { label, ...(unmet ? { unmet } : {}) });
