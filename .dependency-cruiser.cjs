/**
 * The tiers of pmcheck, lowest first. A module may import from its own tier and the tiers
 * below it, never above: an arrow pointing up fails `npm test`. ARCHITECTURE.md explains each.
 *
 *   0 words     src/text.ts, src/errors.ts, src/version.ts
 *   1 plan      src/plan/            the schema, paths, validation, calendar, graph, the model
 *   2 readers   src/readers/         bytes → a validated plan and a locator (YAML, MSPDI, XER)
 *   2 engine    src/engine/          rule types, running rules, messages, score, sources
 *   3 rules     src/rules/           one module per rule, and the registry
 *   4 config    src/config/          the config schema, presets, resolving rules for a plan
 *   5 core      src/core/            the pure pipeline: one loaded plan → one report; the gate
 *   6 report    src/report/, src/review/, src/init/   formatters and documents
 *   6 run       src/run/             files, discovery, configs on disk, git, cache, pool, baselines
 *   7 cli       src/cli/, src/main.ts
 *   - tools     src/tools/           scripts: build, generate, bench
 */
const tier = (name, path, mayNotImport) => ({
  name: `tier-${name}`,
  comment: `${name} may not import from a higher tier`,
  severity: 'error',
  from: { path },
  to: { path: mayNotImport },
});

const ABOVE_WORDS = '^src/(plan|readers|engine|rules|config|core|report|review|init|run|cli|tools|main)';
const ABOVE_PLAN = '^src/(readers|engine|rules|config|core|report|review|init|run|cli|tools|main)';
const ABOVE_ENGINE = '^src/(readers|rules|config|core|report|review|init|run|cli|tools|main)';
const ABOVE_READERS = '^src/(engine|rules|config|core|report|review|init|run|cli|tools|main)';
const ABOVE_RULES = '^src/(config|core|report|review|init|run|cli|tools|main)';
const ABOVE_CONFIG = '^src/(core|report|review|init|run|cli|tools|main)';
const ABOVE_CORE = '^src/(report|review|init|run|cli|tools|main)';
const ABOVE_REPORT = '^src/(run|cli|tools|main)';
const ABOVE_RUN = '^src/(report|review|init|cli|tools|main)';
const ABOVE_CLI = '^src/tools';

/** Node modules that reach outside the process: only the run tier, the CLI and tools use them. */
const EFFECTS = '^(node:)?(fs|fs/promises|child_process|worker_threads|os|net|http|https|dgram|cluster|readline)$';
const PURE_TIERS = '^src/(text|errors|version|plan|readers|engine|rules|config|core|report|review|init)';

module.exports = {
  forbidden: [
    tier('words', '^src/(text|errors|version)\\.ts$', ABOVE_WORDS),
    tier('plan', '^src/plan/', ABOVE_PLAN),
    tier('engine', '^src/engine/', ABOVE_ENGINE),
    tier('readers', '^src/readers/', ABOVE_READERS),
    tier('rules', '^src/rules/', ABOVE_RULES),
    tier('config', '^src/config/', ABOVE_CONFIG),
    tier('core', '^src/core/', ABOVE_CORE),
    tier('report', '^src/(report|review|init)/', ABOVE_REPORT),
    tier('run', '^src/run/', ABOVE_RUN),
    tier('cli', '^src/(cli/|main\\.ts)', ABOVE_CLI),
    {
      name: 'pure-tiers-no-effects',
      comment: 'Below the run tier nothing reads files, spawns processes or starts threads',
      severity: 'error',
      from: { path: PURE_TIERS },
      to: { dependencyTypes: ['core'], path: EFFECTS },
    },
    {
      name: 'pure-tiers-no-code-loading',
      comment:
        'Below the run tier nothing loads code at run time (node:module) or the public-holiday library: the run tier loads it only for a plan that names public holidays, and hands the core a HolidaySource',
      severity: 'error',
      from: { path: PURE_TIERS },
      to: { path: ['^(node:)?module$', 'node_modules/date-holidays/'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules do not import each other in a circle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypes: ['local'] } },
    },
    {
      name: 'no-tests-in-src',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
