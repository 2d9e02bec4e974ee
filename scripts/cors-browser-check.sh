#!/usr/bin/env bash
# Calls the decision service from a web page in a real browser (headless Chromium), as a government front end on its
# own origin would: `ip-rules serve --cors-origin http://localhost:PAGE_PORT`, a page served from that origin, and the
# same page served from another origin that the service does not name. Checks what the page's script can read:
#   - from the named origin: POST /v1/evaluate of an example request (a preflight first: Content-Type
#     application/json) answered 200 with its result, an invalid request answered 400 with its problems and
#     Content-Language readable, GET /v1/policies, and a 405's Allow header readable (it is exposed, as Retry-After
#     is: neither is one a page may read otherwise);
#   - from the other origin: every call fails in the browser (TypeError: Failed to fetch), as the Fetch standard asks.
# CrossOriginTest (rules-server) checks the headers themselves; this checks that a browser accepts them.
#
# Installs Debian's chromium when missing (apt-get, as root; otherwise it says what to install:
# scripts/lib/debian-packages.sh). Not part of `mvn verify`. Checked on Debian 12 with
# Chromium 156.0.8078.114.
# Usage: scripts/cors-browser-check.sh   (after ./mvnw -B -pl examples -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/debian-packages.sh
install_missing chromium
command -v python3 >/dev/null || { echo "python3 is needed to serve the page" >&2; exit 1; }
jar=examples/target/ip-rules.jar
[[ -f $jar ]] || { echo "build first: ./mvnw -B -pl examples -am package -DskipTests" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
service_port=$(free_port)
allowed_port=$(free_port)
other_port=$(free_port)
site=$(mktemp -d)
profile=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$site" "$profile"
}
trap cleanup EXIT

cp examples/requests/pilot-city-two-parks-eligible.json "$site/request.json"
cat > "$site/page.html" <<EOF
<!DOCTYPE html><html><body><pre id="out">pending</pre><script>
const service = 'http://127.0.0.1:$service_port';
const lines = [];
async function call(name, work) {
  try { lines.push(name + ' ' + await work()); } catch (e) { lines.push(name + ' failed: ' + e); }
}
(async () => {
  const request = await (await fetch('request.json')).text();
  await call('evaluate', async () => {
    const r = await fetch(service + '/v1/evaluate', {method: 'POST', body: request,
      headers: {'Content-Type': 'application/json', 'Accept-Language': 'en'}});
    const result = await r.json();
    return r.status + ' ' + result.policy + ' eligible=' + result.eligible;
  });
  await call('not-allowed', async () => { // 405: its Allow header is readable only because it is exposed
    const r = await fetch(service + '/v1/evaluate');
    return r.status + ' Allow: ' + r.headers.get('Allow');
  });
  await call('invalid', async () => {
    const r = await fetch(service + '/v1/evaluate', {method: 'POST', body: '{"policy":"nowhere-2099"}',
      headers: {'Content-Type': 'application/json', 'Accept-Language': 'en'}});
    const problem = await r.json();
    return r.status + ' ' + r.headers.get('Content-Language') + ' ' + problem.problems[0].path;
  });
  await call('policies', async () => {
    const r = await fetch(service + '/v1/policies');
    return r.status + ' ' + (await r.json()).length;
  });
  document.getElementById('out').textContent = lines.join('\n');
})();
</script></body></html>
EOF

python3 -m http.server "$allowed_port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 & pids+=($!)
python3 -m http.server "$other_port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 & pids+=($!)
java -jar "$jar" serve --port "$service_port" --cors-origin "http://localhost:$allowed_port" >"$site/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  curl -s -o /dev/null "http://127.0.0.1:$service_port/health" && break
  sleep 1
done

page() {
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$profile" --virtual-time-budget=15000 --dump-dom "http://localhost:$1/page.html" 2>/dev/null \
    | python3 -c 'import html, re, sys; m = re.search(r"<pre id=\"out\">(.*?)</pre>", sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "no page")'
}

failed=0
expect() { # what the page printed, a line it must hold, the origin's name
  if grep -qxF -- "$2" <<<"$1"; then echo "OK   $3: $2"; else echo "FAIL $3: expected the line '$2'"; failed=1; fi
}
allowed=$(page "$allowed_port")
expect "$allowed" "evaluate 200 pilot-city-2017 eligible=true" "named origin"
expect "$allowed" "not-allowed 405 Allow: POST" "named origin"
expect "$allowed" "invalid 400 en policy" "named origin"
expect "$allowed" "policies 200 5" "named origin"
other=$(page "$other_port")
expect "$other" "evaluate failed: TypeError: Failed to fetch" "other origin"
expect "$other" "invalid failed: TypeError: Failed to fetch" "other origin"
expect "$other" "not-allowed failed: TypeError: Failed to fetch" "other origin"
expect "$other" "policies failed: TypeError: Failed to fetch" "other origin"
if ((failed)); then
  printf 'the named origin read:\n%s\nthe other origin read:\n%s\nthe service logged:\n' "$allowed" "$other"
  cat "$site/serve.log"
  exit 1
fi
echo "a page of the named origin reads the service's answers, problems included; a page of another cannot"
