// A command used wrongly: told how, in Chinese, with exit code 2 and a pointer to `rencai --help` (main.ts
// reports it) — the arguments read by Node's parseArgs, its English errors put into Chinese.

import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** parseArgs with its errors as UsageErrors: an unknown option, an option without its value, an extra argument. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw e instanceof Error && 'code' in e ? argsError(e as Error & { code?: string }) : e;
  }
}

function argsError(e: Error & { code?: string }): UsageError {
  const opt = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`未知选项：${opt}`);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`选项 ${opt.split(/[ ,]/)[0]} 需要一个值`);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(`多余的参数：${opt}`);
  return new UsageError(`命令行参数有误：${e.message}`);
}
