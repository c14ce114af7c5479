// Demo events, SYNTHETIC (合成数据), made through the events service like real work: 柯城区's
// 专场招聘 next week with posts from the demo enterprise's open demands, published; 开化's weekly
// Thursday 人才活动日 as a series with a host rota — the two last Thursdays held (ended, hosts in
// turn) and next Thursday's published, its host the rota's next. Times are from the clock (not the
// platform's set day): an event is a moment, and registration deadlines are checked against now.

import { chinaDate, type Caller, type Platform } from '../shared/index.js';
import { addPosts, createEvent, createSeries, moveEvent, pickablePosts } from '../events/index.js';

/** A moment `days` from now at `hh:mm` China time, as typed ('YYYY-MM-DD HH:mm'). */
const at = (days: number, hhmm: string) => `${chinaDate(new Date(Date.now() + days * 86400_000))} ${hhmm}`;

export async function seedEventsDemo(p: Platform, kecheng: Caller, kaihua: Caller): Promise<void> {
  const fair = await createEvent(p, kecheng, { kind: 'special_fair', title: '柯城区化工新材料产业专场招聘会（合成）', startsAt: at(7, '09:00'), endsAt: at(7, '12:00'), deadline: at(6, '18:00'), place: '柯城区人力资源市场二楼（合成）', capacity: 200, audience: '2026 届高校毕业生及社会求职人员' }, 'demo-event-fair');
  const posts = (await pickablePosts(p, kecheng, fair.id)).filter((d) => d.enterpriseName.startsWith('衢州氟硅新材料')).slice(0, 3);
  if (posts.length) await addPosts(p, kecheng, fair.id, { demandIds: posts.map((d) => d.demandId) });
  await moveEvent(p, kecheng, fair.id, 'publish', {});

  const series = await createSeries(p, kaihua, { kind: 'talent_day', title: '开化县每周四人才活动日（合成）', hosts: ['县委人才办', '县人力社保局', '县科技局', '开化经济开发区'] });
  // Thursdays: the last two and the next (China time; day 0 of the week is Sunday).
  const weekday = new Date(`${chinaDate(new Date())}T00:00:00Z`).getUTCDay();
  const next = (4 - weekday + 7) % 7 || 7;
  for (const [n, days] of [next - 14, next - 7, next].entries()) {
    const e = await createEvent(p, kaihua, { kind: 'talent_day', seriesId: series.id, title: ['人才活动日：人才新政宣讲（合成）', '人才活动日：青年创业沙龙（合成）', '人才活动日：企业引才对接（合成）'][n], startsAt: at(days, '14:30'), endsAt: at(days, '16:30'), place: '开化县人才之家（合成）', capacity: 60, audience: '在开化工作生活的各类人才' }, `demo-event-day-${n + 1}`);
    await moveEvent(p, kaihua, e.id, 'publish', {});
    if (days < 0) await moveEvent(p, kaihua, e.id, 'end', {});
  }
}
