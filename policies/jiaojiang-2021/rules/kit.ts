// Typed builders for the 椒江 package (names checked against the generated unions).

import { typedBuilders } from '@rencai/engine';
import type { FactName } from '../../common/facts.js';
import type { QualCode } from '../../common/generated.js';
import { clause } from '../../common/kit.js';
import type { ParamPath } from '../generated.js';

export const { fact, param, paramBy, has, bestTier } = typedBuilders<FactName, ParamPath, QualCode>();
export const DOC = '《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）';
/** 二、（一）物质保障实现“居有定所”: the section, and the sentence within it ("第三句"). */
export const cite = (section: string, sentence?: string) => ({ ...clause(DOC, '二', section, sentence), cite: `${DOC}二、${section}${sentence ?? ''}` });
