// The simulation uses the official values in force, on every worker thread: with a confirmed
// half-year house price and a minimum wage the accounts change from the shipped packages', and a
// worker thread computes exactly what the thread that started it does, and a kept thread forgets them
// for a job without them (synthetic population, 合成数据).

import { afterEach, expect, it } from 'vitest';
import { parseDay } from '@rencai/engine';
import { setOfficialValues, shippedPolicies, type OfficialValue } from '@rencai/policies';
import { closeSimulationWorkers, runWorker, simulate } from './simulate.js';
import { runChunks, type SimJob } from './simulate-core.js';

const official: OfficialValue[] = [
  { id: 1, policy: 'quzhou-2020', path: 'housing_price.urban_new_home_avg', from: parseDay('2024-01-01'), value: 3_000_000, reference: { doc: '统计公报（测试）', article: '一', text: '均价 30,000 元/平方米' } },
  { id: 2, policy: 'quzhou-2020', path: 'minimum_wage.monthly.class2', from: parseDay('2023-01-01'), value: 300_000, reference: { doc: '最低工资标准（测试）', article: '一', text: '第二档 3000 元' } },
];

afterEach(() => setOfficialValues([]));

it('uses the official values in force', async () => {
  const shipped = await simulate({ population: 20_000, years: '2024', workers: 1 });
  setOfficialValues(official, 1);
  const r = await simulate({ population: 20_000, years: '2024', workers: 1 });
  const benefit = (x: typeof r, key: string) => x.byBenefit.find((b) => b.key === key)!.baselineFen;
  expect(benefit(r, 'housing_purchase_subsidy')).toBeGreaterThan(benefit(shipped, 'housing_purchase_subsidy'));
  expect(benefit(r, 'rent_subsidy')).toBeGreaterThan(benefit(shipped, 'rent_subsidy'));
  expect(r.policies.find((p) => p.id === 'quzhou-2020')!.version).not.toBe(shipped.policies.find((p) => p.id === 'quzhou-2020')!.version);
});

it('a worker thread applies the same official values as the thread that started it', async () => {
  const job: SimJob = { seed: 5, population: 8_000, fromYear: 2024, toYear: 2024, policies: shippedPolicies().map((p) => p.meta.id), top: 5 };
  const without = runChunks(job);
  setOfficialValues(official, 1);
  const here = runChunks(job);
  expect(here.baseline.fen).not.toEqual(without.baseline.fen);
  const there = await runWorker({ ...job, official }, () => {});
  expect(there.baseline.fen).toEqual(here.baseline.fen);
  // The thread is kept for the next simulation: a job without official values gets the shipped ones there.
  const again = await runWorker(job, () => {});
  expect(again.baseline.fen).toEqual(without.baseline.fen);
  await closeSimulationWorkers();
});
