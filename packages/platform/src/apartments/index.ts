// Talent apartments (人才公寓, 衢委发〔2020〕7号 art. 20 first sentence and art. 22): the stock kept by
// housing clerks, the waiting list approved applications of 人才公寓申租 enter in a stated order, the
// offer of a unit, the talent's answer, the move-in that makes the registry fact 租住人才公寓 hold
// from that day, and the end of the tenancy.
export * from './stock.js';
export * from './waitlist.js';
export * from './tenancies.js';
