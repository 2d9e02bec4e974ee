#!/usr/bin/env bash
# Checks the HTML report of every example request, in Chinese and in English, for accessibility with axe-core run in
# headless Chromium: government web content in China is expected to meet GB/T 37668-2019, which follows WCAG 2.x, and
# officers read the page on screen before they print it. The rules run are axe's WCAG 2.0 and 2.1 level A and AA rules
# (tags wcag2a, wcag2aa, wcag21a, wcag21aa) and its best practices (best-practice: heading order, landmarks, one h1),
# on the screen as drawn in a 1280 px wide window. One line per page, OK or FAIL, then each violation: its rule, its
# impact, the element (axe's selector and the start of its HTML) and what axe says of it.
#
# A page fails on any violation of impact serious or critical, and on a violation of a WCAG A or AA rule whatever its
# impact: a success criterion failed is failed, and axe rates a few of them moderate or minor only as its guess of the
# harm (meta-viewport, html-xml-lang-mismatch, aria-deprecated-role). A best practice's moderate or minor violation
# (heading-order, region, landmark-*, page-has-heading-one, empty-table-header) is printed as NOTE and does not fail:
# it is advice beyond what WCAG 2.1 A and AA ask, and which of them axe reports changes more from version to version.
# No rule is excluded, on any element: none of what axe reported was judged a false positive. What axe could not
# decide ("needs review") is counted on the page's line, and was worked out by hand with the WCAG formula: text on a
# gradient (the not-met tile's red on its stripes, 4.9:1 and 5.6:1) or in a chart (on white or the timeline's pale
# blue, 4.8:1 at least; the current phase's white label on its blue, 6.6:1, which AccessibilityTest keeps), a lone
# sign (✓ ✗ ?, always beside its word), and th-has-data-cells where the conditions' table has a column empty in every
# row (a yes/no condition has no figures: its header cells are right).
#
# Reflow (WCAG 1.4.10, AA), which axe cannot check, is checked on the same pages at 320 CSS px wide, the width of a
# phone and of a 1280 px window zoomed to 400%: the page must not scroll sideways as a whole (its scrollWidth no more
# than its clientWidth), and every element wider than the window must be inside a scroll container made for it, which
# scrolls sideways (overflow-x auto or scroll), can be reached with the keyboard (tabindex 0), is a region with a name
# (aria-label) and fits the window itself; WCAG lets a data table or a chart, which need their two dimensions, scroll
# within their own box. A page that fails lists each element that sticks out (the outermost) on a line "reflow at
# 320 px", with where it reaches.
#
# Found when the check was added, at f4554da: all 36 pages scrolled sideways at 320 px, from 419 to 967 px wide. Every
# table stuck out (the budget's, the conditions', the targets', the measures'; up to 939 px, a column of Chinese
# squeezed to a character or two a line), and so did the budget's row of tiles (up to 967 px, in English) and the
# deadlines' day charts (394 and 450 px: drawn at a fixed width). Mended at 3b1500e, by a media query for screens
# narrower than 1000 px (paper and the 1280 px screen are drawn as before: scripts/report-screenshots.sh and
# scripts/report-print.sh): each table sits in a box, div.scroll, role=region, tabindex=0 and named in the page's
# language (条件(表格) / Conditions (table)), in which it keeps its paper width (680 px, with the print rules' column
# wrapping) and scrolls sideways; charts scale to the width, as on paper (the timeline's text is then small; the list
# under it gives each phase's dates, and at 400% zoom the chart is as large as at 100%); tiles stack; a long string
# with no break (a code, a citation, an address) wraps. Since then all 36 pages reflow, and axe run at 320 px found
# nothing more (once, by hand: scrollable-region-focusable and the regions' names pass).
#
# Made when the page was first checked, at c4832cc: color-contrast (serious) on 30 of the 36 pages, 42 elements, all
# text in the grey of "no figure" / "undetermined" (#6e7781: 4.09:1 on its tile's #f2f3f5, 4.33:1 on a row not met,
# #fff8f7); nothing else. axe cannot see what was mended with it: an English name (aria-label) on the Chinese page,
# charts named only by their section's heading, header cells without scope, Chinese on the English page without its
# lang (README, "ip-rules report"). Since then all 36 pass, on Debian 12 with Chromium 156.0.8078.114, fonts-noto-cjk
# 1:20220127+repack1-1 and Node.js 20.20.2.
#
# Installs Debian's chromium and fonts-noto-cjk when missing (apt-get, as root; otherwise it says what to install:
# scripts/lib/debian-packages.sh), and from the npm registry, exactly these versions, into target/report-accessibility/
# (git-ignored; A11Y_TOOLS=DIR to put them elsewhere), once:
#   axe-core 4.14.1 (the rules), playwright-core 1.65.1 (drives the machine's Chromium; downloads no browser).
# Needs Node.js 20 or later and npm (playwright-core 1.65 does not run on 18). With KEEP_PAGES=DIR, every page is kept
# there. Not part of `mvn verify`.
# Usage: scripts/report-accessibility.sh   (after ./mvnw -B -pl examples -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

axe_version=4.14.1
driver_version=1.65.1

. scripts/lib/debian-packages.sh
install_missing chromium fonts-noto-cjk
command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js 20 or later and npm are needed" >&2; exit 1; }
(( $(node -p 'process.versions.node.split(".")[0]') >= 20 )) || { echo "Node.js 20 or later is needed" >&2; exit 1; }

tools=$(mkdir -p "${A11Y_TOOLS:-target/report-accessibility}" && cd "${A11Y_TOOLS:-target/report-accessibility}" && pwd)
installed() { node -p "require('$tools/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ $(installed axe-core) != "$axe_version" || $(installed playwright-core) != "$driver_version" ]]; then
  echo "installing axe-core $axe_version and playwright-core $driver_version into $tools" >&2
  cat > "$tools/package.json" <<EOF
{ "private": true, "dependencies": { "axe-core": "$axe_version", "playwright-core": "$driver_version" } }
EOF
  # no install scripts: neither package needs one, and playwright's would fetch a browser
  (cd "$tools" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
fi

jar=examples/target/ip-rules.jar
[[ -f $jar ]] || { echo "build first: ./mvnw -B -pl examples -am package -DskipTests" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
pages=()
for request in examples/requests/*.json; do
  name=$(basename "$request" .json)
  for lang in zh en; do
    if ! java -jar "$jar" report "$request" --lang "$lang" --html "$out/$name.$lang.html" >/dev/null 2>"$out/$name.err"; then
      echo "FAIL $name $lang: no report: $(head -1 "$out/$name.err")"; failed=1; continue
    fi
    pages+=("$out/$name.$lang.html")
  done
done
[[ -n "${KEEP_PAGES:-}" ]] && mkdir -p "$KEEP_PAGES" && cp "$out"/*.html "$KEEP_PAGES/"

cat > "$out/check.js" <<'JS'
const path = require('path');
const fs = require('fs');
const tools = process.env.TOOLS;
const { chromium } = require(path.join(tools, 'node_modules/playwright-core'));
const axeSource = fs.readFileSync(path.join(tools, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  let failed = false;
  for (const file of process.argv.slice(2)) {
    await page.goto('file://' + file);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(tags => axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'],
    }), [...WCAG, 'best-practice']);
    const lines = [];
    let pageFails = false;
    for (const v of result.violations) {
      const wcag = v.tags.some(t => WCAG.includes(t));
      const fails = v.impact === 'serious' || v.impact === 'critical' || wcag;
      pageFails ||= fails;
      for (const n of v.nodes) {
        const said = (n.any[0] || n.all[0] || n.none[0] || { message: v.help }).message;
        lines.push(`  ${fails ? '' : 'NOTE '}${v.id} (${v.impact}) ${n.target.join(' ')} `
          + `${n.html.replace(/\s+/g, ' ').slice(0, 100)}: ${said}`);
      }
    }
    // Reflow (WCAG 1.4.10), which axe does not check: at 320 CSS px the page does not scroll sideways, and whatever
    // is wider than the window is inside a scroll container made for it (scrolls sideways, is focusable, is named)
    await page.setViewportSize({ width: 320, height: 1000 });
    const reflow = await page.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const madeToScroll = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)
        && e.getAttribute('role') === 'region' && e.tabIndex === 0 && (e.getAttribute('aria-label') || '').trim() !== ''
        && e.getBoundingClientRect().right <= width;
      const faults = [];
      if (root.scrollWidth > width) faults.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${width}`);
      const reported = new Set();
      for (const e of document.body.querySelectorAll('*')) {
        const box = e.getBoundingClientRect();
        if (box.width === 0 || (box.left >= 0 && box.right <= width)) continue;
        let up = e.parentElement;
        while (up && !madeToScroll(up) && !reported.has(up)) up = up.parentElement;
        if (up) { if (reported.has(up)) reported.add(e); continue; }
        reported.add(e);
        faults.push(`${e.tagName.toLowerCase()}${e.classList.length ? '.' + [...e.classList].join('.') : ''} `
          + `${Math.round(box.left)}..${Math.round(box.right)} px: ${e.textContent.replace(/\s+/g, ' ').trim().slice(0, 50)}`);
      }
      return faults;
    });
    await page.setViewportSize({ width: 1280, height: 1000 });
    if (reflow.length) {
      pageFails = true;
      reflow.forEach(f => lines.push(`  reflow at 320 px: ${f}`));
    }
    const review = result.incomplete.map(v => `${v.id} ${v.nodes.length}`).join(', ');
    const name = path.basename(file, '.html').replace(/\.(zh|en)$/, ' $1');
    console.log(`${pageFails ? 'FAIL' : 'OK  '} ${name}${review ? ` (needs review: ${review})` : ''}`);
    lines.forEach(l => console.log(l));
    failed ||= pageFails;
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
JS
TOOLS="$tools" node "$out/check.js" "${pages[@]}" || failed=1
exit $failed
