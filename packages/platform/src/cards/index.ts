// The electronic talent card (人才码 / 高层次人才服务“电子一卡通”, art. 23): issuance to eligible
// talents at a level from the dated parameters, live and printable signed codes, the signed status
// list, partners' verification with each use recorded once, and the counts of uses.
export * from './levels.js';
export * from './code.js';
export * from './status-list.js';
export { invalidateStatusList } from './list-cache.js';
export * from './cards.js';
export * from './verify.js';
export * from './uses.js';
