// The one input error both shells show: field paths with Chinese reasons (HTTP 400, CLI exit 2).

import { DateFormatError, MoneyFormatError, ParamError, ProfileError, type FieldError } from '@rencai/engine';

export class InputError extends Error {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}：${e.message}`).join('；'));
  }
}

/** Wraps the engine's own validation errors under the request field they came from. */
export function asInputError(e: unknown, path: string): InputError | undefined {
  if (e instanceof InputError) return e;
  if (e instanceof ProfileError) return new InputError(e.errors.map((x) => ({ path: x.path.startsWith('(') ? path : `${path}.${x.path}`, message: x.message })));
  if (e instanceof DateFormatError || e instanceof ParamError || e instanceof MoneyFormatError) return new InputError([{ path, message: e.message }]);
  return undefined;
}

export function rethrowAsInput<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asInputError(e, path) ?? e;
  }
}
