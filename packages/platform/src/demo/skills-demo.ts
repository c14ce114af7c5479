// Demo skills data, SYNTHETIC (合成数据) except the six standards' names, which seed 000 (开化) states:
// "创新开发‘根雕制作、龙顶茶制作、清水鱼养殖、气糕制作、食用菌种植、开化保姆’等 6 个专项职业能力考核规范
// ‘地方标准’". Their contents, pass marks and max scores are synthetic. 开化根雕 has a syllabus, three
// items, a session with two candidates (one passed and certified, one not); the demo enterprise
// (柯城区) is licensed for 职业技能等级认定 and records one small batch. Few inserts: the demo is seeded
// at every test harness start.

import { checkDigit } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { addCandidate, addItem, createSession, createStandard, issueCertificate, licenseEnterprise, recordBatch, saveSyllabus, scoreCandidate } from '../skills/index.js';
import { verifiedEnterprisesIn, visitableEnterprise } from '../enterprises/index.js';

const SEED = '开化县创专项职业考核“地方标准”兴乡土人才（种子文档 000）：“创新开发‘根雕制作、龙顶茶制作、清水鱼养殖、气糕制作、食用菌种植、开化保姆’等 6 个专项职业能力考核规范‘地方标准’”；“开化根雕、清水鱼养殖等 2 项职业能力考核规范标准获得国家人力社保部批准，龙顶茶制作、气糕制作、食用菌种植、开化保姆等 4 项考核标准获得省人力社保厅批准。”规范名称据原文，内容、合格线与满分为合成数据。';

const STANDARDS: Array<[string, string, string]> = [
  ['KH-GD', '开化根雕制作', '根雕'],
  ['KH-LDC', '龙顶茶制作', '龙顶茶'],
  ['KH-QSY', '清水鱼养殖', '清水鱼'],
  ['KH-QG', '气糕制作', '气糕'],
  ['KH-SYJ', '食用菌种植', '食用菌'],
  ['KH-BM', '开化保姆', '家政服务'],
];

const id = (prefix: string, birth: string, seq: string) => `${prefix}${birth}${seq}${checkDigit(`${prefix}${birth}${seq}`)}`;

export async function seedSkillsDemo(p: Platform, kaihuaClerk: Caller, kechengClerk: Caller): Promise<void> {
  const made = [];
  for (const [code, name, craft] of STANDARDS)
    made.push(
      await createStandard(p, kaihuaClerk, {
        code,
        name,
        definition: `从事${craft}相关生产、制作或服务的专项职业能力（合成）`,
        appliesTo: `开化县从事或准备从事${craft}相关工作的城乡劳动者（合成）`,
        abilityStandards: `掌握${craft}的基本知识与操作规范，能独立完成常见作业并保证质量与安全（合成）`,
        assessmentContent: '理论知识（单选、判断）占 30%，实际操作占 70%（合成）',
        passMark: 60,
        maxScore: 100,
        status: 'published',
        source: SEED,
      }),
    );
  const gd = made[0]!;
  await saveSyllabus(p, kaihuaClerk, gd.id, { sections: [{ title: '一、根材识别与处理', body: '常见根材的种类、特性，去皮、脱脂、防虫处理（合成）' }, { title: '二、构思与造型', body: '因材施艺，依形度势，主题构思与造型（合成）' }, { title: '三、雕刻与打磨', body: '工具使用、雕刻技法、打磨上色与安全操作（合成）' }] });
  await addItem(p, kaihuaClerk, gd.id, { kind: 'single', question: '根雕创作中“因材施艺”指的是（合成）', options: ['依据根材天然形态构思', '先画图再选材', '只用硬木', '全部机器加工'], answer: 'A', points: 10 });
  await addItem(p, kaihuaClerk, gd.id, { kind: 'judge', question: '根材在雕刻前一般需要脱脂和防虫处理（合成）', answer: '对', points: 10 });
  await addItem(p, kaihuaClerk, gd.id, { kind: 'practical', question: '以给定根材完成一件小型根雕作品（合成）', answer: '造型完整、刀法流畅、打磨均匀、操作安全（合成）', points: 80 });
  const s = await createSession(p, kaihuaClerk, { standardId: gd.id, heldOn: '2026-10-15', place: '开化县职业技能培训中心（合成）' });
  await addCandidate(p, kaihuaClerk, s.id, { name: '汪建华', idNumber: id('330824', '19800512', '031') });
  const full = await addCandidate(p, kaihuaClerk, s.id, { name: '余小芳', idNumber: id('330824', '19920308', '042') });
  const [a, b] = full.candidateList!;
  await scoreCandidate(p, kaihuaClerk, a!.id, { score: 86 });
  await scoreCandidate(p, kaihuaClerk, b!.id, { score: 52 });
  await issueCertificate(p, kaihuaClerk, a!.id, { number: 'KH-GD-2026-000001' });

  // 职业技能等级认定: the demo enterprise licensed in 柯城区 and one batch (seed 003 names 玉环's 车工、磨工、数控铣工、装配钳工).
  const ent = (await verifiedEnterprisesIn(p, ['kecheng'])).find((e) => e.name.startsWith('衢州氟硅新材料'));
  if (!ent) return;
  await licenseEnterprise(p, kechengClerk, { enterpriseId: ent.id, occupations: ['车工', '磨工', '数控铣工', '装配钳工'], levels: [2, 3, 4, 5], licensedOn: '2026-03-01' });
  const account = (await visitableEnterprise(p, kechengClerk, ent.id)).accountId;
  const entCaller: Caller = { userId: account, username: 'enterprise', displayName: ent.name, role: 'enterprise', region: 'kecheng', department: null, personId: null, employerId: null };
  await recordBatch(p, entCaller, {
    recognizedOn: '2026-09-20',
    records: [
      { name: '郑立群', idNumber: id('330802', '19880721', '015'), occupation: '数控铣工', level: 3, certificateNo: 'Y000033080226000001' },
      { name: '方志强', idNumber: id('330802', '19950130', '037'), occupation: '车工', level: 4, certificateNo: 'Y000033080226000002' },
      { name: '徐海燕', idNumber: id('330802', '19861111', '026'), occupation: '装配钳工', level: 2, certificateNo: 'Y000033080226000003' },
    ],
  }, 'demo-skill-batch-1');
}
