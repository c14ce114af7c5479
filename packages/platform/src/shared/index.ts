// What every module stands on: the platform's dependencies (the context each service receives, with
// the scope relations), who is calling and what they may see, the errors callers get, paging, and
// fault injection for tests.
export * from './platform.js';
export * from './scope.js';
export * from './errors.js';
export * from './caller.js';
export * from './account-actor.js';
export * from './paging.js';
export * from './failpoint.js';
export * from './redeem-code.js';
export * from './policy-param.js';
export * from './workbook.js';
export * from './day.js';
export { chinaDate, chinaDayStart, chinaTime } from '@rencai/domain';
export * from './id-number.js';
