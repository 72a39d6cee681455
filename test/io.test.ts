/** Writes are atomic: a temp file in the same folder, then a rename. A failed write loses nothing. */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WriteFs, writeFileAtomic } from '../src/run/write.js';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-io-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('when the rename fails, the old file is intact, the temp file is removed, and the error says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-io-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'the old report');
    let tempSeen = '';
    const failing: WriteFs = {
      ...fs,
      renameSync: (from) => {
        tempSeen = String(from);
        // By now the new content is fully written and flushed to the temp file.
        expect(readFileSync(from, 'utf8')).toBe('the new report');
        throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      },
    };
    expect(() => writeFileAtomic(target, 'the new report', failing)).toThrow(
      'cannot write the file (EXDEV); any earlier version is unchanged',
    );
    expect(tempSeen.startsWith(join(dir, '.report.json.'))).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('when the write itself fails midway, the old file is intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmcheck-io-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'the old report');
    const diskFull: WriteFs = {
      ...fs,
      writeSync: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeFileAtomic(target, 'x'.repeat(1000), diskFull)).toThrow('(ENOSPC)');
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
