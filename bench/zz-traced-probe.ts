// Temporary probe (not committed): traced calculate() throughput on the bench's synthetic rows.
import { calculate, ColumnBlock, dayFromParts, storeFromBlock } from '@rencai/engine';
import { factDefs, loadPolicies } from '@rencai/policies';
import { CHUNK, fillSynthetic, populationLayout } from '@rencai/services';
const quzhou = loadPolicies()[0]!;
const block = new ColumnBlock(populationLayout([quzhou]), CHUNK, CHUNK);
fillSynthetic(block, 7, 0, CHUNK);
const stores = Array.from({ length: 3000 }, (_, i) => storeFromBlock(block, i));
const asOf = dayFromParts(2025, 12, 31);
for (let r = 0; r < 2; r++) for (const f of stores) calculate([quzhou], f, { asOf, factDefs });
const times: number[] = [];
for (let r = 0; r < 5; r++) { const t = performance.now(); for (const f of stores) calculate([quzhou], f, { asOf, factDefs }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('traced per second (median):', Math.round(stores.length / (times[2]! / 1000)));
