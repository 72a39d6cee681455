#!/usr/bin/env bash
# The pre-commit hook through the real pre-commit framework (Debian: apt-get install pre-commit).
#
# 1. Snapshots this working tree (tracked and new files, dist/ as it is) into a local git
#    repository, as the hook's repository: pre-commit installs hooks from a clone of it.
# 2. A project repository uses the hook; a commit of a plan that fails the gate is blocked, and
#    the output names the finding; once the plan is fixed, the same commit goes through.
# 3. Installs the snapshot as pre-commit 4.6.1 and later do: npm install -g git+file://…, which
#    runs npm's git-dependency preparation when the package has a prepare or build script.
#
# It takes a minute or two (pre-commit before 4.6.1 installs the dev dependencies in its clone
# from the npm registry before packing), so npm test does not run it; CI can, after
# `apt-get install -y pre-commit`: `bash test/integration/pre-commit.sh`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pmcheck-pre-commit-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v pre-commit >/dev/null || fail "pre-commit is not installed (apt-get install pre-commit)"
git_() { git -c user.name=pmcheck-test -c user.email=test@pmcheck.invalid -c init.defaultBranch=main "$@"; }

# 1. The hook's repository: this working tree, committed.
hooks="$work/pmcheck"
mkdir "$hooks"
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$hooks"
git_ -C "$hooks" init -q
git_ -C "$hooks" add -A
git_ -C "$hooks" commit -qm snapshot
rev="$(git -C "$hooks" rev-parse HEAD)"
echo "$(pre-commit --version); hook repository: a snapshot of $root at $rev"

# 2. A project that uses the hook.
project="$work/project"
mkdir -p "$project/plans"
cd "$project"
git_ init -q
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: pmcheck
EOF
export PRE_COMMIT_HOME="$work/cache"
pre-commit install >/dev/null
git_ add .pre-commit-config.yaml
git_ commit -qm "use pmcheck" >/dev/null 2>&1 || true # no plan staged: the hook is skipped

# A plan with no sponsor: sponsor-assigned is a high finding, so the default gate fails.
sed 's/^  sponsor: helen$//' "$root/examples/cyber-essentials.plan.yaml" >plans/ce.plan.yaml
git_ add plans/ce.plan.yaml
set +e
git_ commit -m "plan without a sponsor" >"$work/blocked.log" 2>&1
blocked=$?
set -e
echo "--- git commit of a plan without a sponsor: exit $blocked"
cat "$work/blocked.log"
[ "$blocked" -ne 0 ] || fail "the commit of a failing plan went through"
grep -q '^pmcheck\.*Failed' "$work/blocked.log" || fail "pre-commit did not report the pmcheck hook as failed"
grep -q '^plans/ce.plan.yaml:[0-9]*:[0-9]* high sponsor-assigned No sponsor' "$work/blocked.log" ||
  fail "the blocked commit does not say which finding blocks it"

# Fixed: the sponsor is back.
cp "$root/examples/cyber-essentials.plan.yaml" plans/ce.plan.yaml
git_ add plans/ce.plan.yaml
set +e
git_ commit -m "plan with its sponsor" >"$work/passed.log" 2>&1
passed=$?
set -e
echo "--- git commit of the fixed plan: exit $passed"
cat "$work/passed.log"
[ "$passed" -eq 0 ] || fail "the commit of the fixed plan was blocked"
grep -q '^pmcheck\.*Passed' "$work/passed.log" || fail "pre-commit did not run the pmcheck hook"

# 3. As pre-commit 4.6.1 and later install it.
prefix="$work/global"
set +e
npm install -g --prefix "$prefix" --no-audit --no-fund "git+file://$hooks#$rev" >"$work/npm-git.log" 2>&1
code=$?
set -e
[ "$code" -eq 0 ] || { cat "$work/npm-git.log" >&2; fail "npm install -g git+file:// failed"; }
deps="$prefix/lib/node_modules/pmcheck/node_modules"
installed=0
[ -d "$deps" ] && installed="$(find "$deps" -mindepth 1 -maxdepth 1 | wc -l)"
"$prefix/bin/pmcheck" audit --quiet "$root/examples/cyber-essentials.plan.yaml" >/dev/null ||
  fail "pmcheck installed from git does not run"
echo "--- npm install -g git+file://…#$rev: exit $code; pmcheck runs; $installed dependencies installed beside it"
echo "OK"
