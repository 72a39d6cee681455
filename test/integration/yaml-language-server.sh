#!/usr/bin/env bash
# The editor schema through the YAML language server that VS Code, Neovim and others run
# (npm package yaml-language-server, installed into a temporary folder from the registry).
#
# Checks, as an editor would show them:
# 1. every example and every starter template validates with no diagnostic;
# 2. a plan with misspelt keys at three depths gets "Property … is not allowed" on each, and
#    its x- key none;
# 3. completion inside a task offers every field, each with its documentation.
# Needs the npm registry, so npm test does not run it: `bash test/integration/yaml-language-server.sh`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pmcheck-yls-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund yaml-language-server@1.25.0 vscode-languageserver-textdocument@1 >/dev/null 2>&1
for t in office-move cloud-migration cyber-essentials network-refresh; do
  node "$root/bin/pmcheck.js" init -t "$t" --start 2026-11-30 "$work/template-$t.plan.yaml" >/dev/null
done
printf 'pmcheck: 1\nproject:\n  name: A\n  manger: x\ntaks: []\ntasks:\n  - { id: a, finsh: 2026-01-01, x-notes: fine }\n' >"$work/misspelt.plan.yaml"
cat >check.cjs <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
const { TextDocument } = require('vscode-languageserver-textdocument');
const [schemaFile, misspelt, ...plans] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const ls = getLanguageService({
  schemaRequestService: async () => JSON.stringify(schema),
  workspaceContext: { resolveRelativePath: (p) => p },
  telemetry: { send() {}, sendError() {}, sendTrack() {} },
  clientCapabilities: {},
});
ls.configure({ validate: true, hover: true, completion: true, schemas: [{ uri: 'file:///plan.schema.json', fileMatch: ['*.plan.yaml'], schema }] });
const doc = (file, text) => TextDocument.create(`file:///w/${path.basename(file)}`, 'yaml', 1, text);
const strip = (text) => text.replace(/^# yaml-language-server:.*\n/, '');
let failed = false;
const fail = (m) => { console.log(`FAIL: ${m}`); failed = true; };
(async () => {
  for (const file of plans) {
    const d = await ls.doValidation(doc(file, strip(fs.readFileSync(file, 'utf8'))), false);
    console.log(`${path.basename(file)}: ${d.length} diagnostics`);
    if (d.length) fail(`${file}: ${d.map((x) => `${x.range.start.line + 1}: ${x.message}`).join('; ')}`);
  }
  const d = await ls.doValidation(doc(misspelt, fs.readFileSync(misspelt, 'utf8')), false);
  const got = d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`).sort();
  console.log(`misspelt.plan.yaml: ${got.join(' | ')}`);
  const want = ['4:3 Property manger is not allowed.', '5:1 Property taks is not allowed.', '7:14 Property finsh is not allowed.'];
  if (JSON.stringify(got) !== JSON.stringify(want)) fail(`expected ${want.join(' | ')}`);
  const c = await ls.doComplete(doc('c.plan.yaml', 'pmcheck: 1\nproject:\n  name: A\ntasks:\n  - id: a\n    \n'), { line: 5, character: 4 }, false);
  const bare = c.items.filter((i) => !(typeof i.documentation === 'string' ? i.documentation : i.documentation?.value));
  console.log(`completion in a task: ${c.items.length} fields, ${c.items.length - bare.length} documented`);
  if (c.items.length < 20 || bare.length) fail(`undocumented: ${bare.map((i) => i.label).join(', ')}`);
  if (failed) process.exit(1);
  console.log('OK');
})();
JS
node check.cjs "$root/schemas/plan.schema.json" "$work/misspelt.plan.yaml" "$root"/examples/*.plan.yaml "$work"/template-*.plan.yaml
