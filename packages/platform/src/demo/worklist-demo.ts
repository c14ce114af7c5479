// Demo data of the work list, SYNTHETIC (合成数据): accounts for three responsible units (reporter and
// head each), graduates' target split among the counties, past quarterly figures from 2020 to the
// last quarter before the current one (some targets ahead, some behind, 市卫健委 always late), one
// figure corrected through the workflow, one returned once, and the latest quarter open for the
// units to report. Deterministic.

import { formatDay, seededRandom } from '@rencai/engine';
import { parsePeriod } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { actOnReport, addMilestone, completeMilestone, listDuties, recordPastFigures, saveReport, setTargetSplit, workList, type PastFigure } from '../worklist/index.js';
import type { DemoAccount } from './demo-account.js';

const SYNTH = '（合成数据）';

/** How each target's units perform against the straight line (1 = on it): some ahead, some behind. */
const PACE: Record<string, number> = {
  hl_projects_landed: 1.08,
  engineer_centres: 0.95,
  enclave_teams: 0.72,
  enclave_hl_talents: 1.12,
  enclave_projects: 0.55,
  academician_stations: 1.2,
  postdoc_stations: 0.86,
  phd_stations: 0.97,
  digital_phd_master: 1.15,
  digital_high_end: 0.62,
  digital_leading_teams: 0.9,
  chem_craftsmen_yearly: 1.05,
  village_live_trained: 0.95,
  village_anchors: 0.7,
  high_skilled_trained: 1.03,
  education_graduates: 0.98,
  health_talents: 0.8,
  culture_leaders: 1,
  rural_culture_talents: 0.88,
  managers_trained: 1.1,
  strategic_entrepreneurs: 0.74,
  elite_entrepreneurs: 1.02,
  graduates_attracted: 0.93,
  rural_talents_trained: 0.99,
  leading_talents: 1.05,
};
/** Level targets: where the line starts (the text's base where it gives one). */
const START: Record<string, number> = { digital_talents: 14_000, fluorosilicon_talents: 31_000, social_workers_ratio: 1.2 };
const LEVEL_PACE: Record<string, number> = { talent_total: 0.97, digital_talents: 1.04, fluorosilicon_talents: 0.8, social_workers_ratio: 0.9 };
/** The unit that never reports on time: its last four quarters are missing. */
const LATE_UNIT = 'city_health';

export async function seedWorklistDemo(p: Platform, admin: Caller, clerk: Caller, createAccount: (username: string, role: 'unit_reporter' | 'unit_head', region: string, unit: string, description: string) => Promise<Caller>): Promise<DemoAccount[]> {
  const rand = seededRandom(20200422);
  const accounts: DemoAccount[] = [];
  const units: Array<[string, string, string]> = [
    ['agri', 'city_agriculture', '市农业农村局'],
    ['edu', 'city_education', '市教育局'],
    ['hrss', 'city_hrss', '市人力社保局'],
  ];
  const callers: Record<string, Caller> = {};
  for (const [short, unit, name] of units) {
    for (const [suffix, role, label] of [['', 'unit_reporter', '填报员'], ['_head', 'unit_head', '负责人']] as const) {
      const username = `unit_${short}${suffix}`;
      callers[username] = await createAccount(username, role, 'quzhou_city', unit, `${name}${label}`);
      accounts.push({ username, role, description: `${name}${label}（工作清单）` });
    }
  }

  // 大学生 target split among the six counties, as the office decided (synthetic).
  const shares: Record<string, number> = { kecheng: 36_000, qujiang: 27_000, longyou: 24_000, jiangshan: 27_000, changshan: 18_000, kaihua: 18_000 };
  await setTargetSplit(p, admin, 'graduates_attracted', { split: shares, reason: `市委人才工作领导小组办公室分解方案${SYNTH}` });

  // Past figures: every duty, every period due before the current one, except the late unit's last four.
  const duties = await listDuties(p, admin, {});
  const list = workList();
  const periodsOf = new Map<string, string[]>();
  for (const d of duties) periodsOf.set(`${d.targetId}|${d.unit}|${d.region}`, [...(periodsOf.get(`${d.targetId}|${d.unit}|${d.region}`) ?? []), d.period]);
  const rows: PastFigure[] = [];
  const today = formatDay(p.today());
  const entries = new Map([...list.overall.map((t) => [t.id, t] as const), ...list.tasks.flatMap((t) => t.items.flatMap((i) => i.targets.map((x) => [x.id, x] as const)))]);
  const latestDue = duties.filter((d) => d.dueOn < today).map((d) => d.period).sort().at(-1);
  for (const [key, periods] of periodsOf) {
    const [targetId, unit, region] = key.split('|') as [string, string, string];
    const t = entries.get(targetId)!;
    const sorted = [...periods].sort();
    const planQuarters = sorted.filter((x) => x <= '2025Q4').length || 1;
    const regionShare = region === 'quzhou_city' ? 1 : (shares[region] ?? 0) / 150_000;
    // Cumulative figures: each quarter the rounded running total's step, so that small targets (10 家) still move.
    let running = 0;
    let runningRounded = 0;
    for (const [i, period] of sorted.entries()) {
      const noise = 0.8 + rand() * 0.4;
      let value: number;
      if (t.kind === 'level') {
        const start = t.base?.value ?? START[targetId] ?? 0;
        const end = start + (t.value - start) * (LEVEL_PACE[targetId] ?? 1);
        const f = Math.min(1, (i + 1) / planQuarters);
        value = t.measure === 'percent' ? Math.round((start + (end - start) * f) * 100) / 100 : Math.round(start + (end - start) * f * (0.98 + rand() * 0.04));
      } else if (t.kind === 'annual') {
        value = Math.round((t.value / 4) * (PACE[targetId] ?? 1) * noise);
      } else {
        running += (t.value / planQuarters) * (PACE[targetId] ?? 1) * noise * regionShare;
        value = Math.max(0, Math.round(running) - runningRounded);
        runningRounded += value;
      }
      // The latest quarter due is left for the units to report (the demo's open work); the late unit's last four are missing.
      if (period === latestDue && unit !== 'org_dept') continue;
      if (unit === LATE_UNIT && i >= sorted.length - 4) continue;
      rows.push({ targetId, unit, region, period, value, narrative: `${parsePeriod(period)!.label}推进情况${SYNTH}` });
    }
  }
  // This year's village live-streaming training is behind until the latest quarter is reported.
  for (const r of rows) if (r.targetId === 'village_live_trained' && r.period.startsWith(today.slice(0, 4))) r.value = Math.round(r.value * 0.55);
  await recordPastFigures(p, admin, rows, `各责任单位季度报表汇总${SYNTH}`);

  // One corrected figure: 市教育局 adds private schools' recruits to a past quarter (through the workflow).
  const edu = rows.find((r) => r.targetId === 'education_graduates' && r.period === '2025Q2');
  if (edu) {
    const { id } = await saveReport(p, callers.unit_edu!, { targetId: 'education_graduates', period: '2025Q2', value: edu.value + 6, narrative: `补录民办学校引进优秀高校毕业生 6 人${SYNTH}`, correctionReason: `原报数未含民办学校引进人数${SYNTH}` });
    await actOnReport(p, callers.unit_edu!, id, 'submit');
    await actOnReport(p, callers.unit_edu_head!, id, 'sign');
    await actOnReport(p, clerk, id, 'accept');
  }
  // 市人力社保局's latest quarter of chemical craftsmen: reported, returned once by the office, not yet resubmitted.
  if (latestDue) {
    const { id } = await saveReport(p, callers.unit_hrss!, { targetId: 'chem_craftsmen_yearly', period: latestDue, value: 480, narrative: `本季度联合培养先进化工制造业工匠 480 人${SYNTH}` });
    await actOnReport(p, callers.unit_hrss!, id, 'submit');
    await actOnReport(p, callers.unit_hrss_head!, id, 'sign');
    await actOnReport(p, clerk, id, 'return', { reason: `请补充培训结业名单${SYNTH}` });
  }
  // Milestones of items the text gives no figure for: most done on time, one late, one overdue, some ahead.
  const milestones: Array<[string, string, string, string | null]> = [
    ['1.2', '高端化学品科学与技术浙江省实验室挂牌运行', '2021-06-30', '2021-06-18'],
    ['2.2', '浙江大学工程师学院衢州分院首批学员入学', '2021-09-30', '2021-09-06'],
    ['2.3', '电子科技大学长三角研究院（衢州）科技园一期投用', '2023-12-31', '2024-03-15'],
    ['4.4', '人才服务综合体建成并运行“浙江院士之家”', '2022-12-31', '2022-11-28'],
    ['13.2', '建成衢籍大学生数据库并接入人才库', '2025-06-30', null],
    ['13.2', '举办衢籍学子家乡行活动（年度）', '2026-08-31', '2026-08-12'],
    ['14.1', '出台领导联系服务高层次人才制度', '2020-12-31', '2020-12-10'],
    ['15.2', '设立人才“编制池”并首批使用', '2021-12-31', '2021-10-20'],
    ['16.1', '高层次人才服务“电子一卡通”上线', '2027-06-30', null],
    ['16.1', '人才领域“最多跑一次”服务事项目录公布', '2020-10-31', '2020-10-15'],
  ];
  for (const [itemNo, title, dueOn, doneOn] of milestones) {
    const { id } = await addMilestone(p, admin, itemNo, { title: `${title}${SYNTH}`, dueOn });
    if (doneOn) await completeMilestone(p, admin, id, { doneOn, note: `已完成${SYNTH}` });
  }
  return accounts;
}
