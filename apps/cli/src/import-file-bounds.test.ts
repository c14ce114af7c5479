// The operators' import commands bound a table file like an upload: a file over the limit is
// refused with the Chinese reason (exit code 2) before it is read or any database is opened.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliArgv } from './cli-under-test.js';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('rencai import / batch-result with an oversized file', () => {
  it('refuses it unread, naming the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-cli-bounds-'));
    try {
      const big = join(dir, '人才.csv');
      writeFileSync(big, '身份证号,姓名,地区\n');
      truncateSync(big, 11 * 1024 * 1024); // sparse: nothing to read, only its size
      for (const args of [['import', 'persons', big], ['batch-result', '1', big]]) {
        const r = spawnSync(process.execPath, [...cliArgv(), ...args], { cwd: ROOT, env: { ...process.env, RENCAI_DATA_DIR: join(dir, 'data') }, encoding: 'utf8', timeout: 60_000 });
        expect(r.status, r.stderr).toBe(2);
        expect(r.stderr).toBe('输入有误：\n  file：文件过大，上限 10 MB\n');
      }
      // Refused before the database was even opened (it would have been created here).
      expect(existsSync(join(dir, 'data'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
