// 第16条 支持科研转化：引才计划 1:1 配套与企业奖励，“衢时代双领”项目启动资助、升档与贡献奖励，
// 企业高薪专家薪酬补助，院士专家工作站和博士后科研工作站资助，博士后生活补助。

import { add, all, any, asOf, c, count, eq, gte, isIn, lte, max, min, mul, percentOf, plusYears, sub, sum, when, type RuleDef } from '@rencai/engine';
import { PAYERS } from '../../common/kit.js';
import { cite, fact, has, param, paramBy } from './kit.js';
import { hasAny } from './vars.js';

const S_KUNPENG = '对引进全球顶尖人才或入选“鲲鹏行动”计划的人才，按衢委发〔2016〕23号文件执行。';
const S_PROGRAM = '对自主申报入选省级以上“引才计划”的人才，按照国家、省补助奖励额度分别给予入选人才 1:1 配套补助奖励，分别给予企业一次性 100 万元、50 万元奖励。';
const S_SHUANGLING =
  '实施“衢时代双领”计划，对海内外高层次人才来衢领办合办高科技企业、实施高科技创新项目，经评定为 A、B、C 三类并落户衢州的，分别给予 600 万元、400 万元、200 万元项目启动资助，两年内产业化效益显著或取得重大技术突破的，经评定，B、C 两类可升一档资助；五年内（生物医药类企业可适当延长）按其地方综合贡献最高再给予 400 万元奖励。';
const S_SALARY = '对企业引进的创新能力强、掌握关键核心技术的高层次人才，实际支付年薪 80 万元以上的，每年按实际支付年薪的 30% 给予企业薪酬补助，单个企业最高不超过 100 万元，单个专家资助期最长为 3 年。';
const S_ACADEMICIAN = '对数字经济、新材料新能源以及重点民生领域的主体，设立院士专家工作站或实施院士合作项目的，三年内给予 100 万元资助，每增引 1 名院士再补助 30 万元，对被评为省级及以上优秀院士专家工作站的，给予 1:1 配套补助；';
const S_POSTDOC = '创建国家级、省级博士后科研工作站的，分别给予建站单位 100 万元、50 万元资助，每招收 1 名博士后，二年内分别给予每人每年 20 万元的生活补助。';

const programLevel = () => fact('person.talentProgram.level', { label: '入选层级' });
// Selected into a programme = holding its qualification: a talent whose qualifications are known and
// include no programme is not asked about self-application, level or award.
const programOk = () =>
  all([
    any([has('national_talent_program'), has('provincial_talent_program')], { label: '入选国家或省级“引才计划”', unmet: '未入选国家或省级“引才计划”' }),
    fact('person.talentProgram.selfApplied', { label: '自主申报入选', unmet: '不是自主申报入选' }),
    isIn(programLevel(), ['national', 'provincial'], { label: '省级以上“引才计划”' }),
  ]);
const selected = () => fact('person.talentProgram.selectedDate', { label: '入选日期', unit: 'date' });

const isShuangling = () => eq(fact('projects[].programme', { label: '项目类别' }), c('shuangling'), { label: '“衢时代双领”项目', unmet: '不是“衢时代双领”项目' });
const projectClass = () => fact('projects[].class', { label: '评定类别' });
const assessed = () => fact('projects[].assessedDate', { label: '评定日期', unit: 'date' });

const expertOk = () =>
  all([
    fact('enterprise.experts[].qualified', { label: '经认定的高层次人才', unmet: '未认定为创新能力强、掌握关键核心技术的高层次人才' }),
    gte(fact('enterprise.experts[].salary', { label: '实际支付年薪', unit: 'fen' }), param('art16.salary_subsidy.threshold', { label: '80万元' }), { label: '年薪80万元以上（含）', unmet: '实际支付年薪不足80万元' }),
    lte(fact('enterprise.experts[].yearsSubsidized', { label: '已资助年数', unit: 'years' }), sub(param('art16.salary_subsidy.max_years'), c(1)), { label: '资助期未满3年', unmet: '该专家资助期已满3年' }),
  ]);

const academicianSector = () =>
  isIn(fact('enterprise.sector', { label: '所属领域' }), ['digital_economy', 'new_materials_energy', 'livelihood'], {
    label: '数字经济、新材料新能源或重点民生领域',
    unmet: '不属于数字经济、新材料新能源或重点民生领域',
  });

export const art16Rules: RuleDef[] = [
  {
    id: 'art16.kunpeng',
    benefit: 'kunpeng_referral',
    name: '全球顶尖人才、“鲲鹏行动”人才（按衢委发〔2016〕23号执行）',
    clause: cite(16, '第一句'),
    text: S_KUNPENG,
    kind: 'referral',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: hasAny(['global_top_talent', 'kunpeng_talent'], '全球顶尖人才或入选“鲲鹏行动”计划', '不是全球顶尖人才或“鲲鹏行动”计划人才'),
    interpretations: ['衢委发〔2016〕23号不在本系统资料中，本条只提示适用该文件，不计算金额。'],
  },
  {
    id: 'art16.program_matching',
    benefit: 'talent_program_matching',
    name: '“引才计划”1:1配套补助奖励',
    clause: cite(16, '第二句'),
    text: S_PROGRAM,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    eligible: programOk(),
    amount: percentOf(fact('person.talentProgram.award', { label: '国家、省补助奖励额度', unit: 'fen' }), param('art16.talent_program.matching_percent', { label: '配套比例' }), { label: '1:1配套' }),
    schedule: { kind: 'once', date: selected() },
  },
  {
    id: 'art16.program_employer',
    benefit: 'talent_program_employer_reward',
    name: '“引才计划”入选人才所在企业奖励',
    clause: cite(16, '第二句'),
    text: S_PROGRAM,
    kind: 'cash',
    beneficiary: 'employer',
    payer: PAYERS.shared,
    eligible: all([programOk(), eq(fact('person.employerType', { label: '用人单位类型' }), c('enterprise'), { label: '用人单位为企业', unmet: '用人单位不是企业' })]),
    amount: paramBy('art16.talent_program.employer_reward', programLevel(), { label: '企业一次性奖励' }),
    schedule: { kind: 'once', date: selected() },
  },
  {
    id: 'art16.shuangling_startup',
    benefit: 'shuangling_startup',
    name: '“衢时代双领”项目启动资助',
    clause: cite(16, '第三句'),
    text: S_SHUANGLING,
    kind: 'cash',
    beneficiary: 'project',
    forEach: 'projects',
    payer: PAYERS.shared,
    eligible: all([
      isShuangling(),
      isIn(projectClass(), ['A', 'B', 'C'], { label: '经评定为A、B、C类' }),
      fact('projects[].settled', { label: '落户衢州', unmet: '项目未落户衢州' }),
    ]),
    amount: paramBy('art16.shuangling.startup', projectClass(), { label: '启动资助' }),
    schedule: { kind: 'once', date: assessed() },
  },
  {
    id: 'art16.shuangling_upgrade',
    benefit: 'shuangling_upgrade',
    name: '“衢时代双领”项目升档资助',
    clause: cite(16, '第三句'),
    text: S_SHUANGLING,
    kind: 'cash',
    beneficiary: 'project',
    forEach: 'projects',
    payer: PAYERS.shared,
    eligible: all([
      isShuangling(),
      fact('projects[].settled', { label: '落户衢州', unmet: '项目未落户衢州' }),
      // “未升档” answers the question and closes the rule (and its upgrade date) for the project.
      isIn(fact('projects[].upgradedClass', { label: '升档后类别' }), ['A', 'B'], { label: '已升档', unmet: '项目未升档' }),
      any(
        [
          all([eq(projectClass(), c('C')), eq(fact('projects[].upgradedClass', { label: '升档后类别' }), c('B'))], { label: 'C类升为B类' }),
          all([eq(projectClass(), c('B')), eq(fact('projects[].upgradedClass', { label: '升档后类别' }), c('A'))], { label: 'B类升为A类' }),
        ],
        { label: 'B、C两类升一档', unmet: '只有B、C两类可升一档' },
      ),
      lte(fact('projects[].upgradeDate', { label: '升档评定日期', unit: 'date' }), plusYears(assessed(), param('art16.shuangling.upgrade_years'), { label: '评定满两年之日' }), {
        label: '两年内升档',
        unmet: '升档评定已超过评定后两年',
      }),
    ]),
    amount: sub(paramBy('art16.shuangling.startup', fact('projects[].upgradedClass'), { label: '升档后启动资助' }), paramBy('art16.shuangling.startup', projectClass(), { label: '原启动资助' }), {
      label: '升档追加资助',
    }),
    schedule: { kind: 'once', date: fact('projects[].upgradeDate', { unit: 'date' }) },
    interpretations: ['升一档资助按升档前后两档启动资助的差额追加。'],
  },
  {
    id: 'art16.shuangling_contribution',
    benefit: 'shuangling_contribution_reward',
    name: '“衢时代双领”项目地方综合贡献奖励',
    clause: cite(16, '第三句'),
    text: S_SHUANGLING,
    kind: 'cash',
    beneficiary: 'project',
    forEach: 'projects',
    payer: PAYERS.shared,
    upTo: true,
    eligible: all([isShuangling(), fact('projects[].settled', { label: '落户衢州', unmet: '项目未落户衢州' }), isIn(projectClass(), ['A', 'B', 'C'])]),
    amount: min([fact('projects[].localContribution', { label: '五年内地方综合贡献', unit: 'fen' }), param('art16.shuangling.contribution_cap', { label: '最高400万元' })], { label: '贡献奖励上限' }),
    schedule: { kind: 'period', start: assessed(), years: param('art16.shuangling.contribution_years') },
    interpretations: ['“最高再给予 400 万元”：计算结果为上限（不超过地方综合贡献且不超过 400 万元），具体金额经评定；生物医药类企业期限可适当延长。'],
  },
  {
    id: 'art16.salary_subsidy',
    benefit: 'salary_subsidy',
    name: '企业高层次人才薪酬补助',
    clause: cite(16, '第四句'),
    text: S_SALARY,
    kind: 'cash',
    beneficiary: 'employer',
    payer: PAYERS.shared,
    eligible: gte(count('enterprise.experts', expertOk(), { label: '符合条件的专家人数' }), c(1, 'count'), { label: '至少一名专家符合条件', unmet: '没有符合条件的高薪专家（年薪80万元以上、资助未满3年）' }),
    amount: min(
      [
        sum(
          'enterprise.experts',
          when(expertOk(), percentOf(fact('enterprise.experts[].salary', { label: '实际支付年薪', unit: 'fen' }), param('art16.salary_subsidy.percent', { label: '补助比例' })), c(0, 'fen'), { label: '该专家的薪酬补助' }),
          { label: '各专家薪酬补助合计' },
        ),
        param('art16.salary_subsidy.enterprise_cap', { label: '单个企业年度上限' }),
      ],
      { label: '单个企业最高不超过100万元' },
    ),
    schedule: { kind: 'once', date: asOf({ label: '补助年度（计算日）' }) },
    interpretations: ['年薪“80 万元以上”含 80 万元；补助按分四舍五入。', '单个企业 100 万元上限按自然年度计算；本次计算为计算日所在年度。', '单个专家资助期最长 3 年：已获 3 年补助的专家不再计入。'],
  },
  {
    id: 'art16.academician_station',
    benefit: 'academician_station',
    name: '院士专家工作站资助',
    clause: cite(16, '第五句（院士专家工作站）'),
    text: S_ACADEMICIAN,
    kind: 'cash',
    beneficiary: 'station',
    payer: PAYERS.shared,
    eligible: all([
      academicianSector(),
      gte(fact('enterprise.academicianStation.academicians', { label: '院士人数', unit: 'count' }), c(1, 'count'), { label: '至少引进1名院士', unmet: '工作站尚无院士' }),
    ]),
    amount: add(
      param('art16.academician_station.base', { label: '工作站资助' }),
      mul(max([sub(fact('enterprise.academicianStation.academicians', { label: '院士人数', unit: 'count' }), c(1, 'count')), c(0, 'count')], { label: '增引院士人数' }), param('art16.academician_station.per_additional', { label: '每增引1名院士' })),
      { label: '工作站资助合计' },
    ),
    schedule: { kind: 'period', start: fact('enterprise.academicianStation.established', { label: '设立日期', unit: 'date' }), years: c(3, 'years', { label: '三年内' }) },
    interpretations: ['第 1 名院士含在 100 万元中，第 2 名起每增引 1 名再补助 30 万元；资助在三年内拨付。'],
  },
  {
    id: 'art16.academician_station_excellent',
    benefit: 'academician_station_excellent',
    name: '优秀院士专家工作站1:1配套补助',
    clause: cite(16, '第五句（院士专家工作站）'),
    text: S_ACADEMICIAN,
    kind: 'cash',
    beneficiary: 'station',
    payer: PAYERS.shared,
    eligible: all([academicianSector(), isIn(fact('enterprise.academicianStation.excellent', { label: '优秀评定' }), ['provincial', 'national'], { label: '被评为省级及以上优秀工作站', unmet: '未被评为省级及以上优秀院士专家工作站' })]),
    amount: percentOf(fact('enterprise.academicianStation.excellentAward', { label: '上级补助金额', unit: 'fen' }), param('art16.academician_station.excellent_matching_percent', { label: '配套比例' }), { label: '1:1配套' }),
    schedule: { kind: 'once', date: fact('enterprise.academicianStation.excellentDate', { label: '评为优秀日期', unit: 'date' }) },
  },
  {
    id: 'art16.postdoc_station',
    benefit: 'postdoc_station',
    name: '博士后科研工作站建站资助',
    clause: cite(16, '第五句（博士后科研工作站）'),
    text: S_POSTDOC,
    kind: 'cash',
    beneficiary: 'station',
    payer: PAYERS.shared,
    eligible: isIn(fact('enterprise.postdocStation.level', { label: '工作站层级' }), ['national', 'provincial'], { label: '创建国家级或省级博士后科研工作站' }),
    amount: paramBy('art16.postdoc_station.funding', fact('enterprise.postdocStation.level'), { label: '建站资助' }),
    schedule: { kind: 'once', date: fact('enterprise.postdocStation.established', { label: '获批日期', unit: 'date' }) },
  },
  {
    id: 'art16.postdoc_living',
    benefit: 'postdoc_living_allowance',
    name: '博士后生活补助',
    clause: cite(16, '第五句（博士后科研工作站）'),
    text: S_POSTDOC,
    kind: 'cash',
    beneficiary: 'person',
    payer: PAYERS.shared,
    // A postdoc holds a doctorate: a talent whose qualifications include none is not asked about a station.
    eligible: all([
      any([has('phd_fulltime'), has('phd_parttime')], { label: '具有博士研究生学历', unmet: '博士后须具有博士研究生学历' }),
      isIn(fact('person.postdoc.stationLevel', { label: '所在工作站层级' }), ['national', 'provincial'], { label: '在国家级或省级博士后科研工作站' }),
    ]),
    amount: param('art16.postdoc_station.living_allowance', { label: '每人每年生活补助' }),
    schedule: { kind: 'yearly', start: fact('person.postdoc.startDate', { label: '进站日期', unit: 'date' }), years: param('art16.postdoc_station.living_years') },
  },
];
