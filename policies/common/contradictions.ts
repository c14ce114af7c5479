// Answers that cannot all be true of one person: a profile that says 未购房 and gives a purchase, a
// sale before the purchase, an arrival after the day of the calculation. Such a profile is refused,
// not computed — each error names its own field and, in words, the field it contradicts.

import { formatDay, type Day, type FactStore, type FieldError } from '@rencai/engine';
import { factDefs } from './facts.js';

const label = (name: string) => factDefs.find((d) => d.name === name)?.label ?? name;
const PURCHASE = ['person.purchase.date', 'person.purchase.price', 'person.purchase.isFirst', 'person.purchase.sold', 'person.purchase.soldDate'];

export function profileContradictions(facts: FactStore, asOf: Day): FieldError[] {
  const out: FieldError[] = [];
  const both = (a: string, b: string, why: string) => {
    out.push({ path: a, message: `与“${label(b)}”矛盾：${why}` });
    out.push({ path: b, message: `与“${label(a)}”矛盾：${why}` });
  };
  if (facts.get('person.hasPurchased') === false) {
    const given = PURCHASE.find((n) => facts.get(n) !== undefined);
    if (given) both('person.hasPurchased', given, '填写了“未购房”，却又填写了购房信息，请删去其一');
  }
  const bought = facts.get('person.purchase.date');
  const sold = facts.get('person.purchase.soldDate');
  if (typeof bought === 'number' && typeof sold === 'number' && sold < bought) both('person.purchase.soldDate', 'person.purchase.date', `上市交易日期（${formatDay(sold)}）早于购房日期（${formatDay(bought)}）`);
  const arrival = facts.get('person.arrivalDate');
  if (typeof arrival === 'number' && arrival > asOf) {
    out.push({ path: 'person.arrivalDate', message: `来当地工作日期（${formatDay(arrival)}）晚于计算日（${formatDay(asOf)}）：请核对到岗日期，或把计算日（date）改为到岗之后` });
    out.push({ path: 'date', message: `计算日（${formatDay(asOf)}）早于“${label('person.arrivalDate')}”（${formatDay(arrival)}）` });
  }
  return out;
}
