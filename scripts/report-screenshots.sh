#!/usr/bin/env bash
# Renders the HTML report of every example request in headless Chromium and checks the screenshots (issue #17): each
# must be a PNG of the expected size that is not blank (enough distinct colours, ink on the page) and whose page ends
# within the window (1280×5600: the longest report is 5,581 px high, 19 px short of the window; at 2400 four were cut
# off, at 4400 three once every page listed its readings). Without --update, each is compared with its reference in
# docs/screenshots/, which every example must have: on the setup the references were made on (below), identical pixels,
# since two runs there give the same bytes; elsewhere the same size and at most 2% of the page's pixels differing, to
# allow for another Chromium's or font's drawing (the page is its rows down to the background below it in either PNG,
# not the whole window). The 2% had let 14 stale references pass on the references' own setup (2026-12-04). With
# --update, the PNGs that pass are copied there as references, not compared with the ones they replace (at e4be2ef
# --update compared first, so it could never replace a reference that differed). A request that gives no report fails
# (it used to be skipped, which is how the northeast examples went without references). With KEEP_SCREENSHOTS=DIR, every
# page and PNG is kept there, those that fail included.
#
# The references are made with --update and looked at one by one; why each was made again is in the history of
# docs/screenshots/ (git log --follow on a PNG). All 18 were made again on 2026-12-07, after changes made where the
# references' setup was not at hand: 16 had changed, each for a change of its text (every one read in the page's text,
# old against new) or of the tiles' layout (a tile's words under its figure where five characters do not fit beside
# it). They were made on Debian 12's Chromium 156.0.8078.129 (`chromium --version`; from Debian's bookworm-security
# suite, so `apt-get update` first: without it bookworm offers 150.0.7871.100, which draws text differently) and
# fonts-noto-cjk 1:20220127+repack1-1 (`dpkg -s fonts-noto-cjk`), which reference_chromium and reference_fonts below
# name. There, two runs give the same bytes. Another Chromium or font version may draw text differently: if the
# comparison fails there with no change to the reports, make the references again (--update), look at each PNG, and
# update this and those two.
#
# Installs Debian's chromium and fonts-noto-cjk when missing, and upgrades a chromium older than reference_chromium
# after `apt-get update` (apt-get, as root; otherwise it says what to install or run, and an older Chromium is
# compared within 2%: scripts/lib/debian-packages.sh). An install of what is missing had kept an older Chromium, and
# the comparison fell back to 2% where the references' setup was an update away. Not part of `mvn verify`.
# Usage: scripts/report-screenshots.sh [--update]   (after ./mvnw -B -pl examples -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
update=false
[[ "${1:-}" == "--update" ]] && update=true

# the setup the references were made on (see above): there a page is compared pixel for pixel, elsewhere within 2%
reference_chromium=156.0.8078.129
reference_fonts=1:20220127+repack1-1

. scripts/lib/debian-packages.sh
install_missing chromium fonts-noto-cjk
upgrade_older chromium "$reference_chromium"
command -v python3 >/dev/null || { echo "python3 is needed to check the PNGs" >&2; exit 1; }

reference_setup="Chromium $reference_chromium / fonts-noto-cjk $reference_fonts"
setup="$(chromium --version 2>/dev/null | awk '{print $1, $2}') / fonts-noto-cjk $(dpkg-query -W -f='${Version}' \
  fonts-noto-cjk 2>/dev/null || echo unknown)"
if [[ $setup == "$reference_setup" ]]; then
  allowed=0
else
  allowed=0.02
  echo "note: $setup is not the references' $reference_setup: up to 2% of a page's pixels may differ"
fi

jar=examples/target/ip-rules.jar
[[ -f $jar ]] || { echo "build first: ./mvnw -B -pl examples -am package -DskipTests" >&2; exit 1; }
out=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$out" "$profile"' EXIT
refs=docs/screenshots
width=1280
height=5600  # the longest report (pilot-city-province-recommendation) is 5,581 px high in the references of 2026-12-08
failed=0
for request in examples/requests/*.json; do
  name=$(basename "$request" .json)
  if ! java -jar "$jar" report "$request" --html "$out/$name.html" >/dev/null 2>"$out/$name.err"; then
    echo "FAIL $name: no report: $(head -1 "$out/$name.err")"; failed=1; continue
  fi
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$profile" --hide-scrollbars --window-size=$width,$height \
    --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1
  # kept before the check, so that the screenshots that fail it can be looked at
  [[ -n "${KEEP_SCREENSHOTS:-}" ]] && mkdir -p "$KEEP_SCREENSHOTS" && cp "$out/$name.png" "$out/$name.html" "$KEEP_SCREENSHOTS/"
  ref="$refs/$name.png"
  $update && ref=/nonexistent  # --update replaces the reference: comparing would refuse any change
  if ! python3 - "$out/$name.png" "$width" "$height" "$ref" "$allowed" <<'PY'
import struct, sys, zlib, os

def pixels(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, w, h, ctype = 8, b'', 0, 0, 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 8, 'bit depth %d' % depth
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    bpp = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 0 or (f == 2 and not line.strip(b'\0')):  # unfiltered, or a row like the one above (blank space)
            if f == 2:
                line = bytearray(prev)
            rows.append(bytes(line)); prev = line
            continue
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return w, h, bpp, rows

path, width, height, ref, allowed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
w, h, bpp, rows = pixels(path)
if (w, h) != (width, height):
    sys.exit('size %dx%d, expected %dx%d' % (w, h, width, height))
colours, dark = set(), 0
for y in range(0, h, 4):
    r = rows[y]
    for x in range(0, w * bpp, bpp * 4):
        px = r[x:x + 3]
        colours.add(px)
        if sum(px) < 200:
            dark += 1
if len(colours) < 20 or dark < 500:
    sys.exit('blank page: %d colours, %d dark samples' % (len(colours), dark))

def page_end(rows):
    """The rows the page takes: the last row that is not the background below the page, plus one."""
    y = len(rows) - 1
    while y > 0 and rows[y - 1] == rows[-1]:
        y -= 1
    return y

end = page_end(rows)
if end >= h - 1 or len(set(rows[-1][i:i + 3] for i in range(0, w * bpp, bpp))) > 1:
    sys.exit('the page does not end within the window (%d px high): raise height in the script' % h)
if os.path.exists(ref):
    rw, rh, rbpp, rrows = pixels(ref)
    if (rw, rh) != (w, h):
        sys.exit('size differs from the reference')
    if allowed == 0:
        # every pixel: one glyph moved is a difference
        same = lambda y: bpp == rbpp and rows[y] == rrows[y] or all(
            rows[y][x * bpp:x * bpp + 3] == rrows[y][x * rbpp:x * rbpp + 3] for x in range(w))
        differing = [y for y in range(h) if not same(y)]
        if differing:
            sys.exit('%d rows differ from the reference (the first at y=%d, the last at y=%d); on this setup a run '
                     'gives the reference byte for byte, so the page changed' % (len(differing), differing[0],
                                                                                differing[-1]))
        print('  matches reference pixel for pixel')
    else:
        # the share of the page, not of the window: blank space below a short page would water the 2% down
        span = h if rows[-1][:3] != rrows[-1][:3] else max(end, page_end(rrows))
        ys = range(0, span, 2)
        diff = sum(1 for y in ys for x in range(0, w, 2)
                   if rows[y][x * bpp:x * bpp + 3] != rrows[y][x * rbpp:x * rbpp + 3])
        share = diff / (len(ys) * (w // 2))
        if share > allowed:
            sys.exit('%.1f%% of pixels differ from the reference' % (100 * share))
        print('  matches reference (%.2f%% differ)' % (100 * share))
print('  %dx%d, page %d px high, %d colours, %d dark samples' % (w, h, end, len(colours), dark))
PY
  then
    echo "FAIL $name"; failed=1; continue
  fi
  if ! $update && [[ ! -f $ref ]]; then
    echo "FAIL $name: no reference $ref (make one with --update and look at it)"; failed=1; continue
  fi
  echo "OK   $name"
  if $update; then mkdir -p "$refs"; cp "$out/$name.png" "$refs/$name.png"; fi
done
exit $failed
