# Sourced by the scripts that drive a browser (report-screenshots.sh, report-print.sh, report-accessibility.sh,
# cors-browser-check.sh): one place that knows how to tell each Debian package the checks need is present, and how
# to install the missing ones, and to upgrade one older than a version a script needs.
#
#   install_missing chromium fonts-noto-cjk poppler-utils
#   upgrade_older chromium 156.0.8078.129
#
# Each name is checked by what the scripts use of it (a command on the PATH, or a Chinese font fontconfig can find),
# not by dpkg, so a Chromium or font installed some other way counts. The missing ones are installed together with
# apt-get (needs root); where that cannot be done (not root, or no apt-get), it stops with what to install by hand,
# instead of apt-get's own error about a lock file or a missing command. A package present but older than asked
# (report-screenshots.sh: the Chromium its references were made with) is upgraded under the same conditions, after
# apt-get update; where it cannot be, it says what to run and goes on (an older version is not a missing one).
# scripts/lib/debian-packages-test.sh checks the version comparison and the upgrade against stubs.

# Whether what the scripts need of Debian package $1 is there.
debian_package_present() {
  case $1 in
    chromium) command -v chromium >/dev/null ;;
    fonts-noto-cjk) fc-list :lang=zh 2>/dev/null | grep -q . ;;
    poppler-utils) command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null ;;
    *) echo "debian-packages.sh: no check written for package $1" >&2; return 2 ;;
  esac
}

install_missing() {
  local need=() p present
  for p in "$@"; do
    present=0
    debian_package_present "$p" || present=$?
    case $present in
      0) ;;
      1) need+=("$p") ;;
      *) return 2 ;;
    esac
  done
  ((${#need[@]})) || return 0
  if ! command -v apt-get >/dev/null || [[ $(id -u) != 0 ]]; then
    echo "needed and missing: ${need[*]}. Install them (Debian or Ubuntu: sudo apt-get install ${need[*]}) and" \
      "run this again; run as root, it installs them itself" >&2
    return 1
  fi
  echo "installing ${need[*]}" >&2
  apt-get update -qq || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# The version of what the scripts use of Debian package $1, as the program says it (chromium: 156.0.8078.129 of
# "Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)"), or nothing where it says none.
debian_package_version() {
  local said
  case $1 in
    chromium) said=$(chromium --version 2>/dev/null) || true ;; # Debian's wrapper may say more on stderr
    *) echo "debian-packages.sh: no version check written for package $1" >&2; return 2 ;;
  esac
  [[ $said =~ [0-9]+(\.[0-9]+)+ ]] && echo "${BASH_REMATCH[0]}"
  return 0
}

# Whether the dotted version $1 is older than $2, compared field by field as numbers (156.0.8078.99 is older than
# 156.0.8078.129, and 99.0 than 100.0, which as text they are not); a field missing counts as 0.
version_older() {
  local -a a b
  local i n x y
  IFS=. read -ra a <<<"$1"
  IFS=. read -ra b <<<"$2"
  n=$((${#a[@]} > ${#b[@]} ? ${#a[@]} : ${#b[@]}))
  for ((i = 0; i < n; i++)); do
    x=$((10#${a[i]:-0})) y=$((10#${b[i]:-0}))
    ((x < y)) && return 0
    ((x > y)) && return 1
  done
  return 1
}

# Upgrades Debian package $1 where what the scripts use of it is older than version $2, where install_missing would
# install (apt-get, root), after apt-get update: Debian 12 has Chromium's newer builds in bookworm-security, which
# apt sees only once updated (before, it offers bookworm's 150.0.7871.100, and an install of what is missing had
# kept whatever was there). Elsewhere, or where the upgrade does not reach $2, it says what to run and returns 0.
upgrade_older() {
  local p=$1 want=$2 have version='^[0-9]+(\.[0-9]+)*$'
  have=$(debian_package_version "$p") || return 2
  if [[ ! $have =~ $version ]]; then
    echo "note: the version of $p cannot be told; $want is wanted" >&2
    return 0
  fi
  version_older "$have" "$want" || return 0
  if ! command -v apt-get >/dev/null || [[ $(id -u) != 0 ]]; then
    echo "note: $p $have is older than $want. Upgrade it (Debian or Ubuntu: sudo apt-get update && sudo apt-get" \
      "install --only-upgrade $p; on Debian 12 the newer Chromium is in bookworm-security) and run this again; run" \
      "as root, it upgrades it itself" >&2
    return 0
  fi
  echo "upgrading $p $have, older than $want" >&2
  if ! apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    --only-upgrade "$p" >/dev/null; then
    echo "note: apt-get could not upgrade $p; it stays at $have" >&2
    return 0
  fi
  have=$(debian_package_version "$p")
  if [[ ! $have =~ $version ]]; then
    echo "note: after the upgrade the version of $p cannot be told; $want is wanted" >&2
  elif version_older "$have" "$want"; then
    echo "note: $p is still $have after apt-get update and the upgrade, older than $want: the $p on the PATH" \
      "($(command -v "$p")) is not Debian's package, or no apt source here offers $want (Debian 12:" \
      "bookworm-security, deb http://deb.debian.org/debian-security bookworm-security main)" >&2
  fi
  return 0
}
