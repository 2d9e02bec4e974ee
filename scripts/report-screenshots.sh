#!/usr/bin/env bash
# Renders the HTML report of every example request in headless Chromium and checks the screenshots (issue #17): each
# must be a PNG of the expected size that is not blank (enough distinct colours, ink on the page) and whose page ends
# within the window (1280×5600: the longest report is 5,074 px high; at 2400 four were cut off, at 4400 three once every
# page listed its readings). Without --update, each is compared with its reference in docs/screenshots/, which every
# example must have: on the setup the references were made on (below), identical pixels, since two runs there give the
# same bytes; elsewhere the same size and at most 2% of the page's pixels differing, to allow for another Chromium's or
# font's drawing (the page is its rows down to the background below it in either PNG, not the whole window). The 2%
# had let 14 stale references pass on the references' own setup (2026-12-04). With --update, the PNGs that pass are
# copied there as references, not compared with the ones they replace (at e4be2ef --update compared first, so it could
# never replace a reference that differed). A request that gives no report fails (it used to be skipped, which is how
# the northeast examples went without references). With KEEP_SCREENSHOTS=DIR, every page and PNG is kept there, those
# that fail included.
#
# The references were made with --update at 4eb1ef5 (three again at e01cda4, all 18 again at b0c93f9, when every page
# gained its section of readings, three again at 92471c8 for northeast's 高出 and beijing's pledge-loans note, one at
# 6d9fb6a for the grey verdict, the three northeast ones at 2e4ea41 for the reading no-horizon, three on 2026-12-01 for
# beijing's two green-channel titles and northeast's 变为, then northeast-liaoning's for its rows not met reading
# 低于…低 6.82 个百分点, not 差距 -6.82, beijing-green-channel-late's for the longer pledge-loans reading, and all 18
# again at 9b3e4f6, when the readings were worded for officers: codes after a plain word, and pilot-city's three at
# 2ac80d0, whose Chinese readings gained three asides, and beijing-green-channel-late's at f77e552 for the reading
# clock naming 民法通则 up to 2017-09-30, and six on 2026-12-02: four jiaxing pages for §6(5)1 and §6(5)5 listed one
# provision per subsidy, anning-every-target-exactly-reached and northeast-equal-growth for 条文要求大于界限, and later that day
# jiaxing-already-paid-and-other-policy and jiaxing-city-demo-circulation-choice-pending for the items awaiting the
# applicant's choice, shown apart from those held back, then again for a tile's amount kept on one line
# and for the awaiting item's "?" under its clause, and the 15 that show the grey of "no figure" or "undetermined"
# when it was darkened to 4.5:1 for WCAG AA, from #6e7781 to #67707a: scripts/report-accessibility.sh, and
# beijing-green-channel-late's when a deadline's rest days were shaded at 3:1 against a working day's white, WCAG
# 1.4.11, from #c9d1d9 to #848d97, and jiaxing-export-threshold-unset's on 2026-12-03, when the threshold its
# amount and eligibility both await was named once, and beijing-green-channel-late's on 2026-12-03 when a deadline kept
# no longer read "逾期 0 个工作日", and pilot-city's three then for their readings' citations of 155c6c3, and the two
# jiaxing pages listing the reading brand-honours (its circle of amounts) and the three northeast ones (the reading
# display) after that day's legal audits), and 16 on 2026-12-04 (all but jiaxing-city-2013-targets and
# jiaxing-export-threshold-unset) for the wording of the two reviews merged at c4df45dc and 55845a0d: figures spaced
# from the Chinese (pilot-city's three, beijing-green-channel-late's, northeast's 4 年间), 评估日期 and 逾期 (beijing's
# two, six jiaxing pages' TOP_UP note), northeast's per-capita figures with 件, anning's phases dated 2022-10-18,
# jiaxing's fee date in words, and anning's yes-no target's note (no date, not 无期限, 3ebf67bf); on northeast-liaoning,
# northeast-whole-region and pilot-city's park-below-density and province-recommendation a figure wrapped apart from
# its 件, and later that day 13 again when the page kept a figure with the Chinese word after it (48.4 件, 2013-04-10
# 推定; HtmlReport.keepFiguresWhole), and 13 again for f3085241, when it kept every date whole, one without a word
# after it too: anning-every-target-exactly-reached, jiaxing-already-paid-and-other-policy and
# jiaxing-pilot-enterprise-circulation-unit-elsewhere had a date split after a hyphen (2025-04- ⏎ 30 in a reading,
# (2013- ⏎ 03-15) in the budget's table), the other ten by the pixels the unbreakable dates moved a column's edge or a
# glyph (jiaxing-city-demo-circulation-choice-pending's reason now wraps a character earlier), and the six jiaxing
# pages with an item held back on 2026-12-05, when it was cited to the clause that would grant it beside the one
# that holds it back (and listed under both clauses), the ten pages of anning, jiaxing and pilot-city made again on
# 2026-12-05 for their revised readings (yes-no-targets, once-paid, applicants) in the clause list, and the six jiaxing
# pages that quote §7(1)'s readings once more for the revised top-up and maximum-limit, the two city pages for their revised readings
# of the targets (the city's name, the 2013 figures), and 13 later that day: the six jiaxing pages quoting once-paid
# (a payment before its item, a payment of nothing; made again after the review reworded it), beijing-green-channel-late's deadlines saying their facts once,
# northeast's three and pilot-city's three for counts grouped (4,839 件) and the marks (—) in the condition cells; one for each of the
# 18 example requests, on Debian 12 with Chromium 156.0.8078.114, and 13 again on 2026-12-06 with Chromium
# 156.0.8078.129, which drew the other five to the same bytes: pilot-city's three (reading quota and parks: a place
# written under its city), beijing-green-channel-late (reading working-days at the calendar's end), the eight jiaxing
# pages quoting once-paid (a payment naming one annual fee) and the page's held-back tile saying what it sums, a
# limit's cut read 扣减, a row 资格待定; anning-every-target-exactly-reached drawn by .129 alone; then
# beijing-green-channel-late again for §2(4)'s clause note (a count not covered decided where it can be), and
# pilot-city-two-parks-eligible for its verdict naming the parts of §1(2)1 and §2(2) not formalised (另:…未形式化); and
# the eight jiaxing pages later that day for their readings brand-honours (several honours name their brands),
# maximum-limit and top-up (read on the as-of date; a later item), anning-every-target-exactly-reached for its
# service-platform reading (at most 2 ports); and the seven whose budget has an empty tile on 2026-12-07, when it
# said there is none (不予补助(无), 0 项金额待定) where it read 不予补助(本应) over 0.00 and 0 项金额待定(未计入): the six
# jiaxing pages with nothing held back or nothing undetermined and beijing-green-channel-late. One for each of the
# 18 example requests (`chromium --version`) and fonts-noto-cjk 1:20220127+repack1-1 (`dpkg -s fonts-noto-cjk`), which reference_setup
# below names. There, two runs give the same bytes. Another Chromium or font version may draw text differently: if the
# comparison fails there with no change to the reports, make the references again (--update), look at each PNG, and
# update this and reference_setup.
#
# Installs Debian's chromium and fonts-noto-cjk when missing (apt-get, as root; otherwise it says what to install:
# scripts/lib/debian-packages.sh). Not part of `mvn verify`.
# Usage: scripts/report-screenshots.sh [--update]   (after ./mvnw -B -pl examples -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
update=false
[[ "${1:-}" == "--update" ]] && update=true

. scripts/lib/debian-packages.sh
install_missing chromium fonts-noto-cjk
command -v python3 >/dev/null || { echo "python3 is needed to check the PNGs" >&2; exit 1; }

# the setup the references were made on (see above): there a page is compared pixel for pixel, elsewhere within 2%
reference_setup="Chromium 156.0.8078.129 / fonts-noto-cjk 1:20220127+repack1-1"
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
height=5600  # the longest report (anning-every-target-exactly-reached) is 5,074 px high
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
