// The browser for the web tests and screenshots on fake machines: which Chromium or Chrome
// scripts/browser-path.sh names (and the e2e harness drives), and what scripts/ensure-browser.sh
// installs through apt-get or, elsewhere, tells the operator in Chinese to install.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSystem, LOG_CALL, type FakeSystem } from './fake-system.js';

let sys: FakeSystem;

beforeEach(() => {
  sys = fakeSystem();
  sys.fake('uname', 'echo "${FAKE_OS:-Linux}"');
  sys.fake('id', 'echo 0');
  sys.fake('fc-list', '[ -n "$FAKE_NO_FONT" ] || echo "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc: WenQuanYi Micro Hei:lang=zh-cn"');
});
afterEach(() => sys.remove());

const browserPath = (env: Record<string, string> = {}) => sys.run('sh scripts/browser-path.sh', { env }).stdout.trim();
const ensure = (env: Record<string, string> = {}) => sys.run('sh scripts/ensure-browser.sh', { env });

describe('the browser path (scripts/browser-path.sh)', () => {
  it('is CHROMIUM_PATH or CHROME_PATH when set, then Chromium or Chrome on PATH, then macOS’s applications', () => {
    expect(browserPath()).toBe(`${sys.root}/usr/bin/chromium`);
    const mac = sys.fake(join(sys.root, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), 'exit 0');
    expect(browserPath()).toBe(mac);
    const chrome = sys.fake('google-chrome', 'exit 0');
    expect(browserPath()).toBe(chrome);
    const ubuntu = sys.fake('chromium-browser', 'exit 0');
    expect(browserPath()).toBe(ubuntu);
    const debian = sys.fake('chromium', 'exit 0');
    expect(browserPath()).toBe(debian);
    expect(browserPath({ CHROME_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(browserPath({ CHROME_PATH: '/opt/chrome/chrome', CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  });

  it('is the browser the web tests and screenshots drive', async () => {
    const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, CHROME_PATH: process.env.CHROME_PATH };
    delete process.env.CHROMIUM_PATH;
    process.env.CHROME_PATH = '/opt/google/chrome/chrome';
    try {
      const { CHROMIUM } = await import('../apps/web/e2e/harness.js');
      expect(CHROMIUM).toBe('/opt/google/chrome/chrome');
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });
});

describe('installing the browser (scripts/ensure-browser.sh)', () => {
  it('does nothing when a browser and a Chinese font are there', () => {
    sys.fake('google-chrome-stable', 'exit 0');
    sys.fake('apt-get', LOG_CALL);
    const r = ensure();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(sys.calls()).toEqual([]);
  });

  it('installs the distribution’s chromium and a Chinese font through apt-get', () => {
    sys.fake('apt-get', `${LOG_CALL}\ncase "$*" in *install*chromium*) printf '#!/bin/sh\\n' > "${sys.bin}/chromium"; chmod 755 "${sys.bin}/chromium" ;; esac`);
    const r = ensure({ FAKE_NO_FONT: '1' });
    expect(r.status).toBe(0);
    expect(sys.calls()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei']);
    expect(browserPath()).toBe(`${sys.bin}/chromium`);
  });

  it('says what to do when apt-get has no chromium package (Ubuntu)', () => {
    sys.fake('apt-get', `${LOG_CALL}\ncase "$*" in *install*) echo "E: Package 'chromium' has no installation candidate" >&2; exit 100 ;; esac`);
    const r = ensure();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未能安装 Chromium');
    expect(r.stderr).toContain('请安装 Google Chrome');
    expect(r.stderr).toContain('CHROMIUM_PATH=');
  });

  it('without apt-get, says in Chinese what to install with the machine’s package manager', () => {
    const cases: [string, string][] = [
      ['dnf', '请安装：sudo dnf install chromium google-noto-sans-cjk-fonts'],
      ['pacman', '请安装：sudo pacman -S chromium noto-fonts-cjk'],
      ['apk', '请安装：apk add chromium font-noto-cjk'],
      ['brew', '请安装：brew install --cask google-chrome'],
    ];
    for (const [manager, hint] of cases) {
      const tool = sys.fake(manager, LOG_CALL);
      const r = ensure();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('找不到 Chromium 或 Chrome');
      expect(r.stderr).toContain(hint);
      expect(r.stderr).toContain('或设置 CHROMIUM_PATH=');
      sys.run(`rm "${tool}"`);
    }
    const none = ensure();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('请安装：Chromium 或 Google Chrome 浏览器');
    expect(sys.calls()).toEqual([]);
  });

  it('only warns about a missing Chinese font when it cannot install one', () => {
    sys.fake('chromium', 'exit 0');
    sys.fake('pacman', LOG_CALL);
    const r = ensure({ FAKE_NO_FONT: '1' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('未找到中文字体');
    expect(r.stderr).toContain('sudo pacman -S chromium noto-fonts-cjk');
  });

  it('refuses a CHROMIUM_PATH that is not a program', () => {
    sys.fake('chromium', 'exit 0');
    const r = ensure({ CHROMIUM_PATH: '/nowhere/chrome' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHROMIUM_PATH / CHROME_PATH 指向的浏览器 /nowhere/chrome 不存在或不可执行');
  });
});
