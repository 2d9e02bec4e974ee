# Sourced by the scripts that drive a browser (report-screenshots.sh, report-print.sh, report-accessibility.sh,
# cors-browser-check.sh): one place that knows how to tell each Debian package the checks need is present, and how
# to install the missing ones.
#
#   install_missing chromium fonts-noto-cjk poppler-utils
#
# Each name is checked by what the scripts use of it (a command on the PATH, or a Chinese font fontconfig can find),
# not by dpkg, so a Chromium or font installed some other way counts. The missing ones are installed together with
# apt-get (needs root); where that cannot be done (not root, or no apt-get), it stops with what to install by hand,
# instead of apt-get's own error about a lock file or a missing command.

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
