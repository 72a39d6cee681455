#!/usr/bin/env bash
# pmcheck's SARIF through Microsoft's SARIF Multitool, the SARIF SDK's own validator (npm package
# @microsoft/sarif-multitool: a self-contained .NET binary of about 100 MB that npx fetches on
# first use; no .NET install needed). The log covers the four examples (60 findings) and a plan
# that cannot be read (a tool execution notification). Fails on any error or warning, and lists
# the notes left, each with the reason it stays. Given a file, validates that log instead. Too heavy for npm test; run it by hand, or in CI
# as `bash test/integration/sarif-multitool.sh` after `npm ci`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pmcheck-sarif-XXXXXX")"
trap 'rm -rf "$work"' EXIT
version=5.7.0

cd "$root"
if [ $# -gt 0 ]; then
  cp "$1" "$work/pmcheck.sarif" # a log made elsewhere, e.g. by an older pmcheck
else
  printf 'pmcheck: 1\nproject:\n  name: Broken\n  start: 2026-02-30\n' >"$work/broken.plan.yaml"
  set +e
  node bin/pmcheck.js audit --as-of 2026-02-16 --format "sarif:$work/pmcheck.sarif" examples/*.plan.yaml "$work/broken.plan.yaml" 2>/dev/null
  code=$?
  set -e
  [ "$code" -eq 2 ] || { echo "FAIL: pmcheck exited $code, expected 2 (a plan could not be read)" >&2; exit 1; }
fi

# The package's bin runs the binary through a shell, hence the quotes inside the quotes.
npx --yes "@microsoft/sarif-multitool@$version" validate "$work/pmcheck.sarif" \
  --output "$work/validation.sarif" --level '"Error;Warning;Note"' >"$work/multitool.log" 2>&1 || true
[ -s "$work/validation.sarif" ] || { cat "$work/multitool.log" >&2; echo "FAIL: the multitool wrote no log" >&2; exit 1; }
echo "SARIF Multitool $version on $(grep -c '"ruleId"' "$work/pmcheck.sarif") results:"

node - "$work/validation.sarif" <<'JS'
const log = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const why = {
  SARIF2002: 'messages are plain text: GitHub shows message.text, not message ids with arguments',
  SARIF2003: 'no versionControlProvenance: the CI system knows the commit, and GitHub takes it from the upload',
  SARIF2006:
    'URLs ($schema, helpUri) cannot be fetched from here (no network but the package registries); the helpUris resolve once this version is published',
  SARIF2009: 'rule ids are words (vendor-sequencing), fixed forever once released, not tool-prefixed numbers',
  SARIF2010: 'no code snippet: formatters never read files; GitHub shows the line from the repository',
  SARIF2011: 'no context region, for the same reason',
};
const count = {};
for (const r of log.runs.flatMap((run) => run.results ?? [])) {
  const key = `${r.level ?? 'warning'} ${r.ruleId.split('/')[0]}`;
  count[key] = (count[key] ?? 0) + 1;
}
let bad = 0;
for (const [key, n] of Object.entries(count).sort()) {
  const [level, rule] = key.split(' ');
  if (level !== 'note') bad += n;
  console.log(`  ${String(n).padStart(3)} ${level} ${rule}${level === 'note' ? `: ${why[rule] ?? 'NEW: look at it'}` : ''}`);
}
const unexplained = Object.keys(count).filter((k) => k.startsWith('note ') && !why[k.split(' ')[1]]);
if (bad > 0 || unexplained.length > 0) {
  console.error(`FAIL: ${bad} errors or warnings, ${unexplained.length} unexplained notes (details: the multitool's log)`);
  process.exit(1);
}
console.log('  0 errors, 0 warnings');
JS
