// Renders reviews in headless Chromium to PNG, so that a person can look at what a customer will
// see: for people, not for CI (it needs Chromium: apt-get install -y chromium; for the printed
// A4 pages also pdftoppm: apt-get install -y poppler-utils).
//
//   node src/tools/review-png.mjs [options] plan.yaml...
//     --out DIR           where to write (default: review-png/)
//     --kind K            scope | status | closure (default: from each plan's phase)
//     --audience A        customer | internal (default: the review's own)
//     --as-of DATE        passed to pmcheck review
//     --markdown          also render the Markdown review (Mermaid drawn by the mermaid package
//                         from node_modules, Markdown by marked) to PNG
//
// For each plan it writes NAME.html and NAME.png (the first screen, 1240 × 1754: A4 at 150 dpi),
// and, with pdftoppm, NAME.pdf as Chromium prints it and NAME-page-N.png for each printed page.
// It runs the committed bundle (bin/pmcheck.js): run `npm run bundle` after changing src/.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const out = resolve(flag('--out') ?? 'review-png');
const kind = flag('--kind');
const audience = flag('--audience');
const asOf = flag('--as-of');
const markdown = args.includes('--markdown');
const plans = args.filter((a) => a !== '--markdown');
if (plans.length === 0) {
  process.stderr.write(
    'usage: node src/tools/review-png.mjs [--out DIR] [--kind K] [--audience A] [--as-of D] [--markdown] plan.yaml...\n',
  );
  process.exit(2);
}

const browser = ['chromium', 'chromium-browser', 'google-chrome'].find(
  (b) => spawnSync('which', [b], { encoding: 'utf8' }).status === 0,
);
if (!browser) {
  process.stderr.write('review-png: no Chromium found; install it with: apt-get install -y chromium\n');
  process.exit(2);
}
const pdftoppm = spawnSync('which', ['pdftoppm']).status === 0;

/** Headless Chromium with a throwaway profile and nothing fetched or synced. */
function chromium(extra, url) {
  const profile = mkdtempSync(join(tmpdir(), 'review-png-'));
  try {
    const r = spawnSync(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        ...extra,
        url,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`${browser} failed: ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function shoot(html, name) {
  const url = pathToFileURL(html).href;
  chromium([`--screenshot=${join(out, `${name}.png`)}`, '--window-size=1240,1754', '--virtual-time-budget=8000'], url);
  const made = [`${name}.png`];
  if (pdftoppm) {
    const pdf = join(out, `${name}.pdf`);
    chromium([`--print-to-pdf=${pdf}`, '--no-pdf-header-footer', '--virtual-time-budget=8000'], url);
    execFileSync('pdftoppm', ['-png', '-r', '110', pdf, join(out, `${name}-page`)]);
    made.push(
      ...readdirSync(out)
        .filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.png'))
        .sort(),
    );
  }
  return made;
}

/** The Markdown review as a page: marked (which mermaid ships) for the Markdown, mermaid for the chart. */
async function markdownPage(md) {
  const require = createRequire(join(root, 'package.json'));
  const { marked } = await import(pathToFileURL(require.resolve('marked')).href);
  const mermaidJs = pathToFileURL(join(root, 'node_modules/mermaid/dist/mermaid.min.js')).href;
  const body = marked
    .parse(md, { async: false })
    .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:15px/1.5 "Liberation Sans",Arial,sans-serif;max-width:1100px;margin:24px auto;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}blockquote{border-left:4px solid #ccc;margin:0;padding:0 12px}
</style><script src="${mermaidJs}"></script></head><body>${body}
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script></body></html>`;
}

mkdirSync(out, { recursive: true });
for (const plan of plans) {
  const name = [basename(plan).replace(/\.plan\.ya?ml$|\.ya?ml$/, ''), kind, audience].filter(Boolean).join('.');
  const common = [
    ...(kind ? ['--kind', kind] : []),
    ...(audience ? ['--audience', audience] : []),
    ...(asOf ? ['--as-of', asOf] : []),
  ];
  const html = join(out, `${name}.html`);
  execFileSync(process.execPath, [
    join(root, 'bin/pmcheck.js'),
    'review',
    plan,
    ...common,
    '--format',
    'html',
    '-o',
    html,
  ]);
  const made = shoot(html, name);
  if (markdown) {
    const md = execFileSync(process.execPath, [join(root, 'bin/pmcheck.js'), 'review', plan, ...common], {
      encoding: 'utf8',
    });
    const page = join(out, `${name}.md.html`);
    writeFileSync(page, await markdownPage(md));
    const shot = join(out, `${name}.md.png`);
    chromium(
      [
        `--screenshot=${shot}`,
        '--window-size=1240,3000',
        '--virtual-time-budget=15000',
        '--allow-file-access-from-files',
      ],
      pathToFileURL(page).href,
    );
    if (existsSync(shot)) made.push(`${name}.md.png`);
  }
  process.stdout.write(`${plan}: ${made.map((f) => join(out, f)).join(', ')}\n`);
}
