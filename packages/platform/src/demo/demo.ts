// Demo data, seeded only when asked for (the first start of the embedded default, or RENCAI_DEMO=1 /
// `npm start -- --demo`), never into a database that has accounts: a few hundred SYNTHETIC
// (合成) persons and employers across Quzhou's districts and counties with valid-looking ID numbers
// and credit codes, receiving bank accounts for most of them, recognitions, applications in every
// state, a paid batch, and one demo account per role. Deterministic (seeded), so every fresh start looks the same.

import { checkDigit, usccCheckChar } from '@rencai/domain';
import { formatDay, seededRandom } from '@rencai/engine';
import type { Platform, Caller } from '../shared/index.js';
import { anyAccount, createUser, demoUsers } from '../accounts/index.js';
import { createEmployer, createPerson, recordRecognition } from '../registry/index.js';
import { applicationRow, backdateSubmission, createApplication, returnForMaterials, submit, withdraw, attachFile } from '../applications/index.js';
import { accept, review } from '../review/index.js';
import { approve, reject } from '../decisions/index.js';
import { matterByCode } from '../matters/index.js';
import { createBatch, exportBatch, importBankResult } from '../payments/index.js';
import { seedWorklistDemo } from './worklist-demo.js';
import type { DemoAccount } from './demo-account.js';
import { seedCardsDemo } from './cards-demo.js';
import { seedEnterprisesDemo } from './enterprises-demo.js';
import { seedVisitsDemo } from './visits-demo.js';
import { seedNativesDemo } from './natives-demo.js';
import { seedEmploymentHelpDemo } from './employment-help-demo.js';
import { seedSkillsDemo } from './skills-demo.js';
import { seedMatchingDemo } from './matching-demo.js';
import { seedEventsDemo } from './events-demo.js';
import { seedApartmentsDemo } from './apartments-demo.js';
import { seedProjectsDemo } from './projects-demo.js';
import { createBudget } from '../budgets/index.js';
import { seedInkindDemo, type MakeInkindAccount } from './inkind-demo.js';
import { seedJiaojiangDemo } from './housing-vouchers-demo.js';
import { seedTiantaiDemo } from './dividends-demo.js';
import { seedLeaderContactDemo } from './leader-contact-demo.js';

export const DEMO_PASSWORD = 'rencai-demo-2026';

/** The demo's accounts in the order they are listed. */
const DEMO_NAMES = ['talent', 'hr', 'clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'review_finance', 'review_hrss', 'review_housing', 'review_science', 'review_assoc', 'leader', 'unit_agri', 'unit_agri_head', 'unit_edu', 'unit_edu_head', 'unit_hrss', 'unit_hrss_head', 'partner_hospital', 'review_education', 'partner_school', 'partner_bank', 'enterprise', 'review_commerce', 'clerk_jiaojiang', 'review_jj_hrss', 'review_jj_housing', 'review_jj_finance', 'talent_jiaojiang', 'partner_seller', 'clerk_wenling', 'helper_wenling', 'enterprise_wenling', 'clerk_tiantai', 'admin'];

/**
 * The demo accounts that exist in this database and still sign in with the demo password (not
 * disabled, password never changed): none in a real deployment, where the demo was not seeded.
 */
export async function demoAccountsPresent(p: Platform): Promise<string[]> {
  return (await demoAccounts(p)).map((a) => a.username);
}

/** The same, with each account's role and what it is for (printed at every start while they exist). */
export async function demoAccounts(p: Platform): Promise<DemoAccount[]> {
  const rows = await demoUsers(p.db);
  const order = (n: string) => (DEMO_NAMES.indexOf(n) + DEMO_NAMES.length + 1) % (DEMO_NAMES.length + 1);
  return rows
    .sort((a, b) => order(a.username) - order(b.username) || a.username.localeCompare(b.username))
    .map((u) => ({
      username: u.username,
      role: u.role,
      description: u.role === 'talent' ? `人才（人才库编号 ${u.person_id}，${u.region === 'kecheng' ? '柯城区' : u.region}）` : u.role === 'employer' ? `用人单位经办人（单位编号 ${u.employer_id}）` : u.role === 'admin' ? '系统管理员（全市）' : u.display_name,
    }));
}

export type { DemoAccount } from './demo-account.js';

/** Region → the first six digits of local ID numbers (GB/T 2260 codes of 衢州's districts and counties). */
const ID_PREFIX: Record<string, string> = { quzhou_city: '330801', kecheng: '330802', qujiang: '330803', zhizao: '330801', lvchan: '330803', longyou: '330825', jiangshan: '330881', changshan: '330822', kaihua: '330824' };
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '晨', '浩然', '子涵', '欣怡', '宇轩', '思远', '雨桐', '嘉怡', '一鸣', '文博', '若曦', '志强', '海燕', '建华'];
const COMPANIES = ['巨化新材料', '氟硅科技', '智造装备', '数字信息', '锂电新能源', '特种纸业', '康养医疗', '生物医药', '绿色农业', '精密机械', '云计算', '半导体材料'];
const REGIONS_Q = ['quzhou_city', 'kecheng', 'qujiang', 'zhizao', 'lvchan', 'longyou', 'jiangshan', 'changshan', 'kaihua'];

function idNumber(rand: () => number, region: string, seq: number): string {
  const y = 1970 + Math.floor(rand() * 30);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const body = `${ID_PREFIX[region]}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq % 1000).padStart(3, '0')}`;
  return body + checkDigit(body);
}

/** Banks of the demo's 收款账户, with the first four digits of their (synthetic) numbers. */
const BANKS: Array<[string, string]> = [
  ['中国工商银行衢州分行', '6222'],
  ['中国农业银行衢州分行', '6228'],
  ['衢州农商银行', '6217'],
  ['中国建设银行衢州分行', '6227'],
  ['浙江衢州柯城农村商业银行', '6230'],
];

/**
 * A SYNTHETIC (合成) 收款账户, derived from the index only (so the seeded random stream, and with it
 * the rest of the demo, stays as it was): a 19-digit card for a person, a 20-digit settlement
 * account for an employer, the run of zeros after the bank's digits marking it as made up. Every
 * seventh person and every eighth employer has none, so the 未登记 path shows in the demo.
 */
function demoBank(kind: 'person' | 'employer', i: number): { bankName?: string; bankAccount?: string } {
  if (kind === 'person' ? i % 7 === 5 : i % 8 === 6) return {};
  const [bankName, prefix] = BANKS[i % BANKS.length]!;
  return { bankName, bankAccount: kind === 'person' ? `${prefix}0000${String(i + 1).padStart(11, '0')}` : `${prefix}00000${String(i + 1).padStart(11, '0')}` };
}

function uscc(seq: number, region: string): string {
  const body = `9133${ID_PREFIX[region]!.slice(2)}MA${String(seq).padStart(7, '0')}`.slice(0, 17);
  return body + usccCheckChar(body);
}

/** Demo accounts: marked as such, and not asked to change the published password. */
const DEMO = { demo: true } as const;

const SYSTEM: Caller = { userId: 0, username: 'system', displayName: '系统', role: 'admin', region: 'quzhou_city', department: 'talent_office', personId: null, employerId: null };

/** Seeds the demo when the registry is empty; returns the demo accounts (empty when already seeded). */
/** The fewest synthetic persons the demo makes, whatever is asked: enough recognised persons for an application in every state. */
export const DEMO_MIN_PERSONS = 20;

export async function seedDemo(p: Platform, opts: { persons?: number } = {}): Promise<DemoAccount[]> {
  if (await anyAccount(p.db)) return [];
  const rand = seededRandom(20260422);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const adminId = await createUser(p, { username: 'admin', password: DEMO_PASSWORD, displayName: '系统管理员', role: 'admin', region: 'quzhou_city' }, null, DEMO);
  const admin: Caller = { ...SYSTEM, userId: adminId };

  const employers: Array<{ id: number; region: string }> = [];
  for (let i = 0; i < 40; i++) {
    const region = REGIONS_Q[i % REGIONS_Q.length]!;
    const kind = i % 5 === 3 ? 'school' : i % 5 === 4 ? 'hospital' : 'enterprise';
    const name = kind === 'school' ? `衢州市第${i + 1}中学` : kind === 'hospital' ? `衢州市第${i + 1}人民医院` : `衢州${COMPANIES[i % COMPANIES.length]}有限公司（合成）`;
    const e = await createEmployer(p, admin, { uscc: uscc(i + 1, region), name, region, kind: kind === 'enterprise' ? 'enterprise' : kind, keyIndustry: kind === 'enterprise' && i % 2 === 0, sector: kind === 'enterprise' ? pick(['digital_economy', 'new_materials_energy', 'other']) : 'livelihood', ...demoBank('employer', i) });
    employers.push({ id: e.id, region });
  }

  const n = Math.max(DEMO_MIN_PERSONS, opts.persons ?? 300);
  const persons: Array<{ id: number; region: string; degree: string; employerId: number }> = [];
  for (let i = 0; i < n; i++) {
    const emp = employers[i % employers.length]!;
    const region = emp.region;
    const degree = i % 4 === 0 || rand() < 0.05 ? 'phd' : rand() < 0.45 ? 'master' : 'bachelor';
    const start = formatDay(p.today() - 30 - Math.floor(rand() * 1500));
    const purchase = rand() < 0.35;
    const v = await createPerson(p, admin, {
      idNumber: idNumber(rand, region, i),
      name: pick([...SURNAMES]) + pick(GIVEN),
      phone: `13${Math.floor(rand() * 10)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      region,
      employerId: emp.id,
      education: [{ degree, fullTime: rand() < 0.9, universityClass: rand() < 0.3 ? 'double_first_class' : 'regular' }],
      employment: [{ employerId: emp.id, region, fullTime: true, start, post: i % 5 === 3 ? 'teacher' : i % 5 === 4 ? 'doctor' : 'other', serviceAgreementYears: pick([0, 3, 5]) }],
      housing: purchase ? { hasPurchased: true, purchase: { date: formatDay(Math.min(p.today() - 10, p.today() - Math.floor(rand() * 700))), price: 800000 + Math.floor(rand() * 8) * 100000, isFirst: true } } : { hasPurchased: false },
      ...demoBank('person', i),
    });
    persons.push({ id: v.id, region, degree, employerId: emp.id });
  }

  // Recognitions for about half of them (the engine reads recognised qualifications only).
  const tierOf: Record<string, string> = { phd: 'phd_fulltime', master: 'master_fulltime_other', bachelor: 'bachelor_fulltime' };
  for (const [i, x] of persons.entries()) {
    if (i % 2 === 1) continue;
    await recordRecognition(p.db, { personId: x.id, qualifications: [{ code: tierOf[x.degree] }], basis: '演示数据：学历认定（合成）', validFrom: formatDay(p.today() - 2000), recognisedBy: adminId });
  }

  // Staff and the demo talent / employer accounts.
  const accounts: DemoAccount[] = [{ username: 'admin', role: 'admin', description: '系统管理员（全市）' }];
  const staff: Array<[string, 'clerk' | 'reviewer' | 'leader', string, string | null, string]> = [
    ['clerk_city', 'clerk', 'quzhou_city', 'talent_office', '市人才办经办人员（全市）'],
    ['clerk_kecheng', 'clerk', 'kecheng', 'talent_office', '柯城区人才办经办人员'],
    ['clerk_kaihua', 'clerk', 'kaihua', 'talent_office', '开化县人才办经办人员'],
    ['review_hrss', 'reviewer', 'quzhou_city', 'hrss', '人力社保局审核人员'],
    ['review_finance', 'reviewer', 'quzhou_city', 'finance', '财政局审核人员'],
    ['review_housing', 'reviewer', 'quzhou_city', 'housing', '住建局审核人员'],
    ['review_science', 'reviewer', 'quzhou_city', 'science', '科技局审核人员'],
    ['review_assoc', 'reviewer', 'quzhou_city', 'sci_assoc', '科协审核人员'],
    ['leader', 'leader', 'quzhou_city', null, '市领导（驾驶舱）'],
  ];
  const callers: Record<string, Caller> = {};
  for (const [username, role, region, department, description] of staff) {
    const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department }, admin, DEMO);
    callers[username] = { userId: id, username, displayName: description, role, region, department, personId: null, employerId: null };
    accounts.push({ username, role, description });
  }
  // The demo talent: a full-time PhD in 柯城区 since three years, recognised, not yet housed, with no
  // 收款账户 registered yet (the portal asks for one).
  const kechengEmployer = employers.find((e) => e.region === 'kecheng')!;
  const demoTalent = await createPerson(p, admin, {
    idNumber: idNumber(rand, 'kecheng', 999),
    name: '林思远',
    phone: '13905700000',
    region: 'kecheng',
    employerId: kechengEmployer.id,
    education: [{ degree: 'phd', fullTime: true, universityClass: 'double_first_class', school: '浙江大学', major: '材料科学与工程', majorCode: 'g:0805' }],
    employment: [{ employerId: kechengEmployer.id, region: 'kecheng', fullTime: true, start: formatDay(p.today() - 3 * 365 - 20), post: 'other', serviceAgreementYears: 5 }],
    housing: { hasPurchased: false },
  });
  await recordRecognition(p.db, { personId: demoTalent.id, qualifications: [{ code: 'phd_fulltime' }], basis: '演示数据：学历认定（合成）', validFrom: formatDay(p.today() - 3 * 365 - 20), recognisedBy: adminId });
  const talentPerson = { id: demoTalent.id, region: 'kecheng', degree: 'phd', employerId: kechengEmployer.id };
  const talentUser = await createUser(p, { username: 'talent', password: DEMO_PASSWORD, displayName: '演示人才', role: 'talent', region: talentPerson.region, personId: talentPerson.id }, admin, DEMO);
  accounts.push({ username: 'talent', role: 'talent', description: `人才（人才库编号 ${talentPerson.id}，柯城区）` });
  const hrEmployer = kechengEmployer;
  const hrUser = await createUser(p, { username: 'hr', password: DEMO_PASSWORD, displayName: '演示单位经办人', role: 'employer', region: hrEmployer.region, employerId: hrEmployer.id }, admin, DEMO);
  accounts.push({ username: 'hr', role: 'employer', description: `用人单位经办人（单位编号 ${hrEmployer.id}）` });
  void hrUser;

  // Applications in every state, made through the same services as real ones.
  const pdf = Buffer.from('%PDF-1.4\n% rencai 演示材料（合成）\n');
  const cityClerk = callers.clerk_city!;
  const reviewers = (dept: string) => Object.values(callers).find((c) => c.department === dept && c.role === 'reviewer');
  const allow = async (id: number) => {
    const app = (await applicationRow(p.db, id))!;
    for (const d of matterByCode(app.matter)!.departments) await review(p, d.code === 'talent_office' ? cityClerk : reviewers(d.code)!, id, { decision: 'approve' });
  };
  const uploadAll = async (id: number) => {
    const app = (await applicationRow(p.db, id))!;
    for (const m of matterByCode(app.matter)!.materials) await attachFile(p, cityClerk, id, m.code, `${m.name}.pdf`, pdf);
  };
  // Allowance applicants: recognised PhDs first (art.19 item 7 pays them), then the others.
  const recognised = persons.filter((_, i) => i % 2 === 0).sort((a, b) => Number(b.degree === 'phd') - Number(a.degree === 'phd'));
  const states = ['paid', 'paid', 'scheduled', 'scheduled', 'reviewing', 'returned', 'submitted', 'rejected', 'draft'];
  const paidIds: number[] = [];
  for (const [k, target] of states.entries()) {
    const person = recognised[k]!;
    const app = await createApplication(p, cityClerk, { matter: 'talent_allowance', personId: person.id });
    if (target === 'draft') continue;
    await uploadAll(app.id);
    await submit(p, cityClerk, app.id);
    if (target === 'submitted') {
      // Submitted six weeks ago and still not accepted: the workbench shows it overdue.
      const submittedOn = p.today() - 42;
      await backdateSubmission(p, app.id, formatDay(submittedOn));
      continue;
    }
    if (target === 'returned') {
      await returnForMaterials(p, cityClerk, app.id, ['labour_contract'], '社保缴纳证明不清晰');
      continue;
    }
    await accept(p, cityClerk, app.id);
    if (target === 'reviewing') continue;
    if (target === 'rejected') {
      await reject(p, cityClerk, app.id, '经核查不符合全职条件（演示）');
      continue;
    }
    await allow(app.id);
    try {
      await approve(p, cityClerk, app.id);
    } catch {
      continue; // facts the registry lacks: stays in review, as in real life
    }
    if (target === 'paid') paidIds.push(app.id);
  }
  // A tier recognition, approved: the person's PhD now counts for the rules.
  const unrecognised = persons.find((x, i) => i % 2 === 1 && x.degree === 'phd') ?? persons[1]!;
  const rec = await createApplication(p, cityClerk, { matter: 'tier_recognition', personId: unrecognised.id, data: { qualifications: [tierOf[unrecognised.degree]] } });
  await uploadAll(rec.id);
  await submit(p, cityClerk, rec.id);
  await accept(p, cityClerk, rec.id);
  await allow(rec.id);
  await approve(p, cityClerk, rec.id);
  // The talent's own application, following the journey to payment.
  const own = await createApplication(p, cityClerk, { matter: 'talent_allowance', personId: talentPerson.id });
  await uploadAll(own.id);
  await submit(p, cityClerk, own.id);
  // …and one the talent started and withdrew.
  const talentCaller: Caller = { userId: talentUser, username: 'talent', displayName: '演示人才', role: 'talent', region: talentPerson.region, department: null, personId: talentPerson.id, employerId: null };
  const withdrawn = await createApplication(p, talentCaller, { matter: 'rent_subsidy' });
  await withdraw(p, talentCaller, withdrawn.id, '暂不申请（演示）');
  // Pay what is due for the applications meant to be paid: one batch per region, as the finance bureau does.
  const paidRegions = new Set<string>();
  for (const id of paidIds) paidRegions.add((await applicationRow(p.db, id))!.region);
  const ExcelJS = (await import('exceljs')).default;
  for (const region of paidRegions) {
    const batch = await createBatch(p, cityClerk, region, `demo-batch-${region}-${formatDay(p.today())}`).catch(() => undefined);
    if (!batch) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBatch(p, cityClerk, batch.id)) as unknown as ArrayBuffer);
    wb.worksheets[0]!.eachRow((r, i) => {
      if (i > 1 && String(r.getCell(1).value ?? '').startsWith('app')) {
        r.getCell(12).value = '成功';
        r.getCell(13).value = `DEMO${batch.id}-${i}`;
      }
    });
    await importBankResult(p, cityClerk, batch.id, Buffer.from(await wb.xlsx.writeBuffer()), 'result.xlsx');
  }
  accounts.push(
    ...(await seedWorklistDemo(p, admin, callers.clerk_city!, async (username, role, region, department, description) => {
      const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department }, admin, DEMO);
      return { userId: id, username, displayName: description, role, region, department, personId: null, employerId: null };
    })),
  );
  let hospital: Caller | undefined;
  accounts.push(
    ...(await seedCardsDemo(p, talentCaller, async (username, role, region, department, description) => {
      const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department }, admin, DEMO);
      hospital = { userId: id, username, displayName: description, role, region, department, personId: null, employerId: null };
      return hospital;
    })),
  );
  const makeInkindAccount: MakeInkindAccount = async (username, role, region, department, description) => {
    const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department }, admin, DEMO);
    return { userId: id, username, displayName: description, role, region, department, personId: null, employerId: null };
  };
  accounts.push(...(await seedInkindDemo(p, talentCaller, cityClerk, hospital, makeInkindAccount)));
  accounts.push(...(await seedEnterprisesDemo(p, DEMO_PASSWORD, callers.clerk_kecheng!, callers.review_housing!, callers.clerk_city!)));
  await seedVisitsDemo(p, callers.clerk_kecheng!);
  await seedNativesDemo(p, callers.clerk_kaihua!, callers.clerk_kecheng!);
  accounts.push(
    ...(await seedEmploymentHelpDemo(p, DEMO_PASSWORD, async (username, role, region, department, description) => {
      const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department }, admin, DEMO);
      return { userId: id, username, displayName: description, role, region, department, personId: null, employerId: null };
    })),
  );
  await seedSkillsDemo(p, callers.clerk_kaihua!, callers.clerk_kecheng!);
  await seedMatchingDemo(p, DEMO_PASSWORD, talentCaller, admin, persons);
  await seedEventsDemo(p, callers.clerk_kecheng!, callers.clerk_kaihua!);
  await seedApartmentsDemo(p, callers.review_housing!);
  await seedProjectsDemo(p, cityClerk, hrEmployer.id);
  await seedLeaderContactDemo(p, cityClerk, callers.leader!, talentPerson.id);
  accounts.push(
    ...(await seedJiaojiangDemo(p, admin, hrEmployer.id, async (username, role, region, department, description, personId) => {
      const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role, region, department, ...(personId ? { personId } : {}) }, admin, DEMO);
      return { userId: id, username, displayName: description, role, region, department, personId: personId ?? null, employerId: null };
    })),
  );
  accounts.push(
    ...(await seedTiantaiDemo(p, async (username, description) => {
      const id = await createUser(p, { username, password: DEMO_PASSWORD, displayName: description, role: 'clerk', region: 'tiantai', department: 'talent_office' }, admin, DEMO);
      return { userId: id, username, displayName: description, role: 'clerk', region: 'tiantai', department: 'talent_office', personId: null, employerId: null };
    })),
  );
  // 椒江's budget envelope for 2021, as seed document 003 states it; the payer (区财政, as 椒江's rules pay) is inferred.
  await createBudget(p, admin, { fund: '人才发展专项资金', payer: 'district_finance', region: 'jiaojiang', year: 2021, amountFen: 5_109_000_000, source: '椒江区人才工作情况（种子文档 003）：“2021 全年财政预算安排人才创业企业扶持资金、创新项目资助、高层次人才年薪补助等各类人才发展专项资金共计 5109万元。”资金承担方按椒江政策由区财政兑付推定（合成数据）', reason: '演示数据：按种子文档 003 所载 2021 年度预算设立' });
  await createBudget(p, admin, { fund: '人才发展专项资金', payer: 'shared', region: 'kaihua', year: 2025, amountFen: 2_000_000_000, source: '合成数据：演示用额度，非真实预算', reason: '演示数据' });
  await createBudget(p, admin, { fund: '人才发展专项资金', payer: 'shared', region: 'kaihua', year: 2026, amountFen: 2_000_000_000, source: '合成数据：演示用额度，非真实预算', reason: '演示数据' });
  return accounts;
}
