// The licences of the third-party code that dist/ bundles, as dist/THIRD-PARTY-NOTICES.md.
//
// The runtime dependencies are bundled into dist/ rather than installed, so their copyright and
// permission notices have to travel with the bundle: MIT, ISC and BSD require it, and
// date-holidays' data is CC-BY-3.0, which requires attribution. The list comes from esbuild's
// metafile, so it names exactly the packages whose code is in the bundle, at the versions built.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folder (relative to the root) of a bundled input, or undefined for our own code. */
function packageOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return undefined;
  const scoped = parts[at + 1]?.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : undefined;
}

/** @param {string} root @param {Array<{ inputs: Record<string, unknown> }>} metafiles */
export function renderNotices(root, metafiles) {
  const dirs = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const dir = packageOf(input);
      if (dir) dirs.add(dir);
    }
  }
  const packages = [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      return { dir, name: pkg.name, version: pkg.version, license: pkg.license ?? 'see below' };
    })
    // The same package at one version, reached by two paths, is listed once.
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const out = [
    '# Third-party notices',
    '',
    'dist/ bundles the code of the packages below. Each is used under its own licence, reproduced',
    'here as its authors require. pmcheck itself is MIT-licensed (see LICENSE).',
    '',
    'The public holiday tables come from date-holidays (https://github.com/commenthol/date-holidays).',
    'Its data draws on Wikipedia articles and is licensed under Creative Commons Attribution-ShareAlike',
    '3.0 (https://creativecommons.org/licenses/by-sa/3.0/; its package.json says CC-BY-3.0). The',
    'attributions it requires are in its licence text below. pmcheck bundles the data unchanged.',
    '',
  ];
  for (const p of packages) {
    out.push(`## ${p.name} ${p.version}`, '', `License: ${p.license}`, '');
    const text = existsSync(join(root, p.dir)) ? licenceText(join(root, p.dir)) : undefined;
    out.push(text ? `\`\`\`text\n${text.replace(/```/g, "'''")}\n\`\`\`` : '_The package ships no licence file._', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
