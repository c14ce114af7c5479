// 衢江区：针灸康养、放心农业、机械制造、特种纸业等主导产业项目的创业启动补助（200/400/600 万元），
// 针灸专家亲传弟子及同级别人才全职来衢江的一次性 50 万元补助。

import { all, eq, gte, isIn, c, parseDay, type RuleDef } from '@rencai/engine';
import type { RuleModule } from '../../load.js';
import { PAYERS } from '../../common/kit.js';
import { cite, fact, has, param, paramBy } from './kit.js';

const S_STARTUP = '对针灸康养、放心农业、机械制造、特种纸业等区域主导产业项目，拿出 200 万元、400 万元、600 万元创业启动补助。';
const S_DISCIPLE = '给予康养产业倾斜支持，对于针灸专家亲传弟子及同级别人才全职来衢江的，给予每人一次性合计 50 万元的补助，超过省级领军型人才的补助标准。';
const START = parseDay('2018-11-26');

// 口径：材料是 2018-11-26 印发的工作材料（市委组织部编发、衢江区委组织部供稿），所述政策当时已出台，原文件未收录。
const I_SCOPE = '材料所述政策的原文件及施行日期未收录：本产品按 2018-11-26（材料印发日）起适用，工作地（注册地）须为衢江区。';

const rules: RuleDef[] = [
  {
    id: 'startup',
    benefit: 'qj_startup',
    name: '主导产业项目创业启动补助',
    clause: cite('第二句'),
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
      '原文只列出 200 万元、400 万元、600 万元三档，未写明哪类项目得哪一档：本产品按项目经评定的类别给予，A 类 600 万元、B 类 400 万元、C 类 200 万元（各类别的补助额为参数，可按正式文件调整）。',
      '“等区域主导产业”：按原文列举的针灸康养、放心农业、机械制造、特种纸业四个产业判断；其他产业经认定属于区域主导产业的，录入为其中之一。',
      '项目须为衢江区主导产业人才创业项目、已落户衢江并经评定（原文未写落户、评定的条件，为本产品的解释）；评定日期在 2018-11-26 之后。原文未写拨付方式：本产品按评定日期一次性计入。',
      I_SCOPE,
    ],
  },
  {
    id: 'disciple',
    benefit: 'qj_acupuncture_disciple',
    name: '针灸专家亲传弟子及同级别人才补助',
    clause: cite('第三句'),
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
    interpretations: [
      '“同级别人才”：原文未给认定标准，由区人才办认定后在资格中记为“针灸专家亲传弟子”（别名“针灸专家亲传弟子及同级别人才”）。',
      '“全职来衢江”：须全职在衢江工作，且全职来衢江（到岗）日期在 2018-11-26 之后；“每人一次性合计 50 万元”计在到岗日期，不再分项；与所创项目的创业启动补助对象不同（个人、项目），分别计算。',
      I_SCOPE,
    ],
  },
];

export function build(): RuleModule {
  return { vars: {}, rules };
}
