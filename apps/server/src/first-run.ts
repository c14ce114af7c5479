// What `npm start` does about accounts: whether to seed the synthetic demo (only the embedded
// default's first start, or when asked with RENCAI_DEMO=1 / `npm start -- --demo`; never a server
// database by default; RENCAI_DEMO=0 never), and what it prints — the demo accounts at every start
// while they exist, or, with no administrator yet, how to create the first one.

import { demoAccounts, DEMO_PASSWORD, hasActiveAdmin, ROLE_LABELS, type Platform } from '@rencai/platform';

export interface DemoChoice {
  seed: boolean;
  /** Asked for explicitly (flag or RENCAI_DEMO=1). */
  asked: boolean;
}

/**
 * `freshEmbedded`: the embedded database's folder did not exist before this start (its first start).
 * A server database (DATABASE_URL) gets the demo only when asked.
 */
export function demoChoice(opts: { argv: string[]; env: NodeJS.ProcessEnv; serverDatabase: boolean; freshEmbedded: boolean }): DemoChoice {
  const flag = opts.env.RENCAI_DEMO;
  if (flag === '0') return { seed: false, asked: false };
  const asked = flag === '1' || opts.argv.includes('--demo');
  return { seed: asked || (!opts.serverDatabase && opts.freshEmbedded), asked };
}

/** The lines about accounts printed after the addresses. */
export async function accountNotes(p: Platform, opts: { asked: boolean; seeded: boolean; serverDatabase: boolean }): Promise<string[]> {
  const lines: string[] = [];
  const demo = await demoAccounts(p);
  if (opts.asked && !opts.seeded && !demo.length) lines.push('', '数据库中已有账户，未生成演示数据（演示数据只生成到没有任何账户的数据库中）。');
  if (demo.length) {
    lines.push('', `${opts.seeded ? '已生成演示数据（合成数据）。' : '本数据库含合成演示数据。'}演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of demo) lines.push(`  ${a.username.padEnd(16)} ${ROLE_LABELS[a.role as keyof typeof ROLE_LABELS] ?? a.role}：${a.description}`);
    if (opts.serverDatabase) lines.push('注意：演示账号的密码是公开的，切勿在生产数据库中保留演示数据（可用 npx rencai user disable --username 账号 --reason 理由 停用）。');
  }
  if (!(await hasActiveAdmin(p))) {
    lines.push(
      '',
      '尚无管理员账户。建立第一个管理员（密码在提示时输入，不写在命令行上；首次登录须修改密码）：',
      `  ${opts.serverDatabase ? 'DATABASE_URL=… ' : ''}npx rencai admin create-admin --username 用户名 [--name 姓名]`,
      ...(opts.serverDatabase ? [] : ['  （内嵌数据库同一时间只能由一个进程打开：请先按 Ctrl+C 停止服务，建立后再 npm start）']),
      '如需合成演示数据（仅供演示）：RENCAI_DEMO=1 npm start 或 npm start -- --demo（只生成到没有任何账户的数据库中）。',
    );
  }
  return lines;
}
