#!/usr/bin/env bash
# Prints the HTML report of every example request (in Chinese) to PDF in headless Chromium, as an officer prints it
# for the case file, and checks each PDF: Chromium succeeded; the file is a PDF (header and end-of-file mark) of 1 to
# 12 pages (the longest, northeast-whole-region-2016-2020 and pilot-city-province-recommendation, print on 8), every
# page A4 (the page's @page rule; without it Chromium prints on US Letter); the page was not shrunk to fit (Chromium
# scales a whole page down when anything on it is wider than the paper: a chart, a row of tiles, a table whose cells
# do not wrap; it then draws the heading 评估报告, 26 px, narrower than its 78 pt); and the page's verdict line, as
# the HTML has it, is in the PDF's text; every page's foot names the policy, and the page's closing line (said once
# on screen) is not printed. The last four need pdftotext (poppler-utils); without it they are skipped,
# said once. A request that gives no report fails. With KEEP_PDFS=DIR, every page and PDF is kept there, those that
# fail included.
#
# Made when the page gained its print rules (A4, rows and tiles not split, headings kept with what follows, status
# colours kept where the browser leaves backgrounds out, the total once): all 18 pass on Debian 12 with Chromium
# 156.0.8078.114, fonts-noto-cjk 1:20220127+repack1-1 and poppler-utils 22.12.0. Before those rules the pages
# printed on US Letter, two Chinese ones (jiaxing-already-paid-and-other-policy and
# jiaxing-patents-standards-open-amounts) with the budget's total at the foot of each page its table ran onto, and a
# request with a deadline of 70 days (not among the examples) shrunk to 77%. The PDFs were also looked at, as PNGs
# (pdftoppm), in Chinese and English: every page of the longest (anning-every-target-exactly-reached), the jiaxing
# pages with their money tables, northeast-whole-region-2016-2020, pilot-city-province-recommendation and
# beijing-green-channel-late, some also printed without backgrounds (a browser's default) and in grey. What is
# checked here is what looking found; looking again is for a change to the page.
#
# Installs Debian's chromium, fonts-noto-cjk and poppler-utils when missing (apt-get, as root; otherwise it says what to
# install: scripts/lib/debian-packages.sh). Not part of `mvn verify`.
# Usage: scripts/report-print.sh   (after ./mvnw -B -pl examples -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/debian-packages.sh
install_missing chromium fonts-noto-cjk
install_missing poppler-utils || true # optional: without it, the checks below that need it are skipped
command -v python3 >/dev/null || { echo "python3 is needed to check the PDFs" >&2; exit 1; }
command -v pdftotext >/dev/null || echo "no pdftotext: the verdict line and the page's scale are not checked" >&2

jar=examples/target/ip-rules.jar
[[ -f $jar ]] || { echo "build first: ./mvnw -B -pl examples -am package -DskipTests" >&2; exit 1; }
out=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$out" "$profile"' EXIT
failed=0
for request in examples/requests/*.json; do
  name=$(basename "$request" .json)
  if ! java -jar "$jar" report "$request" --html "$out/$name.html" >/dev/null 2>"$out/$name.err"; then
    echo "FAIL $name: no report: $(head -1 "$out/$name.err")"; failed=1; continue
  fi
  # the flags of report-screenshots.sh, and no header or footer of Chromium's own (date, file path)
  if ! timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
      --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" \
      >/dev/null 2>"$out/$name.chromium"; then
    echo "FAIL $name: chromium failed: $(grep -m1 -i error "$out/$name.chromium" || true)"; failed=1; continue
  fi
  # kept before the check, so that the PDFs that fail it can be looked at
  [[ -n "${KEEP_PDFS:-}" ]] && mkdir -p "$KEEP_PDFS" && cp "$out/$name.pdf" "$out/$name.html" "$KEEP_PDFS/"
  if ! python3 - "$out/$name.html" "$out/$name.pdf" <<'PY'
import html, os, re, shutil, subprocess, sys

page, pdf = sys.argv[1], sys.argv[2]
if not os.path.exists(pdf):
    sys.exit('no PDF written')
data = open(pdf, 'rb').read()
if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-1024:]:
    sys.exit('not a PDF (%d bytes)' % len(data))
# each page is an object /Type /Page (the tree above them is /Pages); Chromium's PDFs keep them uncompressed
pages = len(re.findall(rb'/Type\s*/Page(?![A-Za-z])', data))
if not 1 <= pages <= 12:
    sys.exit('%d pages' % pages)
boxes = [tuple(float(x) for x in b.split()) for b in re.findall(rb'/MediaBox\s*\[([^\]]*)\]', data)]
if len(boxes) != pages or any(abs(b[2] - b[0] - 595.28) > 1 or abs(b[3] - b[1] - 841.89) > 1 for b in boxes):
    sys.exit('not every page is A4 (210 x 297 mm = 595 x 842 pt): %s' % sorted(set(boxes)))
said = '%d pages, A4' % pages
if shutil.which('pdftotext'):
    def text(*args):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', *args, pdf, '-'], capture_output=True, text=True,
                              check=True).stdout
    # the heading 评估报告 at 26 px is 78 pt wide: narrower, Chromium shrank the page to fit something too wide
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">评估报告</word>',
                       text('-bbox', '-f', '1', '-l', '1'))
    if not words:
        sys.exit('no heading 评估报告 on the first page')
    scale = (float(words[0][1]) - float(words[0][0])) / 78
    if scale < 0.98:
        sys.exit('the page was shrunk to %.0f%% to fit: something on it is wider than the paper' % (100 * scale))
    # the verdict as the page says it (sign and words), anywhere in the text, line breaks aside
    found = re.search(r'<p class="verdict[^"]*">(.*?)</p>', open(page, encoding='utf-8').read(), re.S)
    if not found:
        sys.exit('the page has no verdict line')
    verdict = re.sub(r'\s+', '', html.unescape(re.sub(r'<[^>]+>', '', found.group(1))))
    if verdict not in re.sub(r'\s+', '', text()):
        sys.exit('the verdict %s is not in the PDF text' % verdict)
    # every page's foot names the policy it was made from (@bottom-left), so that a page parted from its file
    # still says whose it is; the page's own closing line, said once on screen, is not printed
    feet = [n for n in range(1, pages + 1) if '由 ip-rules 依据' not in text('-f', str(n), '-l', str(n))]
    if feet:
        sys.exit('no foot naming the policy on page(s) %s' % feet)
    if '不引用任何外部资源' in text():
        sys.exit("the page's closing line is printed: it may take a page of its own")
    said += ', not shrunk, verdict %s, every foot' % verdict
print('  ' + said)
PY
  then
    echo "FAIL $name"; failed=1; continue
  fi
  echo "OK   $name"
done
exit $failed
