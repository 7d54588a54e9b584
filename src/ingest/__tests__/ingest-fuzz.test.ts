/**
 * Fuzz: seeded mutations of the real seed (line deletions, duplications, swaps, truncation, punctuation width,
 * renumbering, unit lists, injected strings, encodings), each run in-process through `ingest` into a temp directory.
 * Every mutant must end one of two ways:
 * - success: every sentence of the mutant is in the written output, the output holds as many sections, task
 *   groups + safeguards and measures as the mutant has headings of each level (a heading glued onto the end of a line
 *   counts), every written entry satisfies its collection's schema (what the build checks), and a mutant that only
 *   hides characters inside the text has the seed's targets;
 * - a clean `SourceError` (`file:line: message`, the line inside the file, and the line the mutation touched when
 *   the mutant names it) with nothing written.
 * Deterministic (fixed PRNG seed), so a failure names a mutant that can be replayed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../domain/errors.ts';
import { defaultPaths, ingest } from '../ingest.ts';
import { foldWidth, normalizeText, stripWhitespace, widenPunctuation } from '../../domain/text/text.ts';
import { flatStrings, realModel, root, seedText } from '../../domain/__tests__/helpers.ts';
import { schemaOfPath } from '../../domain/plan-collections.ts';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE = [
  'http://evil.example/x<img src="x" onerror="alert(1)" />',
  '<script src="https://evil.example/x.js"></script>',
  '{alert(1)}',
  '<!-- 注释',
  '<Target id="t-1-1">假目标</Target>',
  'www.example.cn',
  '3~5年和6~8年',
  '"引号"与\'单引号\'',
  '-- 和 ... 和 ---',
  '*强调*_下划线_',
  '[链接](http://x.cn)',
  '&amp;&lt;',
  '\\',
];
const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u200b', '\u202e'];
/** Characters that are invisible or not text: format characters, fillers, joiners, tags, noncharacters. */
const INVISIBLE = [
  '\u00ad',
  '\u034f',
  '\u115f',
  '\u180e',
  '\u200d',
  '\u2062',
  '\u2066',
  '\u3164',
  '\ufeff',
  '\uffa0',
  '\ufffe',
  '\u{e0041}',
  '\u{1d173}',
];
/** Items of every level, as they might be glued onto the end of a line. */
const GLUED = [
  '21.新增措施标题。新增措施正文。(责任单位:市财政局)',
  ' 21. 新增措施。正文。',
  '(五)加强宣传。广泛宣传。',
  '(八)新的分组',
  '四、组织实施。各地要认真落实。',
  '(1)第一项。',
  '\uff081\uff09第一项。',
];
const UNKNOWN_UNIT = '宇宙开发局';

const measureLine = /^\s*\d{1,3}\s*[.\uff0e]/u;
const headingLike =
  /^\s*(?:[一二三四五六七八九十]+\s*、|[(\uff08][一二三四五六七八九十]+[)\uff09]|\d{1,3}\s*[.\uff0e](?!\d))/u;

type Mutant = {
  name: string;
  bytes: Buffer | string;
  /** The lines (1-based) an error must point at, when the mutation decides it. */
  at?: number[];
  /** Accepted only with the seed's targets: the mutation hides characters, it does not change the text. */
  sameTargets?: boolean;
  /** Must be rejected: the mutation puts in something an official text never holds. */
  reject?: boolean;
};
type Mutator = (lines: string[], rng: Rng) => Mutant;

const join_ = (ls: string[]) => ls.join('\n');
const lineIndex = (lines: string[], rng: Rng, test: (l: string) => boolean = (l) => l.trim() !== '') => {
  const candidates = lines.map((l, i) => (test(l) ? i : -1)).filter((i) => i >= 0);
  return rng.pick(candidates);
};

const MUTATORS: Record<string, Mutator> = {
  deleteLine(lines, rng) {
    const i = lineIndex(lines, rng);
    return { name: `delete line ${i + 1}`, bytes: join_(lines.filter((_, j) => j !== i)) };
  },
  duplicateLine(lines, rng) {
    const i = lineIndex(lines, rng);
    return {
      name: `duplicate line ${i + 1}`,
      bytes: join_([...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]),
    };
  },
  swapLines(lines, rng) {
    const i = lineIndex(lines, rng);
    const j = rng.next() < 0.5 ? Math.min(i + 1, lines.length - 1) : lineIndex(lines, rng);
    const out = [...lines];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return { name: `swap lines ${i + 1} and ${j + 1}`, bytes: join_(out) };
  },
  truncate(lines, rng) {
    const text = join_(lines);
    // Mostly inside the last quarter (measures, safeguards), where a cut can look like a finished text.
    const at = Math.floor(text.length * (0.85 + rng.next() * 0.15));
    return { name: `truncate at ${at}`, bytes: text.slice(0, at) };
  },
  widenOneChar(lines, rng) {
    if (rng.next() < 0.25) {
      const i = lineIndex(lines, rng);
      // Punctuation and digits: an official text may set its numbers full width too (２０万元).
      const widen = (l: string) =>
        widenPunctuation(l).replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      return { name: `widen line ${i + 1}`, bytes: join_(lines.map((l, j) => (j === i ? widen(l) : l))) };
    }
    const text = join_(lines);
    const spots = [...text.matchAll(/[(),:;<>%+.0-9-]/gu)].map((m) => m.index);
    const at = rng.pick(spots);
    const wide = String.fromCharCode(text.charCodeAt(at) + 0xfee0);
    return { name: `widen char ${at} (${text[at]})`, bytes: text.slice(0, at) + wide + text.slice(at + 1) };
  },
  narrowPeriod(lines, rng) {
    const text = join_(lines);
    const at = rng.pick([...text.matchAll(/。/gu)].map((m) => m.index));
    return { name: `。 at ${at} → .`, bytes: `${text.slice(0, at)}.${text.slice(at + 1)}` };
  },
  renumber(lines, rng) {
    const i = lineIndex(lines, rng, (l) => headingLike.test(l));
    const line = lines[i]!;
    const changed = measureLine.test(line)
      ? line.replace(/\d+/u, (d) => String(Math.max(1, Number(d) + rng.pick([-1, 1, 2]))))
      : line.replace(/[一二三四五六七]/u, (c) => rng.pick([...'一二三四五六七八'].filter((x) => x !== c)));
    return { name: `renumber line ${i + 1}`, bytes: join_(lines.map((l, j) => (j === i ? changed : l))) };
  },
  markerForm(lines, rng) {
    const i = lineIndex(lines, rng, (l) => measureLine.test(l));
    const form = rng.pick(['$1)', '($1)', '$1,', '$1 ']);
    const changed = lines[i]!.replace(/^(\d+)\s*\.\s*/u, form);
    return {
      name: `measure marker form ${form} on line ${i + 1}`,
      bytes: join_(lines.map((l, j) => (j === i ? changed : l))),
    };
  },
  unitList(lines, rng) {
    const i = lineIndex(lines, rng, (l) => /\(责任单位:/u.test(l));
    const edits: [string, (l: string) => string][] = [
      ['drop closing paren', (l) => l.replace(/\)$/u, '')],
      ['label 责任', (l) => l.replace('(责任单位:', '(责任:')],
      ['unknown unit', (l) => l.replace(/(\(责任单位:[^、,)]+)、[^、,)]+/u, `$1、${UNKNOWN_UNIT}`)],
      ['drop the list', (l) => l.replace(/\(责任单位:.*\)$/u, '')],
      ['empty item', (l) => l.replace('(责任单位:', '(责任单位:、')],
      ['repeat a unit', (l) => l.replace(/(\(责任单位:([^、,)]+))/u, '$1、$2')],
      ['text after the list', (l) => `${l}此外。`],
      ['list ends in 等', (l) => l.replace(/\)$/u, '等)')],
      [
        'brackets inside a name',
        (l) => l.replace('<市、区>', rng.pick(['\u300a市、区\u300b', '[市、区]', '\u3014市、区\u3015', '(市、区)'])),
      ],
      [
        'full-width list',
        (l) =>
          l.replace(/\(责任单位:.*\)$/u, (u) =>
            u.replace(/[(),:]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
          ),
      ],
    ];
    const [name, edit] = rng.pick(edits);
    return { name: `unit list: ${name} on line ${i + 1}`, bytes: join_(lines.map((l, j) => (j === i ? edit(l) : l))) };
  },
  inject(lines, rng) {
    const i = lineIndex(lines, rng, (l) => /。/u.test(l));
    const s = rng.next() < 0.2 ? rng.pick(CONTROL) : rng.pick(HOSTILE);
    const line = lines[i]!;
    const at = line.indexOf('。') + 1;
    const changed = rng.next() < 0.3 ? `${s}${line}` : `${line.slice(0, at)}${s}${line.slice(at)}`;
    return {
      name: `inject ${JSON.stringify(s)} on line ${i + 1}`,
      bytes: join_(lines.map((l, j) => (j === i ? changed : l))),
    };
  },
  insertLine(lines, rng) {
    const i = lineIndex(lines, rng);
    const s = rng.pick([
      ...HOSTILE.map((h) => `${h}。`),
      '补充说明一句话。',
      '(八)新的分组',
      '21.新的措施。正文。',
      '四、组织实施',
    ]);
    return {
      name: `insert ${JSON.stringify(s)} after line ${i + 1}`,
      bytes: join_([...lines.slice(0, i + 1), s, ...lines.slice(i + 1)]),
    };
  },
  glue(lines, rng) {
    // Onto a line that ends a sentence or a unit list: the next line, or an item of any level. Half of the time onto
    // the last line of the file or of the last measure, where nothing after it would show the numbering is off.
    const ends = lines.map((l, j) => (/[。)]$/u.test(l) ? j : -1)).filter((j) => j >= 0);
    const lastMeasure = lines.findLastIndex((l) => measureLine.test(l));
    const i = rng.next() < 0.5 ? rng.pick([ends.at(-1)!, lastMeasure]) : rng.pick(ends);
    if (rng.next() < 0.5 && lines[i + 1]?.trim())
      return {
        name: `merge lines ${i + 1} and ${i + 2}`,
        bytes: join_([...lines.slice(0, i), lines[i]! + lines[i + 1]!, ...lines.slice(i + 2)]),
      };
    const s = rng.pick(GLUED);
    return {
      name: `glue ${JSON.stringify(s)} onto line ${i + 1}`,
      bytes: join_(lines.map((l, j) => (j === i ? `${l}${s}` : l))),
      at: [i + 1],
    };
  },
  hideCharacter(lines, rng) {
    // Mostly inside a number, where it would split the figure.
    const i = lineIndex(lines, rng, (l) => /\d\d/u.test(l));
    const line = lines[i]!;
    const at =
      rng.next() < 0.7 ? rng.pick([...line.matchAll(/\d(?=\d)/gu)].map((m) => m.index + 1)) : rng.int(line.length);
    const ch = rng.next() < 0.3 ? rng.pick([' ', '\u3000', '\t', '\u00a0']) : rng.pick(INVISIBLE);
    const inNumber = /\d/u.test(line[at - 1] ?? '') && /\d/u.test(line[at] ?? '');
    return {
      name: `hide ${JSON.stringify(ch)} at ${at} of line ${i + 1}`,
      bytes: join_(lines.map((l, j) => (j === i ? `${l.slice(0, at)}${ch}${l.slice(at)}` : l))),
      // Whitespace is an error only inside a number; elsewhere it is collapsed like any other.
      at: INVISIBLE.includes(ch) || inNumber ? [i + 1] : undefined,
      reject: INVISIBLE.includes(ch) || inNumber,
      sameTargets: true,
    };
  },
  headingForm(lines, rng) {
    // A heading written another way (other brackets, one-character numbers, other punctuation), or without its title.
    const i = lineIndex(lines, rng, (l) => headingLike.test(l));
    const line = lines[i]!;
    const marker = headingLike.exec(line)![0];
    const rest = line.slice(marker.length);
    const n = /\d+/u.exec(marker)?.[0];
    const numeral = /[一二三四五六七八九十]+/u.exec(marker)?.[0] ?? '';
    const forms = n
      ? [String.fromCharCode(0x2487 + Number(n)), String.fromCharCode(0x245f + Number(n)), `${n}\uff61`, `${n}\u3002`]
      : /^\s*[(\uff08]/u.test(marker)
        ? [`\u3014${numeral}\u3015`, `\u3010${numeral}\u3011`, `\ufe59${numeral}\ufe5a`, `[${numeral}]`, `${numeral})`]
        : [
            `${numeral}\uff0c`,
            `${numeral}\uff0e`,
            `${numeral}:`,
            `第${numeral}部分`,
            ...(numeral === '一' ? ['壹、'] : []),
          ];
    const changed = rng.next() < 0.2 ? marker.trim() : `${rng.pick(forms)}${rest}`;
    return {
      name: `heading ${JSON.stringify(changed.slice(0, 5))} on line ${i + 1}`,
      bytes: join_(lines.map((l, j) => (j === i ? changed : l))),
      at: [i + 1],
      reject: true,
    };
  },
  hardWrap(lines, rng) {
    const i = lineIndex(lines, rng, (l) => l.length > 120);
    const width = 30 + rng.int(30);
    const wrapped = lines[i]!.match(new RegExp(`.{1,${width}}`, 'gu'))!;
    return {
      name: `hard-wrap line ${i + 1} at ${width}`,
      bytes: join_([...lines.slice(0, i), ...wrapped, ...lines.slice(i + 1)]),
    };
  },
  imprint(lines, rng) {
    const s = rng.pick(['抄送:自治区党委办公厅。', '吴忠市委办公室 2023年3月3日印发', '\u6284\u9001\uff1a市纪委。']);
    const text = join_(lines).trimEnd();
    return {
      name: `版记 ${JSON.stringify(s)} at the end`,
      bytes: `${text}\n${s}\n`,
      at: [text.split('\n').length + 1],
    };
  },
  encoding(lines, rng) {
    const text = join_(lines);
    const kind = rng.pick(['bom', 'crlf', 'cr', 'bom+crlf', 'invalid', 'latin1']);
    if (kind === 'bom') return { name: 'BOM', bytes: `\uFEFF${text}` };
    if (kind === 'crlf') return { name: 'CRLF', bytes: text.replace(/\n/gu, '\r\n') };
    if (kind === 'cr') return { name: 'CR', bytes: text.replace(/\n/gu, '\r') };
    if (kind === 'bom+crlf') return { name: 'BOM+CRLF', bytes: `\uFEFF${text.replace(/\n/gu, '\r\n')}` };
    const bytes = Buffer.from(text, 'utf8');
    if (kind === 'latin1') return { name: 'GB/latin1 bytes', bytes: Buffer.from(text, 'latin1') };
    const at = rng.int(bytes.length);
    return {
      name: `invalid byte at ${at}`,
      bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
    };
  },
};

// --- independent reading of a mutant (no parser code): its sentences and its heading lines -----------------------

function decode(bytes: Buffer | string): string {
  return (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).replace(/^\uFEFF/u, '');
}
const textLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/u)
    .map(normalizeText)
    .filter(Boolean);
const L1 = /^[一二三四五六七八九十]+\s*、/u;
const L2 = /^\(\s*[一二三四五六七八九十]+\s*\)/u;
const L3 = /^\d{1,3}\s*[.、](?!\d)/u;
/** The same heading forms glued onto the end of a line: after 。 or the ) that closes a unit list. */
const glued = (re: RegExp) => new RegExp(`[\u3002)]\\s*(?:${re.source.slice(1)})`, 'gu');
const G1 = glued(L1);
const G2 = glued(L2);
const G3 = glued(L3);
function headingCounts(lines: string[]) {
  const f = lines.map(foldWidth);
  const count = (start: RegExp, inside: RegExp) =>
    f.filter((l) => start.test(l)).length + f.reduce((n, l) => n + [...l.matchAll(inside)].length, 0);
  return { l1: count(L1, G1), l2: count(L2, G2), l3: count(L3, G3) };
}
/** The sentences a reader must find: heading markers and the addressee colon are re-made by pages, not copied. */
function sentencesOf(lines: string[]): string[] {
  return lines
    .map((l) => {
      const f = foldWidth(l);
      const m = L1.exec(f) ?? L2.exec(f) ?? L3.exec(f);
      const rest = m ? l.slice(m[0].length) : l;
      return stripWhitespace(/:$/u.test(foldWidth(rest)) ? rest.slice(0, -1) : rest);
    })
    .flatMap((l) => l.split(/(?<=。)/u))
    .map((s) => s.replace(/。$/u, ''))
    .filter(Boolean);
}

const parser = unified().use(remarkParse).use(remarkMdx);
/** Everything the written directory says, as one whitespace-free string. */
function writtenText(dir: string): string {
  const parts: string[] = [];
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.mdx')) continue;
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(join(dir, f), 'utf8'))!;
    parts.push(...flatStrings(load(m[1]!)), toString(parser.parse(m[2])));
  }
  return stripWhitespace(parts.join('\n'));
}
/** Each written entry against its collection's schema, read back as the build reads it: the problems. */
function schemaProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const expected = schemaOfPath(f);
    if (!expected) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    const data: unknown = f.endsWith('.json') ? JSON.parse(text) : load(/^---\n([\s\S]*?\n)---\n/u.exec(text)![1]!);
    for (const record of expected.array ? (data as unknown[]) : [data]) {
      const r = expected.schema.safeParse(record);
      if (!r.success) problems.push(`${f}: ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`);
    }
  }
  return problems;
}
const targetKey = (m: { plan: { targets: { id: string; value: number; unit: string }[] } }) =>
  JSON.stringify(m.plan.targets.map((t) => [t.id, t.value, foldWidth(t.unit)]));
const seedTargets = targetKey(realModel());

const countFiles = (dir: string, sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).length : 0);

// --- the run ------------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'ingest-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** A file ingest would write, so that the directory counts as an ingest output (a foreign file makes ingest refuse). */
const SENTINEL = 'targets.json';
function freshOut(): string {
  const out = join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, SENTINEL), 'before');
  return out;
}

const seedLines = seedText.split('\n');
const PER_MUTATOR = 8;
const rng = prng(20230303);
const mutants: Mutant[] = Object.values(MUTATORS).flatMap((m) =>
  Array.from({ length: PER_MUTATOR }, () => m(seedLines, rng)),
);
// A few double mutations: errors must still be clean when two things are wrong at once.
const keys = Object.keys(MUTATORS);
for (let i = 0; i < 10; i++) {
  const a = MUTATORS[rng.pick(keys)]!(seedLines, rng);
  if (typeof a.bytes !== 'string') continue;
  const b = MUTATORS[rng.pick(keys)]!(a.bytes.split('\n'), rng);
  mutants.push({ name: `${a.name}, then ${b.name}`, bytes: b.bytes });
}

describe('ingest on seeded mutations of the seed', () => {
  const outcomes = { ok: 0, rejected: 0 };
  it(
    `ends each of ${mutants.length} mutants in success with every sentence kept, or a clean file:line error`,
    { timeout: 30_000 },
    () => {
      const problems: string[] = [];
      for (const [n, mutant] of mutants.entries()) {
        const seed = join(work, `mutant-${n}.txt`);
        writeFileSync(seed, mutant.bytes);
        const out = freshOut();
        const paths = { ...defaultPaths(root), seed, out };
        const label = `#${n} ${mutant.name}`;
        let result: ReturnType<typeof ingest> | undefined;
        try {
          result = ingest(paths, { root });
        } catch (e) {
          outcomes.rejected++;
          if (process.env.FUZZ_LOG) console.log(label, '=>', String(e).slice(0, 200));
          const lineCount = decode(mutant.bytes).split(/\r\n|\r|\n/u).length;
          if (!(e instanceof SourceError)) problems.push(`${label}: crashed: ${String(e)}`);
          else if (e.file !== seed || e.line < 1 || e.line > lineCount || !e.detail)
            problems.push(`${label}: error without a proper place: ${e.message}`);
          else if (mutant.at && !mutant.at.includes(e.line))
            problems.push(`${label}: error at line ${e.line}, not at ${mutant.at.join(' or ')}: ${e.detail}`);
          const left = readdirSync(out);
          if (left.join() !== SENTINEL || readFileSync(join(out, SENTINEL), 'utf8') !== 'before')
            problems.push(`${label}: output touched on error: ${left.join(', ')}`);
          if (readdirSync(dirname(out)).some((f) => f.startsWith('out.')))
            problems.push(`${label}: a temporary directory was left behind`);
          continue;
        }
        outcomes.ok++;
        if (process.env.FUZZ_LOG) console.log(label, '=> OK');
        if (mutant.reject) problems.push(`${label}: accepted, but no official text holds what it put in`);
        const lines = textLines(decode(mutant.bytes));
        const haystack = writtenText(out);
        const missing = sentencesOf(lines).filter((s) => !haystack.includes(s));
        if (missing.length) problems.push(`${label}: accepted but lost ${JSON.stringify(missing.slice(0, 2))}`);
        const counts = headingCounts(lines);
        const { plan } = result.model;
        const found = {
          l1: plan.sections.length,
          l2: plan.groups.length + plan.safeguards.length,
          l3: plan.measures.length,
        };
        if (JSON.stringify(found) !== JSON.stringify(counts))
          problems.push(`${label}: accepted with ${JSON.stringify(found)} headings for ${JSON.stringify(counts)}`);
        const files = {
          l1: countFiles(out, 'sections'),
          l2: countFiles(out, 'groups') + countFiles(out, 'safeguards'),
          l3: countFiles(out, 'measures'),
        };
        if (JSON.stringify(files) !== JSON.stringify(counts))
          problems.push(`${label}: wrote ${JSON.stringify(files)} files for ${JSON.stringify(counts)}`);
        const invalid = schemaProblems(out);
        if (invalid.length)
          problems.push(`${label}: wrote entries the build rejects: ${invalid.slice(0, 2).join('; ')}`);
        if (mutant.sameTargets && targetKey(result.model) !== seedTargets)
          problems.push(`${label}: accepted with targets other than the seed's`);
      }
      expect(problems).toEqual([]);
      // The mutations really exercise both outcomes.
      expect(outcomes.ok).toBeGreaterThan(10);
      expect(outcomes.rejected).toBeGreaterThan(mutants.length / 3);
    },
  );
});
