/**
 * Which path reads a plan: the fast path by default, `yaml` alone with PMCHECK_YAML=yaml (the
 * switch for diagnosing a suspected difference), and `yaml` for what the fast path declines.
 * Both give the same report (yaml-fast.test.ts), so the path is watched where it is chosen.
 */
import { describe, expect, it, vi } from 'vitest';
import { type CliIO, main } from '../../src/cli/program.js';

const seen = vi.hoisted(() => [] as { file: string; parser: string }[]);

vi.mock('../../src/readers/yaml/parse.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/readers/yaml/parse.js')>();
  return {
    ...real,
    parseYamlMapping: (...args: Parameters<typeof real.parseYamlMapping>) => {
      const source = real.parseYamlMapping(...args);
      seen.push({ file: args[1], parser: source.parser });
      return source;
    },
  };
});

async function audit(file: string, env: Record<string, string>): Promise<string> {
  let stdout = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => {},
    env: { NO_COLOR: '1', ...env },
    colorSupport: 0,
    readStdin: () => new Uint8Array(),
  };
  await main(['node', 'pmcheck', 'audit', '--jobs', '1', '--format', 'json', file], io);
  return stdout;
}

describe('the YAML path', () => {
  const plan = 'examples/office-move.plan.yaml';

  it('is the fast path by default, and yaml alone with PMCHECK_YAML=yaml, with the same report', async () => {
    seen.length = 0;
    const fast = await audit(plan, {});
    expect(seen.filter((s) => s.file === plan)).toEqual([{ file: plan, parser: 'fast' }]);
    seen.length = 0;
    const yaml = await audit(plan, { PMCHECK_YAML: 'yaml' });
    expect(seen.filter((s) => s.file === plan)).toEqual([{ file: plan, parser: 'yaml' }]);
    expect(yaml).toBe(fast);
  });

  it('is yaml for what the fast path declines', async () => {
    const { parseYamlMapping } = await import('../../src/readers/yaml/parse.js');
    const what = { empty: 'empty', notMapping: 'not a mapping' };
    expect(parseYamlMapping('a: &x 1\nb: *x\n', 'f.yaml', what).parser).toBe('yaml');
    expect(parseYamlMapping('a: 1\n', 'f.yaml', what).parser).toBe('fast');
    expect(parseYamlMapping('a: 1\n', 'f.yaml', what, 'yaml').parser).toBe('yaml');
  });
});
