#!/bin/sh
# Builds the project twice from clean, each time in its own fresh copy of the sources (at two different paths), the
# second copy then once more without `clean`, as a developer rebuilds, and compares every jar, zip and tar.gz of the
# first build with the second copy's last, byte for byte (README "Reproducible builds").
#
#   scripts/check-reproducible.sh [extra maven options, e.g. -o]
#
# Exits 0 when every archive is identical, 1 when one differs (listing which, and the entries that differ).
# Never installs anything: each copy is built with `package`.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/ip-rules-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# Both copies first, so that both builds see the same sources: the working tree as it is (tracked and new files,
# not ignored ones such as target/).
(cd "$root" && git ls-files -z --cached --others --exclude-standard \
  | xargs -0 tar -cf "$work/sources.tar" --ignore-failed-read 2>/dev/null)
for name in first second; do
  mkdir -p "$work/$name" && tar -xf "$work/sources.tar" -C "$work/$name"
done

build() {
  name=$1
  shift
  copy=$work/$name
  echo "build $name in $copy" >&2
  (cd "$copy" && ./mvnw -B -q clean package -DskipTests "$@" >"$work/$name.log" 2>&1) || {
    echo "build $name failed; its log:" >&2
    tail -50 "$work/$name.log" >&2
    exit 2
  }
  if [ "$name" = second ]; then
    # again over the first build's target/ folders: what an incremental rebuild makes must not differ either
    echo "build $name again, without clean" >&2
    (cd "$copy" && ./mvnw -B -q package -DskipTests "$@" >>"$work/$name.log" 2>&1) || {
      echo "build $name (again) failed; its log:" >&2
      tail -50 "$work/$name.log" >&2
      exit 2
    }
  fi
  (cd "$copy" && find . -maxdepth 3 -path '*/target/*' \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) \
    -type f | LC_ALL=C sort)
}

build first "$@" >"$work/first.list"
build second "$@" >"$work/second.list"

if ! cmp -s "$work/first.list" "$work/second.list"; then
  echo "the two builds made different sets of archives:" >&2
  diff "$work/first.list" "$work/second.list" >&2 || true
  exit 1
fi

count=0
differ=0
while IFS= read -r file; do
  count=$((count + 1))
  if cmp -s "$work/first/$file" "$work/second/$file"; then
    printf 'same    %s  %s\n' "$(sha256sum <"$work/first/$file" | cut -c1-16)" "$file"
  else
    differ=$((differ + 1))
    printf 'DIFFERS %s\n' "$file"
    case $file in
      *.tar.gz) ;;
      *)
        # Which entries differ: CRC and size per entry, from each archive's listing.
        for side in first second; do
          unzip -lv "$work/$side/$file" | awk 'NF >= 8 && $7 ~ /^[0-9a-f]{8}$/ {print $7, $1, $8}' \
            | LC_ALL=C sort -k3 >"$work/$side.entries"
        done
        diff "$work/first.entries" "$work/second.entries" | sed -n 's/^[<>] /    /p' | head -20
        ;;
    esac
  fi
done <"$work/first.list"

echo "$count archives compared, $differ differ"
[ "$differ" -eq 0 ]
