// The rules of 衢委发〔2020〕7号, built from the package's qualification catalogue.

import type { CatalogueEntry, RuleModule } from '../../load.js';
import { art16Rules } from './art16.js';
import { art18Rules, art18Vars } from './art18.js';
import { art19Rules } from './art19.js';
import { art20Rules, art20Vars } from './art20.js';
import { inKindRules } from './art17-22-23.js';
import { buildVars } from './vars.js';

export function build(catalogue: CatalogueEntry[]): RuleModule {
  return {
    vars: { ...buildVars(catalogue), ...art18Vars, ...art20Vars },
    rules: [...art16Rules, ...art18Rules, ...art19Rules, ...art20Rules, ...inKindRules],
  };
}
