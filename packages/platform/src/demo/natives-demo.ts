// Demo 衢籍大学生 and 乡土人才, SYNTHETIC (合成数据), recorded through the modules' services like real
// work: three students of 开化 and 柯城 (one whose ID address code is not the declared 户籍, one who
// consented to contact), a 家乡行 activity; three 开化 rural talents at the three levels and their
// training (one 村播). The township and village codes are made up (合成数据): the seeds give none.

import { checkDigit } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { createStudent, recordActivity } from '../native-students/index.js';
import { addTraining, createRuralTalent } from '../rural-talent/index.js';

const id = (prefix: string, birth: string, seq: string) => `${prefix}${birth}${seq}` + checkDigit(`${prefix}${birth}${seq}`);

export async function seedNativesDemo(p: Platform, kaihua: Caller, kecheng: Caller): Promise<void> {
  const a = await createStudent(p, kaihua, { name: '余晓婷（合成）', idNumber: id('330824', '20040312', '026'), region: 'kaihua', school: '浙江大学', major: '计算机科学与技术', degree: 'bachelor', graduationYear: 2026, phone: '13905700001', consent: true });
  const b = await createStudent(p, kaihua, { name: '汪子豪（合成）', idNumber: id('330802', '20030708', '015'), region: 'kaihua', school: '浙江工业大学', major: '化学工程与工艺', degree: 'master', graduationYear: 2027, consent: false });
  await createStudent(p, kecheng, { name: '郑雨欣（合成）', idNumber: id('330802', '20020115', '042'), region: 'kecheng', school: '衢州学院', major: '机械设计制造及其自动化', degree: 'bachelor', graduationYear: 2025, phone: '13905700003', consent: true });
  await recordActivity(p, kaihua, { kind: 'hometown_visit', title: '2026 年衢籍学子家乡行·开化站（合成）', heldOn: '2026-07-20', host: '开化县委人才办（合成）', studentIds: [a.id, b.id] }, 'demo-native-visit-1');

  const t1 = await createRuralTalent(p, kaihua, { name: '程根发（合成）', idNumber: id('330824', '19680420', '013'), region: 'kaihua', level: 'county', townshipCode: '330824101', townshipName: '华埠镇（合成）', speciality: 'root_carving', enteredOn: '2026-03-02' });
  await createRuralTalent(p, kaihua, { name: '方茶英（合成）', idNumber: id('330824', '19750911', '024'), region: 'kaihua', level: 'township', townshipCode: '330824102', townshipName: '齐溪镇（合成）', speciality: 'longding_tea', enteredOn: '2026-03-02' });
  const t3 = await createRuralTalent(p, kaihua, { name: '徐小播（合成）', idNumber: id('330824', '19960105', '035'), region: 'kaihua', level: 'village', townshipCode: '330824102', townshipName: '齐溪镇（合成）', villageCode: '330824102201', villageName: '里秧田村（合成）', speciality: 'village_live', enteredOn: '2026-05-10' });
  await addTraining(p, kaihua, t1.id, { course: '开化根雕制作专项能力培训（合成）', trainedOn: '2026-04-15', hours: 24 });
  await addTraining(p, kaihua, t3.id, { course: '村播学院直播带货培训（合成）', trainedOn: '2026-06-08', hours: 16 });
}
