#!/usr/bin/env node
// Runs the CLI, dist/pmcheck.cjs, with a V8 code cache: the bytecode of every function the
// last run of the same command used, so that a run skips parsing and compiling them. It is
// made after a run (then it holds the functions a run needs, not only the top level), kept
// per user in a folder only they can write, keyed by the Node version, the architecture and a
// checksum of the bundle, and written atomically. Without a cache, or with one V8 rejects, the
// bundle compiles from scratch; anything wrong with the cache only ever costs speed.
// PMCHECK_CODE_CACHE=off runs without it. The pool's worker threads run this file too
// (dist/worker.js): they read the cache, and never write it.

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import * as zlib from 'node:zlib';

const bundle = fileURLToPath(new URL('../dist/pmcheck.cjs', import.meta.url));
const source = readFileSync(bundle); // ASCII: the build escapes everything else
const MAGIC = 0x31434d50; // "PMC1"
const COMMANDS = new Set(['audit', 'review', 'init', 'rules', 'explain', 'schema']);

/**
 * The per-user cache folder, or undefined where none can be trusted: `v8` in the folder that
 * --cache uses (src/run/cache.ts, userCacheDir). A relative XDG_CACHE_HOME is ignored, as the
 * XDG spec says, so that a cache is never written into the folder a plan is audited in.
 */
function cacheDir() {
  const env = process.env;
  if (env.PMCHECK_CODE_CACHE === 'off') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'pmcheck', 'v8');
  if (process.platform === 'win32')
    return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'pmcheck', 'Cache', 'v8') : undefined;
  return join(homedir(), '.cache', 'pmcheck', 'v8');
}

/** Whether only this user can write `dir` (a cache is code: nobody else may plant one). */
function isPrivate(dir) {
  const s = statSync(dir);
  if (!s.isDirectory()) return false;
  if (process.platform === 'win32') return true;
  return s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

/** zlib's crc32, where Node has it (20.15 and later); older versions run without a cache. */
const checksum = (bytes) => zlib.crc32(bytes) >>> 0;

let file;
let cached;
const dir = typeof zlib.crc32 === 'function' ? cacheDir() : undefined;
if (dir) {
  try {
    // The command a run does decides which functions it compiles: one cache per command.
    const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
    const flags =
      process.execArgv.length > 0 ? `-${checksum(Buffer.from(process.execArgv.join(' '))).toString(16)}` : '';
    file = join(
      dir,
      `${process.version}-${process.arch}${flags}-${checksum(source).toString(16)}-${COMMANDS.has(command) ? command : 'other'}.cache`,
    );
    if (isPrivate(dir)) {
      const data = readFileSync(file);
      // V8 checks its version, its flags and the source's length, but not the bytes: a damaged
      // cache would crash it, so the cache carries its own checksum.
      if (data.length > 8 && data.readUInt32LE(0) === MAGIC && data.readUInt32LE(4) === checksum(data.subarray(8)))
        cached = data.subarray(8);
    }
  } catch {
    // No cache yet, or none we can read: compile from scratch.
  }
}

const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source.toString('latin1')}\n})`,
  { filename: bundle, cachedData: cached },
);

if (file && isMainThread && (cached === undefined || script.cachedDataRejected)) {
  process.once('exit', () => {
    try {
      const data = script.createCachedData();
      const header = Buffer.alloc(8);
      header.writeUInt32LE(MAGIC, 0);
      header.writeUInt32LE(checksum(data), 4);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!isPrivate(dir)) return;
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([header, data]), { mode: 0o600 });
      renameSync(temp, file);
      // Caches of other bundles and Node versions, unused for a month, go.
      const old = Date.now() - 30 * 24 * 3600 * 1000;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (path !== file && statSync(path).mtimeMs < old) unlinkSync(path);
      }
    } catch {
      // A read-only or full disk: the next run compiles from scratch again.
    }
  });
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
