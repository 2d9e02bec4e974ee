#!/usr/bin/env bash
# Checks debian-packages.sh's comparison of versions and its upgrade of a Chromium older than the one wanted, without
# touching the machine: each case runs with a PATH of stubs alone (chromium, apt-get, id), so no real apt-get can be
# reached. The stub apt-get logs what it is asked and, as Debian 12's does, offers bookworm's 150.0.7871.100 until
# `apt-get update` makes bookworm-security's build visible; its upgrade gives the stub chromium that version. The
# stub chromium answers `--version` as Debian's does ("Chromium 156.0.8078.129 built on Debian GNU/Linux 12
# (bookworm)"), with the line its wrapper was seen to print on stderr besides. Not part of `mvn verify`.
# Usage: scripts/lib/debian-packages-test.sh
set -euo pipefail
cd "$(dirname "$0")"
. ./debian-packages.sh

failed=0
check() { # check WHAT COMMAND...: the command succeeds
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failed=1; fi
}
older() { version_older "$1" "$2"; }
not() { ! "$@"; }
not_older() { ! version_older "$1" "$2"; }

check "150.0.7871.100 is older than 156.0.8078.129" older 150.0.7871.100 156.0.8078.129
check "156.0.8078.99 is older than 156.0.8078.129 (as text it is not)" older 156.0.8078.99 156.0.8078.129
check "99.0.1 is older than 100.0 (as text it is not)" older 99.0.1 100.0
check "156.0.8078.129 is not older than itself" not_older 156.0.8078.129 156.0.8078.129
check "157.0.7000.1 is not older than 156.0.8078.129" not_older 157.0.7000.1 156.0.8078.129
check "156.0.8078.130 is not older than 156.0.8078.129" not_older 156.0.8078.130 156.0.8078.129
check "156.0 is 156.0.0.0, older than 156.0.0.1" older 156.0 156.0.0.1
check "156.0.0.0 is not older than 156.0" not_older 156.0.0.0 156.0
check "a leading zero is a number (156.0.08 is 156.0.8)" not_older 156.0.08 156.0.8

stub=$(mktemp -d)
trap 'rm -rf "$stub"' EXIT
cat >"$stub/chromium" <<'EOF'
#!/bin/sh
echo "/usr/bin/chromium: 9: [: 25276157952: unexpected operator" >&2
/bin/cat "$STUB/said"
EOF
cat >"$stub/apt-get" <<'EOF'
#!/bin/sh
echo "$*" >>"$STUB/apt.log"
[ -f "$STUB/apt-fails" ] && exit 100
case "$*" in
  *update*) [ -f "$STUB/security" ] && /bin/cp "$STUB/security" "$STUB/candidate" ;;
  *--only-upgrade*chromium*) [ -f "$STUB/not-debian" ] || /bin/cp "$STUB/candidate" "$STUB/version" ;;
esac
echo "Chromium $(/bin/cat "$STUB/version") built on Debian GNU/Linux 12 (bookworm)" >"$STUB/said"
EOF
cat >"$stub/id" <<'EOF'
#!/bin/sh
/bin/cat "$STUB/uid"
EOF
chmod +x "$stub/chromium" "$stub/apt-get" "$stub/id"
export STUB=$stub

# case VERSION UID [security|no-security] [apt-fails] [not-debian]: a machine whose chromium says VERSION, run as
# UID, whose apt sources have bookworm-security or not; upgrade_older's stderr in $stub/err, apt-get's calls in
# $stub/apt.log
case_of() {
  rm -f "$stub"/apt.log "$stub"/apt-fails "$stub"/not-debian "$stub"/security "$stub"/err
  echo "$1" >"$stub/version"
  echo "Chromium $1 built on Debian GNU/Linux 12 (bookworm)" >"$stub/said"
  echo "$2" >"$stub/uid"
  echo 150.0.7871.100 >"$stub/candidate"
  [[ ${3:-security} == security ]] && echo 156.0.8078.129 >"$stub/security"
  [[ " $* " == *" apt-fails "* ]] && : >"$stub/apt-fails"
  [[ " $* " == *" not-debian "* ]] && : >"$stub/not-debian"
  : >"$stub/apt.log"
  (PATH=$stub && upgrade_older chromium 156.0.8078.129) 2>"$stub/err"
}
version_is() { [[ $(cat "$stub/version") == "$1" ]]; }
apt_asked() { [[ $(cat "$stub/apt.log") == "$1" ]]; }
said() { grep -qF -- "$1" "$stub/err"; }
upgrade="install -y -qq --no-install-recommends --only-upgrade chromium"

check "debian_package_version reads 156.0.8078.129 of chromium --version" \
  eval '[[ $(echo 156.0.8078.129 >"$stub/version"; echo "Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)" >"$stub/said"; PATH=$stub debian_package_version chromium) == 156.0.8078.129 ]]'

case_of 150.0.7871.100 0
check "root, 150: apt-get update, then the upgrade" apt_asked $'update -qq\n'"$upgrade"
check "root, 150: upgraded to 156.0.8078.129" version_is 156.0.8078.129
check "root, 150: says it upgrades" said "upgrading chromium 150.0.7871.100, older than 156.0.8078.129"
check "root, 150: no note after" not said "note:"

case_of 156.0.8078.129 0
check "root, the references' version: apt-get not called" apt_asked ""
check "root, the references' version: nothing said" eval '[[ ! -s $stub/err ]]'

case_of 157.0.7000.1 0
check "root, a newer version: apt-get not called, kept" eval 'apt_asked "" && version_is 157.0.7000.1'

case_of 150.0.7871.100 1000
check "not root: apt-get not called, kept" eval 'apt_asked "" && version_is 150.0.7871.100'
check "not root: says what to run" said "sudo apt-get update && sudo apt-get install --only-upgrade chromium"

case_of 150.0.7871.100 0 no-security
check "no bookworm-security: update and upgrade tried" apt_asked $'update -qq\n'"$upgrade"
check "no bookworm-security: says it is still older, and why" said "chromium is still 150.0.7871.100 after apt-get"

case_of 150.0.7871.100 0 security apt-fails
check "apt-get failing: returns 0, says so" said "apt-get could not upgrade chromium; it stays at 150.0.7871.100"
check "apt-get failing: the upgrade not tried after a failed update" apt_asked "update -qq"

case_of 150.0.7871.100 0 security not-debian
check "a chromium not Debian's: says the one on the PATH is not Debian's" said "is not Debian's package"

echo "Chromium (no version)" >"$stub/said" && : >"$stub/apt.log" && echo 0 >"$stub/uid"
(PATH=$stub && upgrade_older chromium 156.0.8078.129) 2>"$stub/err"
check "no version said: apt-get not called, a note" eval 'apt_asked "" && said "cannot be told"'

check "a package with no version check: refused (2)" eval \
  '(PATH=$stub; upgrade_older fonts-noto-cjk 1) 2>/dev/null; [[ $? == 2 ]]'

exit $failed
