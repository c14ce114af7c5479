#!/bin/sh
# Makes sure a Chromium or Chrome (scripts/browser-path.sh) and a Chinese font are installed for the
# browser tests and screenshots: where apt-get exists, the distribution's `chromium` and
# `fonts-wqy-microhei` packages (no browser download by npm); elsewhere a Chinese message saying what
# to install with the machine's package manager, or to set CHROMIUM_PATH to a browser already there.
set -e
cd "$(dirname "$0")/.."
. scripts/system-packages.sh

browser=$(sh scripts/browser-path.sh)
if [ -n "${CHROMIUM_PATH:-}${CHROME_PATH:-}" ] && [ ! -x "$browser" ]; then
  echo "环境变量 CHROMIUM_PATH / CHROME_PATH 指向的浏览器 $browser 不存在或不可执行" >&2
  exit 1
fi
need=""
[ -x "$browser" ] || need="chromium"
# macOS draws Chinese with its own system fonts; elsewhere fontconfig must know a Chinese font.
if [ "$(uname -s)" != Darwin ] && { ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; }; then
  need="$need fonts-wqy-microhei"
  command -v fc-list >/dev/null 2>&1 || need="$need fontconfig"
fi
[ -n "$need" ] || exit 0

manager=$(sys_pkg_manager)
if [ "$manager" = apt-get ]; then
  echo "==> 安装$need（发行版的软件包，供网页端到端测试和截图使用）…"
  # shellcheck disable=SC2086
  sys_apt_install $need || true
  browser=$(sh scripts/browser-path.sh)
  [ -x "$browser" ] && exit 0
  echo "未能安装 Chromium（本发行版的 apt 软件源可能没有 chromium 软件包，如 Ubuntu）：请安装 Google Chrome（https://www.google.cn/chrome/ ）或 Chromium，" >&2
  echo "或设置 CHROMIUM_PATH=浏览器程序的路径，然后重新运行。" >&2
  exit 1
fi

case "$manager" in
  dnf | yum) cmd="sudo $manager install chromium google-noto-sans-cjk-fonts" ;;
  zypper) cmd="sudo zypper install chromium noto-sans-cjk-fonts" ;;
  pacman) cmd="sudo pacman -S chromium noto-fonts-cjk" ;;
  apk) cmd="apk add chromium font-noto-cjk" ;;
  brew) cmd="brew install --cask google-chrome" ;;
  *) cmd="" ;;
esac
if [ -x "$browser" ]; then
  echo "未找到中文字体，网页截图中的中文可能显示为方框：${cmd:+请运行 $cmd（其中的字体包），或}安装任一中文字体（如文泉驿微米黑、Noto Sans CJK）。" >&2
  exit 0
fi
echo "找不到 Chromium 或 Chrome（网页端到端测试和截图需要）。" >&2
echo "请安装：${cmd:-Chromium 或 Google Chrome 浏览器，以及一种中文字体（如 Noto Sans CJK）}" >&2
echo "或设置 CHROMIUM_PATH=已安装的 Chromium/Chrome 程序路径，然后重新运行。" >&2
exit 1
