// Which PostgreSQL scripts/postgres.sh starts for the tests, on fake machines: the newest installed
// version 15 or later wherever the distribution puts it; the distribution's default package through
// apt-get when there is none; and, without apt-get or when the version is too old, a Chinese message
// saying what to install or that DATABASE_URL may name an existing server.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSystem, LOG_CALL, type FakeSystem } from './fake-system.js';

let sys: FakeSystem;

/** initdb, pg_ctl and postgres of PostgreSQL `version` in folder `dir` (absolute, or relative to the fake root). */
function installPostgres(dir: string, version: string) {
  const at = dir.startsWith('/') ? dir : join(sys.root, dir);
  sys.fake(join(at, 'initdb'), `echo "initdb (PostgreSQL) ${version} (Debian ${version}-1)"`);
  sys.fake(join(at, 'pg_ctl'), `echo "pg_ctl (PostgreSQL) ${version}"`);
  sys.fake(join(at, 'postgres'), `echo "postgres (PostgreSQL) ${version}"`);
  return at;
}

beforeEach(() => {
  sys = fakeSystem();
  sys.fake('id', `case "$1" in -u) echo "\${FAKE_UID:-0}" ;; *) echo tester ;; esac`);
  // sudo without a password only when FAKE_SUDO is set.
  sys.fake('sudo', `${LOG_CALL}\n[ -n "$FAKE_SUDO" ] || exit 1\n[ "$1" = -n ] && shift\nexec "$@"`);
});
afterEach(() => sys.remove());

const locate = (env: Record<string, string> = {}) => sys.run('. scripts/postgres.sh; pg_locate; s=$?; echo "bin=$PG_BIN major=$PG_MAJOR"; exit $s', { env });

/** apt-get that, on `install … postgresql`, installs PostgreSQL `version` the Debian way. */
function fakeApt(version: string) {
  const debianDir = join(sys.root, 'usr/lib/postgresql', version.split('.')[0]!, 'bin');
  const pkg = join(sys.dir, 'pkg-postgresql');
  installPostgres(pkg, version);
  sys.fake('apt-get', `${LOG_CALL}\ncase "$*" in *install*postgresql*) mkdir -p "${debianDir}" && cp "${pkg}"/* "${debianDir}/" ;; esac`);
  return debianDir;
}

describe('the PostgreSQL for the tests (scripts/postgres.sh)', () => {
  it('takes the newest installed version 15 or later, wherever it is installed', () => {
    installPostgres('usr/lib/postgresql/13/bin', '13.16');
    installPostgres('usr/lib/postgresql/15/bin', '15.14');
    const newest = installPostgres('usr/lib/postgresql/17/bin', '17.6');
    installPostgres('usr/pgsql-16/bin', '16.10');
    const r = locate();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`bin=${newest} major=17`);
    expect(sys.calls()).toEqual([]);
  });

  it('finds PostgreSQL on PATH (Arch, Fedora) and through pg_config', () => {
    installPostgres(sys.bin, '16.4');
    expect(locate().stdout.trim()).toBe(`bin=${sys.bin} major=16`);
    const configured = installPostgres('opt/pg18/bin', '18.1');
    sys.fake('pg_config', `[ "$1" = --bindir ] && echo "${configured}"`);
    expect(locate().stdout.trim()).toBe(`bin=${configured} major=18`);
    const brew = installPostgres('opt/homebrew/opt/postgresql@19/bin', '19.0');
    expect(locate().stdout.trim()).toBe(`bin=${brew} major=19`);
  });

  it('installs the distribution’s default postgresql package through apt-get when none is installed (Debian 13 ships 17)', () => {
    const debianDir = fakeApt('17.6');
    const r = locate();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('==> 安装 PostgreSQL（发行版默认的 postgresql 软件包，apt-get）');
    expect(r.stdout).toContain(`bin=${debianDir} major=17`);
    expect(sys.calls()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends postgresql']);
  });

  it('installs through sudo when it needs no password, and otherwise says what to run', () => {
    const debianDir = fakeApt('15.14');
    const asked = locate({ FAKE_UID: '1000' });
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain('请运行 sudo apt-get update && sudo apt-get install -y postgresql');
    expect(asked.stderr).toContain('找不到 PostgreSQL（需要 15 或更高版本的 initdb、pg_ctl、postgres）');
    expect(asked.stderr).toContain('或者设置 DATABASE_URL=postgres://');
    expect(sys.calls().filter((c) => c.startsWith('apt-get'))).toEqual([]);

    const r = locate({ FAKE_UID: '1000', FAKE_SUDO: '1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`bin=${debianDir} major=15`);
    expect(sys.calls()).toContain('apt-get install -y -qq --no-install-recommends postgresql');
  });

  it('says the version is too old when the distribution’s default is older than 15 (Ubuntu 22.04 ships 14)', () => {
    fakeApt('14.19');
    const r = locate();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`找到的 PostgreSQL 版本过低：14（${sys.root}/usr/lib/postgresql/14/bin）；测试需要 PostgreSQL 15 或更高版本。`);
    expect(r.stderr).toContain('postgresql-17');
    expect(r.stderr).toContain('DATABASE_URL');
  });

  it('without apt-get, says in Chinese what to install with the machine’s package manager', () => {
    const cases: [string, string][] = [
      ['dnf', '请安装：sudo dnf install postgresql-server'],
      ['pacman', '请安装：sudo pacman -S postgresql'],
      ['apk', '请安装：apk add postgresql17'],
      ['zypper', '请安装：sudo zypper install postgresql17-server'],
      ['brew', '请安装：brew install postgresql@17'],
    ];
    for (const [manager, hint] of cases) {
      const tool = sys.fake(manager, LOG_CALL);
      const r = locate();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('找不到 PostgreSQL');
      expect(r.stderr).toContain(hint);
      expect(r.stderr).toContain('DATABASE_URL');
      sys.run(`rm "${tool}"`);
    }
    expect(sys.calls()).toEqual([]);

    installPostgres('usr/lib/postgresql/14/bin', '14.19');
    const old = locate();
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('找到的 PostgreSQL 版本过低：14');
    expect(old.stderr).toContain('请安装：PostgreSQL 15 或更高版本（须含 initdb、pg_ctl、postgres 三个程序');
  });
});
