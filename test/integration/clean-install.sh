#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, then a clean install into an empty project, then
# `npx pmcheck`. Checks that pack's stdout is the tarball's name alone (pre-commit reads it so),
# that the tarball holds the CLI, schemas, docs and LICENSE but no sources, tests or samples,
# that installing it brings no dependency (they are bundled into dist/), and that the CLI runs.
# test/package.test.ts runs it; it needs nothing but npm (no registry: the tarball has no deps).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pmcheck-pack-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$root"
stdout="$(npm pack --pack-destination "$work" 2>"$work/pack.log")"
[ "$(printf '%s\n' "$stdout" | wc -l)" -eq 1 ] || fail "npm pack printed more than the tarball name on stdout: $stdout"
tarball="$work/$stdout"
[ -f "$tarball" ] || fail "npm pack's stdout is not the tarball's name: $stdout"
echo "npm pack: $stdout"

files="$(tar -tzf "$tarball" | sed 's|^package/||' | sort)"
for must in LICENSE README.md package.json bin/pmcheck.js dist/pmcheck.cjs dist/worker.js schemas/plan.schema.json docs/rules/pm-assigned.md; do
  grep -qx "$must" <<<"$files" || fail "the tarball lacks $must"
done
if grep -E '^(src|test|examples|node_modules|\.ci)/|\.plan\.ya?ml$|^action\.yml$' <<<"$files"; then
  fail "the tarball holds sources, tests or samples (above)"
fi
echo "tarball: $(wc -l <<<"$files") files, $(du -k "$tarball" | cut -f1) KiB; no src/, test/ or examples/"

mkdir "$work/project"
cd "$work/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --no-update-notifier "$tarball" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm install of the tarball failed"; }
installed=""
for entry in node_modules/* node_modules/.[!.]*; do
  case "$entry" in node_modules/.bin | node_modules/.package-lock.json | 'node_modules/*' | 'node_modules/.[!.]*') ;; *) installed+="${entry#node_modules/} " ;; esac
done
[ "$installed" = "pmcheck " ] || fail "node_modules should hold only pmcheck, but holds: $installed"
echo "node_modules: $installed($(du -sk node_modules | cut -f1) KiB)"

cp "$root/examples/office-move.plan.yaml" plan.yaml
set +e
npx --no-install pmcheck audit --quiet --as-of 2026-02-16 plan.yaml >"$work/audit.out" 2>"$work/audit.err"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/audit.out" "$work/audit.err" >&2; fail "npx pmcheck audit exited $code, not 1 (the office move fails the gate)"; }
grep -q '^plan.yaml: 16/100' "$work/audit.out" || { cat "$work/audit.out" >&2; fail "npx pmcheck audit printed no score"; }
echo "npx pmcheck audit: exit $code; $(head -1 "$work/audit.out")"

npx --no-install pmcheck init --template office-move --start 2026-03-02 new.plan.yaml >/dev/null 2>"$work/init.err"
# shellcheck disable=SC2016 # a literal $schema
schema="$(grep -m1 -o 'yaml-language-server: \$schema=.*' new.plan.yaml | cut -d= -f2-)"
[ "$schema" = "node_modules/pmcheck/schemas/plan.schema.json" ] || fail "init wrote \$schema=$schema, not the project's own install"
[ -f "$schema" ] || fail "init's \$schema $schema does not exist"
echo "npx pmcheck init: \$schema=$schema"
