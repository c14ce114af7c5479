// Demo data of talent apartments, SYNTHETIC (合成数据), made through the same services as real work:
// units of two projects in 柯城区 and one in 衢江区, registered by the housing bureau's clerk, one of
// them under maintenance. No application is seeded: the demo talent applies themself.

import type { Caller, Platform } from '../shared/index.js';
import { createApartment, setApartmentStatus } from '../apartments/index.js';

export async function seedApartmentsDemo(p: Platform, housing: Caller): Promise<void> {
  const units: Array<[string, string, string, string, number, string]> = [
    ['kecheng', '衢州未来社区人才公寓 1 幢（合成）', '0501', '45.60', 1, '980'],
    ['kecheng', '衢州未来社区人才公寓 1 幢（合成）', '0502', '45.60', 1, '980'],
    ['kecheng', '衢州未来社区人才公寓 1 幢（合成）', '0903', '68.20', 2, '1450'],
    ['kecheng', '荷花人才驿站（合成）', '201', '38.00', 1, '800'],
    ['qujiang', '衢江人才之家（合成）', 'A-301', '55.00', 2, '900'],
  ];
  const made = [];
  for (const [region, project, unitNo, areaM2, rooms, rent] of units) made.push(await createApartment(p, housing, { region, project, unitNo, areaM2, rooms, rent }));
  await setApartmentStatus(p, housing, made[3]!.id, { status: 'maintenance', reason: '墙面翻新（合成）' });
}
