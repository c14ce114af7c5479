// Official values (官方数值): dated parameter values entered with their source, confirmed by a second
// official after seeing the decisions they would change, used by every calculation.
export * from './official-values.js';
