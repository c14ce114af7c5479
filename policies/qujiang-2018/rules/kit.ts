// Typed builders for the 衢江 package (names checked against the generated unions).

import { typedBuilders } from '@rencai/engine';
import type { FactName } from '../../common/facts.js';
import type { QualCode } from '../../common/generated.js';
import { clause } from '../../common/kit.js';
import type { ParamPath } from '../generated.js';

export const { fact, param, paramBy, has } = typedBuilders<FactName, ParamPath, QualCode>();
export const DOC = '《衢江区“人才+产业”助力打造康养城》（衢州市委组织部，2018-11-26）';
/** 一、出台导向鲜明政策，发挥杠杆撬动作用: the sentence within it ("第二句"). */
export const cite = (sentence: string) => ({ ...clause(DOC, '一', sentence), cite: `${DOC}一、出台导向鲜明政策${sentence}` });
