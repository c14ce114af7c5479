// The specialities of 乡土人才 and the levels of the three-level database, as data. The list follows
// seed 000 (开化): the six 专项职业能力考核规范 (根雕制作、龙顶茶制作、清水鱼养殖、气糕制作、食用菌种植、
// 开化保姆), 乡村大厨 named among the county's特色产业, and 村播 (衢委发〔2020〕7号 item 9.3).
// Level: the database a talent is kept in — 县级、乡（镇）级、村级 (the seed's "县、乡、村三级信息库");
// the seed names no grades of talent, so no grade is recorded.

import type { RuralLevel } from '@rencai/store';

export const SPECIALITIES: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'root_carving', label: '根雕制作' },
  { code: 'longding_tea', label: '龙顶茶制作' },
  { code: 'qingshui_fish', label: '清水鱼养殖' },
  { code: 'qigao', label: '气糕制作' },
  { code: 'mushroom', label: '食用菌种植' },
  { code: 'kaihua_nanny', label: '开化保姆' },
  { code: 'village_chef', label: '乡村大厨' },
  { code: 'village_live', label: '村播' },
  { code: 'other', label: '其他' },
];

/** The speciality counted by work item 9.3 (村播人才培训, 乡村主播). */
export const VILLAGE_LIVE = 'village_live';

export const specialityLabel = (code: string): string => SPECIALITIES.find((s) => s.code === code)?.label ?? '其他';

export const LEVELS: Record<RuralLevel, string> = { county: '县级', township: '乡（镇）级', village: '村级' };
