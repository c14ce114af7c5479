#!/bin/sh
# Makes sure Debian's Chromium and a Chinese font are installed for the browser tests and screenshots
# (Debian packages through apt-get; no browser download by npm).
set -e
need=""
[ -x /usr/bin/chromium ] || need="chromium"
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then need="$need fonts-wqy-microhei"; fi
[ -n "$need" ] || exit 0
echo "==> 安装$need（Debian 软件包，供网页端到端测试和截图使用）…"
if [ "$(id -u)" != 0 ]; then
  echo "缺少$need，且当前用户不是 root：请运行 sudo apt-get update && sudo apt-get install -y$need" >&2
  [ -x /usr/bin/chromium ] && exit 0
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $need >/dev/null
