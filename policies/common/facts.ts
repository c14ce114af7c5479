// The profile vocabulary shared by every policy package: each fact a rule may read, its type,
// its Chinese label and the question the calculator asks for it. Fact names are the dotted paths
// of the profile JSON; `FactName` is the compile-time union rules are checked against.

import type { FactDef } from '@rencai/engine';
import { REGIONS } from './regions.js';

// The helpers keep each name's literal type, so that `FactName` lists every fact (not just `string`).
const yesNo = <N extends string>(name: N, label: string, question: string) => ({ name, type: 'bool', label, question, unit: 'bool' }) as const satisfies FactDef;
const date = <N extends string>(name: N, label: string, question: string) => ({ name, type: 'date', label, question, unit: 'date' }) as const satisfies FactDef;
const money = <N extends string>(name: N, label: string, question: string) => ({ name, type: 'money', label, question, unit: 'fen' }) as const satisfies FactDef;

const LEVEL = [
  { value: 'national', label: '国家级' },
  { value: 'provincial', label: '省级' },
];
/** A level, or an explicit “none” so that “no” can be recorded rather than left unknown. */
const levelOrNone = (none: string) => [...LEVEL, { value: 'none', label: none }];

export const FACT_DEFS = [
  { name: 'region', type: 'enum', label: '工作（注册）地区', question: '您（或企业）在哪个县（市、区）工作或注册？', unit: 'text', options: REGIONS.map((r) => ({ value: r.code, label: r.name })) },
  { name: 'person.name', type: 'text', label: '姓名', unit: 'text' },
  { name: 'person.qualifications', type: 'quals', label: '人才资格（荣誉、计划、职称、学历、技能）', question: '您具有哪些人才资格、职称、学历或技能等级？（如没有请选择“无”）' },
  { name: 'person.recognizedTier.art19', type: 'int', label: '人才办认定的津贴层次（第19条第几项）', question: '人才办是否已认定您为“相应层次人才”？认定为第19条第几项？', minimum: 1, maximum: 8, unit: 'tier' },
  { name: 'person.recognizedTier.art20', type: 'int', label: '人才办认定的购房补助层次（第20条第几项）', question: '人才办认定的购房补助层次（第20条第几项）？', minimum: 1, maximum: 4, unit: 'tier' },
  { name: 'person.recognizedTier.basis', type: 'text', label: '层次认定依据', unit: 'text' },
  yesNo('person.fullTime', '全职在当地工作', '您是否全职在当地工作（劳动关系、社保在当地）？'),
  date('person.arrivalDate', '全职来当地工作（到岗）日期', '您全职来当地工作（到岗）的日期是？'),
  { name: 'person.post', type: 'enum', label: '岗位类别', question: '您所在的岗位是？', unit: 'text', options: [
    { value: 'teacher', label: '教师岗位' },
    { value: 'doctor', label: '医生岗位' },
    { value: 'other', label: '其他岗位' },
  ] },
  { name: 'person.employerType', type: 'enum', label: '用人单位类型', question: '您的用人单位是？', unit: 'text', options: [
    { value: 'enterprise', label: '企业' },
    { value: 'public_institution', label: '事业单位' },
    { value: 'other', label: '其他（含机关、社会组织）' },
  ] },
  yesNo('person.keyIndustryEnterprise', '在重点产业领域企业工作', '您所在企业是否属于重点产业领域？'),
  yesNo('person.professionalPost', '从事本专业技术岗位', '您是否在本专业技术岗位工作？'),
  yesNo('person.employedAsSocialWorker', '由单位聘用从事社会工作', '您是否由单位聘用从事社会工作？'),
  yesNo('person.shortageFrontlinePost', '在紧缺职业（工种）一线对口岗位工作', '您是否在企事业紧缺职业（工种）一线对口岗位工作？'),
  yesNo('person.urgentMajor', '急需紧缺专业', '您所学专业是否列入急需紧缺专业目录？'),
  { name: 'person.urgentMajorBasis', type: 'text', label: '急需紧缺专业依据（目录版本及条目）', unit: 'text' },
  yesNo('person.healthSystem', '由卫健系统引进', '您是否由卫健系统单位引进？'),
  { name: 'person.serviceAgreementYears', type: 'int', label: '与用人单位签订的服务协议年限', question: '您与用人单位签订的服务协议是几年？（未签订填 0）', minimum: 0, maximum: 50, unit: 'years' },
  yesNo('person.selfEmployed', '自主创业', '您是否在当地自主创业？'),
  yesNo('person.hasPurchased', '已在当地购房', '您是否已在当地购房？'),
  date('person.purchase.date', '购房日期（网签/合同日期）', '您首次购房的日期（购房合同日期）是？'),
  money('person.purchase.price', '实际房价（元）', '所购住房的实际总价是多少元？'),
  yesNo('person.purchase.isFirst', '首次购房', '这是否是您在当地的首次购房？'),
  yesNo('person.purchase.sold', '所购住房已上市交易', '所购住房是否已经上市交易（出售）？'),
  date('person.purchase.soldDate', '所购住房上市交易日期', '所购住房的上市交易日期是？'),
  yesNo('person.countyRecommended', '县（市、区）推荐的优秀人才', '您是否为县（市、区）推荐的优秀人才？'),
  yesNo('person.talentApartment', '租住人才公寓', '您是否租住人才公寓？'),
  yesNo('person.freshGraduate', '应届毕业生', '您来当地就业时是否为应届毕业生？'),
  { name: 'person.graduateOf', type: 'enum', label: '毕业院校（定制班）', question: '您毕业于？', unit: 'text', options: [
    { value: 'quzhou_university', label: '衢州学院' },
    { value: 'quzhou_vocational', label: '衢州职业技术学院' },
    { value: 'city_custom_class', label: '市本级企业“定制班”' },
    { value: 'other', label: '其他院校' },
  ] },
  { name: 'person.talentProgram.level', type: 'enum', label: '自主申报入选的“引才计划”层级', question: '您自主申报入选的是哪一级“引才计划”？', unit: 'text', options: LEVEL },
  yesNo('person.talentProgram.selfApplied', '自主申报入选', '您是否通过自主申报入选“引才计划”？'),
  money('person.talentProgram.award', '国家或省给予的补助奖励额度（元）', '国家或省给予您的“引才计划”补助奖励额度是多少元？'),
  date('person.talentProgram.selectedDate', '入选日期', '您入选“引才计划”的日期是？'),
  yesNo('person.art17.recommended', '经投资项目主体推荐', '您是否由投资项目主体推荐享受领军人才待遇？'),
  yesNo('person.art17.globalCompany', '投资方为世界500强、跨国公司或境外行业龙头企业', '投资方是否为世界500强、跨国公司或境外行业龙头企业？'),
  { name: 'person.art17.foreignCapitalUsd', type: 'int', label: '项目实际利用外资（美元）', question: '项目实际利用外资多少美元？', minimum: 0, unit: 'usd' },
  money('person.art17.fixedAssetInvestment', '项目新引进实际固定资产投资（元）', '项目新引进实际固定资产投资多少元？'),
  yesNo('person.art17.majorProject', '其他牵引性强、具有整合产业链能力的重大产业招商项目', '项目是否经认定为其他重大产业招商项目？'),
  { name: 'person.cultureAward.level', type: 'enum', label: '文化类权威奖项层级', question: '您获得的文化类权威奖项是？', unit: 'text', options: [
    { value: 'national', label: '国家级文化类权威奖项' },
    { value: 'provincial', label: '省级文化类权威奖项' },
    { value: 'cflac', label: '进入中国文联常设奖展' },
    { value: 'none', label: '未获得文化类权威奖项' },
  ] },
  date('person.cultureAward.date', '文化类奖项获奖日期', '获奖日期是？'),
  { name: 'person.matchingAwards', type: 'list', label: '需配套奖励的奖项或入选', question: '您是否获得“四个一批”、青年英才或世界级、国家级、省级技能奖项？', fields: [
    { name: 'name', type: 'text', label: '奖项名称', unit: 'text' },
    { name: 'category', type: 'enum', label: '类别', unit: 'text', options: [
      { value: 'four_batches', label: '全国文化名家暨宣传文化系统“四个一批”人才' },
      { value: 'young_talent', label: '青年英才' },
      { value: 'skill_world', label: '世界级技能奖项' },
      { value: 'skill_national', label: '国家级技能奖项' },
      { value: 'skill_provincial', label: '省级技能奖项' },
    ] },
    { name: 'award', type: 'money', label: '上级奖励金额（元）', unit: 'fen' },
    { name: 'date', type: 'date', label: '获奖日期', unit: 'date' },
  ] },
  { name: 'person.postdoc.stationLevel', type: 'enum', label: '所在博士后科研工作站层级', question: '您所在的博士后科研工作站是国家级还是省级？', unit: 'text', options: levelOrNone('不在博士后科研工作站') },
  date('person.postdoc.startDate', '进站日期', '您进站从事博士后研究的日期是？'),
  { name: 'enterprise.name', type: 'text', label: '单位名称', unit: 'text' },
  { name: 'enterprise.sector', type: 'enum', label: '所属领域', question: '单位属于哪个领域？', unit: 'text', options: [
    { value: 'digital_economy', label: '数字经济' },
    { value: 'new_materials_energy', label: '新材料新能源' },
    { value: 'livelihood', label: '重点民生领域' },
    { value: 'other', label: '其他' },
  ] },
  { name: 'enterprise.experts', type: 'list', label: '本年度实际支付年薪的高层次人才', question: '本年度企业向哪些高层次人才实际支付年薪？', fields: [
    { name: 'name', type: 'text', label: '专家姓名', unit: 'text' },
    yesNo('qualified', '经认定为创新能力强、掌握关键核心技术的高层次人才', '该专家是否经认定为创新能力强、掌握关键核心技术的高层次人才？'),
    money('salary', '本年度实际支付年薪（元）', '本年度实际支付该专家的年薪是多少元？'),
    { name: 'yearsSubsidized', type: 'int', label: '此前已获薪酬补助年数', question: '此前已为该专家获得过几年薪酬补助？', minimum: 0, maximum: 50, unit: 'years' },
  ] },
  date('enterprise.academicianStation.established', '院士专家工作站设立（合作项目实施）日期', '院士专家工作站设立（或院士合作项目实施）的日期是？'),
  { name: 'enterprise.academicianStation.academicians', type: 'int', label: '进站（合作）院士人数', question: '工作站引进（合作）了几名院士？', minimum: 0, maximum: 100, unit: 'count' },
  { name: 'enterprise.academicianStation.excellent', type: 'enum', label: '优秀院士专家工作站评定', question: '工作站是否被评为优秀院士专家工作站？', unit: 'text', options: [
    { value: 'none', label: '未评为优秀' },
    { value: 'provincial', label: '省级优秀' },
    { value: 'national', label: '国家级优秀' },
  ] },
  date('enterprise.academicianStation.excellentDate', '评为优秀工作站的日期', '工作站被评为优秀的日期是？'),
  money('enterprise.academicianStation.excellentAward', '优秀工作站获得的上级补助（元）', '被评为优秀工作站获得的上级补助金额是多少元？'),
  { name: 'enterprise.postdocStation.level', type: 'enum', label: '博士后科研工作站层级', question: '单位创建的博士后科研工作站是国家级还是省级？（未创建的选“未创建”）', unit: 'text', options: levelOrNone('未创建博士后科研工作站') },
  date('enterprise.postdocStation.established', '博士后科研工作站获批日期', '博士后科研工作站获批创建的日期是？'),
  { name: 'enterprise.streamers', type: 'list', label: '培养的“星级”主播', question: '直播运营主体培养了哪些“星级”主播？', fields: [
    { name: 'name', type: 'text', label: '主播名称', unit: 'text' },
    { name: 'platform', type: 'text', label: '直播平台', unit: 'text' },
    yesNo('starred', '经认定为“星级”主播', '是否经认定为社会知名度高、产业带动性强、营销业绩突出的“星级”主播？'),
    date('recognizedDate', '认定日期', '认定日期是？'),
    yesNo('famous', '知名主播', '是否为知名主播？'),
    money('localContribution', '地方综合贡献（元）', '该主播带来的地方综合贡献是多少元？'),
  ] },
  { name: 'projects', type: 'list', label: '人才创业项目', question: '您（或企业）是否有经评定的人才创业项目？', fields: [
    { name: 'name', type: 'text', label: '项目名称', unit: 'text' },
    { name: 'programme', type: 'enum', label: '项目类别', question: '项目入选的是哪一项人才创业计划？', unit: 'text', options: [
      { value: 'shuangling', label: '“衢时代双领”计划' },
      { value: 'qujiang_lead_industry', label: '衢江区主导产业人才创业项目' },
    ] },
    { name: 'class', type: 'enum', label: '评定类别', question: '项目评定为哪一类？', unit: 'text', options: [
      { value: 'A', label: 'A类' },
      { value: 'B', label: 'B类' },
      { value: 'C', label: 'C类' },
    ] },
    { name: 'industry', type: 'enum', label: '所属产业', question: '项目所属的产业是？', unit: 'text', options: [
      { value: 'acupuncture_health', label: '针灸康养' },
      { value: 'safe_agriculture', label: '放心农业' },
      { value: 'machinery', label: '机械制造' },
      { value: 'specialty_paper', label: '特种纸业' },
      { value: 'other', label: '其他产业' },
    ] },
    yesNo('settled', '已落户当地', '项目是否已落户当地？'),
    date('assessedDate', '评定日期', '项目评定的日期是？'),
    { name: 'upgradedClass', type: 'enum', label: '升档后类别', question: '项目评定后是否升档？升档后为哪一类？', unit: 'text', options: [
      { value: 'A', label: 'A类' },
      { value: 'B', label: 'B类' },
      { value: 'none', label: '未升档' },
    ] },
    date('upgradeDate', '升档评定日期', '升档评定的日期是？'),
    money('localContribution', '五年内地方综合贡献（元）', '项目五年内的地方综合贡献是多少元？'),
    yesNo('biomedicine', '生物医药类企业', '是否为生物医药类企业？'),
  ] },
] as const satisfies readonly FactDef[];

export type FactName = (typeof FACT_DEFS)[number]['name'] | ListFieldName;

type ListDef = Extract<(typeof FACT_DEFS)[number], { type: 'list' }>;
type ListFieldName = ListDef extends infer L
  ? L extends { name: infer N extends string; fields: ReadonlyArray<{ name: infer F extends string }> }
    ? `${N}[].${F}`
    : never
  : never;

export const factDefs: FactDef[] = FACT_DEFS as unknown as FactDef[];
