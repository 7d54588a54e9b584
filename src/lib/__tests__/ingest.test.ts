/**
 * Bad input through the real CLI: exit code 1, `file:line: message` on stderr, and the output directory unchanged.
 * Each case runs `scripts/ingest.ts` on a mutated copy of the real seed against a copy of content/plan/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPaths, ingest } from '../ingest.ts';
import { root, seedText } from './helpers.ts';

const run = promisify(execFile);
const tsx = join(root, 'node_modules/.bin/tsx');

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

let work: string;
let out: string;
let before: Record<string, string>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-'));
  out = join(work, 'plan');
  cpSync(join(root, 'content/plan'), out, { recursive: true });
  before = snapshotDir(out);
});

async function ingestCli(seedBytes: Uint8Array | string, name: string) {
  const seed = join(work, name);
  writeFileSync(seed, seedBytes);
  try {
    const r = await run(tsx, ['scripts/ingest.ts', '--seed', seed, '--out', out], { cwd: root });
    return { code: 0, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

const lines = seedText.split('\n');
const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;
const replaceLine = (n: number, f: (l: string) => string) => lines.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');

const cases: { name: string; seed: () => Uint8Array | string; message: () => RegExp }[] = [
  {
    name: 'a missing measure number',
    seed: () => lines.filter((_, i) => i !== lineOf('7. ') - 1).join('\n'),
    message: () =>
      new RegExp(
        `^missing\\.txt:${lineOf('8. ') - 1}: measure 7 is missing: measure 6 is followed by measure 8$`,
        'mu',
      ),
  },
  {
    name: 'a duplicated measure number',
    seed: () => replaceLine(lineOf('8. '), (l) => l.replace(/^8\./u, '7.')),
    message: () =>
      new RegExp(
        `^duplicated\\.txt:${lineOf('8. ')}: measure number 7 appears twice \\(first on line ${lineOf('7. ')}\\)$`,
        'mu',
      ),
  },
  {
    name: 'a measure without its unit list',
    seed: () => replaceLine(lineOf('9. '), (l) => l.replace(/\(责任单位:[^)]*<市、区>\)$/u, '')),
    message: () => new RegExp(`^nounits\\.txt:${lineOf('9. ')}: measure 9 has no responsible-unit list`, 'mu'),
  },
  {
    name: 'an unknown unit name',
    seed: () => replaceLine(lineOf('9. '), (l) => l.replace('、科技局、', '、宇宙开发局、')),
    message: () => new RegExp(`^unknown\\.txt:${lineOf('9. ')}: .*宇宙开发局`, 'mu'),
  },
  { name: 'an empty file', seed: () => '', message: () => /^empty\.txt:1: the file is empty$/mu },
  {
    name: 'bytes that are not UTF-8',
    seed: () => {
      const bytes = Buffer.from(seedText, 'utf8');
      const at = Buffer.from(lines.slice(0, 19).join('\n') + '\n', 'utf8').length + 3; // inside line 20
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]);
    },
    message: () => /^latin\.txt:20: the file is not valid UTF-8 text/mu,
  },
];
const fileNames = ['missing.txt', 'duplicated.txt', 'nounits.txt', 'unknown.txt', 'empty.txt', 'latin.txt'];

// Each case spawns the CLI (a Node process with tsx): allow for a busy machine.
describe('ingest on bad input', { timeout: 30_000 }, () => {
  cases.forEach((c, i) => {
    it(`stops on ${c.name}: exit 1, file:line message, output untouched`, async () => {
      const r = await ingestCli(c.seed(), fileNames[i]!);
      expect(r.code).toBe(1);
      // The message names the seed by its full path (it lies outside the project).
      expect(r.stderr.trim().replace(`${work}/`, '')).toMatch(c.message());
      expect(r.stderr).not.toMatch(/\n\s+at /u); // a message, not a stack trace
      expect(snapshotDir(out)).toEqual(before);
    });
  });
});

describe('ingest on the real seed', () => {
  it('content/plan/ is current (the committed output is what ingest writes)', () => {
    const r = ingest(defaultPaths(root), { check: true, root });
    expect(r.stale).toEqual([]);
  });

  it('is deterministic and reports what a stale directory lacks', () => {
    const paths = { ...defaultPaths(root), out: join(work, 'fresh') };
    const first = ingest(paths, { root });
    expect(first.stale.length).toBe(first.files.size); // everything was missing
    expect(ingest(paths, { check: true, root }).stale).toEqual([]);
    writeFileSync(join(paths.out, 'measures/05.mdx'), 'changed');
    writeFileSync(join(paths.out, 'extra.mdx'), 'extra');
    expect(ingest(paths, { check: true, root }).stale).toEqual(['extra.mdx', 'measures/05.mdx']);
  });
});
