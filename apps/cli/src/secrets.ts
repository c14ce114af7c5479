// Passwords for the command line, never from its arguments (which other users of the machine can
// see): asked for on the terminal without echo, or — when the standard input is not a terminal —
// read one per line from it, in the order the command asks for them.

import { read } from 'read';
import { PlatformError } from '@rencai/platform';

let piped: string[] | undefined;

async function pipedLines(): Promise<string[]> {
  if (!piped) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    piped = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  }
  return piped;
}

/** No password given (nothing more on standard input, or the two entries differ). */
export class SecretMissing extends PlatformError {
  constructor(message: string) {
    super(400, message);
  }
}

/** The next secret: prompted (hidden) on a terminal, else the next line of standard input. */
export async function readSecret(prompt: string): Promise<string> {
  if (process.stdin.isTTY) {
    const v = await read({ prompt, silent: true, replace: '', output: process.stderr });
    process.stderr.write('\n');
    return String(v);
  }
  const lines = await pipedLines();
  const v = lines.shift();
  if (v === undefined || v === '') throw new SecretMissing(`${prompt.replace(/[：:]\s*$/, '')}：没有从标准输入读到（每行一个，按命令询问的顺序）`);
  return v;
}

/** A new password, typed twice on a terminal (once when piped). */
export async function readNewSecret(prompt: string): Promise<string> {
  const first = await readSecret(prompt);
  if (process.stdin.isTTY && (await readSecret('再次输入以确认：')) !== first) throw new SecretMissing('两次输入的密码不一致');
  return first;
}
