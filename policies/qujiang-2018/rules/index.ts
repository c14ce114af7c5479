// 衢江区：针灸康养、放心农业、机械制造、特种纸业等主导产业项目的创业启动补助（200/400/600 万元），
// 针灸专家亲传弟子及同级别人才全职来衢江的一次性 50 万元补助。

import { all, eq, gte, isIn, c, parseDay, type RuleDef } from '@rencai/engine';
import type { RuleModule } from '../../load.js';
import { PAYERS } from '../../common/kit.js';
import { cite, fact, has, param, paramBy } from './kit.js';

const S_STARTUP = '对针灸康养、放心农业、机械制造、特种纸业等区域主导产业项目，拿出 200 万元、400 万元、600 万元创业启动补助。';
const S_DISCIPLE = '对于针灸专家亲传弟子及同级别人才全职来衢江的，给予每人一次性合计 50 万元的补助，超过省级领军型人才的补助标准。';
const START = parseDay('2018-11-26');

const rules: RuleDef[] = [
  {
    id: 'startup',
    benefit: 'qj_startup',
    name: '主导产业项目创业启动补助',
    clause: cite(),
    text: S_STARTUP,
    kind: 'cash',
    beneficiary: 'project',
    forEach: 'projects',
    payer: PAYERS.districtFinance,
    eligible: all([
      eq(fact('projects[].programme', { label: '项目类别' }), c('qujiang_lead_industry'), { label: '衢江区主导产业人才创业项目', unmet: '不是衢江区主导产业人才创业项目' }),
      isIn(fact('projects[].industry', { label: '所属产业' }), ['acupuncture_health', 'safe_agriculture', 'machinery', 'specialty_paper'], {
        label: '针灸康养、放心农业、机械制造、特种纸业等区域主导产业',
        unmet: '不属于区域主导产业',
      }),
      isIn(fact('projects[].class', { label: '评定类别' }), ['A', 'B', 'C'], { label: '经评定为 A、B、C 类', unmet: '项目未经评定' }),
      fact('projects[].settled', { label: '落户衢江', unmet: '项目未落户衢江' }),
      gte(fact('projects[].assessedDate', { label: '评定日期', unit: 'date' }), c(START, 'date', { label: '政策施行日' }), { label: '评定在政策施行之后', unmet: '评定早于 2018-11-26' }),
    ]),
    amount: paramBy('startup', fact('projects[].class'), { label: '创业启动补助' }),
    schedule: { kind: 'once', date: fact('projects[].assessedDate', { unit: 'date' }) },
    interpretations: [
      '原文列出 200、400、600 万元三档，未写明分档标准：按项目评定类别 A、B、C 分别给予 600、400、200 万元（参数 startup.A/B/C）。',
      '“等区域主导产业”：本产品按原文列举的四个产业判断，其他产业需经认定后录入为其中之一。',
    ],
  },
  {
    id: 'disciple',
    benefit: 'qj_acupuncture_disciple',
    name: '针灸专家亲传弟子及同级别人才补助',
    clause: cite(),
    text: S_DISCIPLE,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.districtFinance,
    eligible: all([
      has('acupuncture_master_disciple', { label: '针灸专家亲传弟子及同级别人才', unmet: '不是针灸专家亲传弟子或同级别人才' }),
      fact('person.fullTime', { label: '全职来衢江', unmet: '未全职来衢江工作' }),
      gte(fact('person.arrivalDate', { label: '全职来衢江日期', unit: 'date' }), c(START, 'date', { label: '政策施行日' }), { label: '政策施行后来衢江', unmet: '来衢江早于 2018-11-26' }),
    ]),
    amount: param('disciple', { label: '一次性补助' }),
    schedule: { kind: 'once', date: fact('person.arrivalDate', { unit: 'date' }) },
    interpretations: ['“同级别人才”由区人才办认定后在资格中记为“针灸专家亲传弟子”同级别；一次性合计 50 万元，计在到岗日期。'],
  },
];

export function build(): RuleModule {
  return { vars: {}, rules };
}
