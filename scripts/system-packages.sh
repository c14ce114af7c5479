# System packages the tests need (a browser, a Chinese font, PostgreSQL): installed through apt-get
# where it exists — as root, or through sudo when sudo needs no password — with the distribution's
# default package names; elsewhere the callers say in Chinese what to install with the package
# manager found here.
# Usage (sourced): . scripts/system-packages.sh; sys_pkg_manager; sys_apt_install pkg…

# The first package manager found: apt-get, dnf, yum, zypper, pacman, apk or brew (nothing when none).
sys_pkg_manager() {
  for _m in apt-get dnf yum zypper pacman apk brew; do
    if command -v "$_m" >/dev/null 2>&1; then
      echo "$_m"
      return 0
    fi
  done
}

# apt-get install of the packages given; returns 1, after saying what to run, when this user is not
# root and sudo asks for a password (or there is no sudo), and apt-get's status when it fails.
sys_apt_install() {
  if [ "$(id -u)" = 0 ]; then
    _sudo=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    _sudo="sudo -n"
  else
    echo "需要安装 $*，但当前用户不是 root（或 sudo 需要密码）：请运行 sudo apt-get update && sudo apt-get install -y $*" >&2
    return 1
  fi
  # shellcheck disable=SC2016
  $_sudo env DEBIAN_FRONTEND=noninteractive sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' sh "$@" >/dev/null
}
