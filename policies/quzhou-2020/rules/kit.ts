// Typed builders for this package: fact names, parameter paths and qualification codes are
// checked by the compiler against the generated unions.

import { typedBuilders } from '@rencai/engine';
import type { FactName } from '../../common/facts.js';
import type { QualCode } from '../../common/generated.js';
import { clause } from '../../common/kit.js';
import type { ParamPath } from '../generated.js';

export const { fact, param, paramBy, has, obtained, bestTier } = typedBuilders<FactName, ParamPath, QualCode>();
export const DOC = '衢委发〔2020〕7号';
export const cite = (article: number, item?: number | string) => clause(DOC, article, item);
export type { QualCode };
