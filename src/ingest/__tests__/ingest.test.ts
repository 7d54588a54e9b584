/**
 * Bad input: `file:line: message` and the output directory unchanged. Cases run in-process through `ingest` on
 * mutated copies of the real seed (fast); one case runs the real CLI, for what only the CLI does (exit code, stderr,
 * no stack trace).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentFiles } from '../content-files.ts';
import { failureMessage, SourceError, UsageError } from '../../domain/errors.ts';
import { defaultPaths, ingest } from '../ingest.ts';
import { realModel, root, seedText } from '../../domain/__tests__/helpers.ts';

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

const lines = seedText.split('\n');
/** 1-based number of the first line starting with `prefix`. */
const lineOf = (prefix: string) => {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
};
const replaceLine = (n: number, f: (l: string) => string) => lines.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');
const without = (...ns: number[]) => lines.filter((_, i) => !ns.includes(i + 1)).join('\n');
const insertAfter = (n: number, text: string) => [...lines.slice(0, n), text, ...lines.slice(n)].join('\n');
const swap = (a: number, b: number) =>
  lines.map((l, i) => (i === a - 1 ? lines[b - 1]! : i === b - 1 ? lines[a - 1]! : l)).join('\n');

/** Run ingest in-process on `seed` into the copy of content/plan/; return the error it stops with. */
function errorOf(seed: Uint8Array | string, name = 'seed.txt'): SourceError {
  const path = join(work, name);
  writeFileSync(path, seed);
  try {
    ingest({ ...defaultPaths(root), seed: path, out }, { root });
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(SourceError);
    expect(snapshotDir(out)).toEqual(before);
    return e as SourceError;
  }
  throw new Error('ingest accepted the text');
}
/** The message without the temp directory, e.g. `seed.txt:21: …`. */
const messageOf = (seed: Uint8Array | string) => errorOf(seed).message.replace(`${work}/`, '');

describe('ingest stops on bad input with file:line and leaves the output untouched', () => {
  it('a missing measure number', () => {
    expect(messageOf(without(lineOf('7. ')))).toBe(
      `seed.txt:${lineOf('8. ') - 1}: measure 7 is missing: measure 6 is followed by measure 8`,
    );
  });
  it('a duplicated measure number', () => {
    expect(messageOf(replaceLine(lineOf('8. '), (l) => l.replace(/^8\./u, '7.')))).toMatch(
      new RegExp(`^seed\\.txt:${lineOf('8. ')}: measure 7 appears twice \\(first on line ${lineOf('7. ')}\\)`, 'u'),
    );
  });
  it('a measure without its unit list', () => {
    expect(messageOf(replaceLine(lineOf('9. '), (l) => l.replace(/\(责任单位:[^)]*<市、区>\)$/u, '')))).toMatch(
      new RegExp(`^seed\\.txt:${lineOf('9. ')}: measure 9 has no responsible-unit list`, 'u'),
    );
  });
  it('an unknown unit name', () => {
    expect(messageOf(replaceLine(lineOf('9. '), (l) => l.replace('、科技局、', '、宇宙开发局、')))).toMatch(
      new RegExp(`^seed\\.txt:${lineOf('9. ')}: .*宇宙开发局.*content/reviewed/units\\.json`, 'u'),
    );
  });
  it('an empty file', () => expect(messageOf('')).toBe('seed.txt:1: the file is empty'));
  it('bytes that are not UTF-8, at their line', () => {
    const bytes = Buffer.from(seedText, 'utf8');
    const at = Buffer.from(`${lines.slice(0, 19).join('\n')}\n`, 'utf8').length + 3; // inside line 20
    const bad = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]);
    expect(messageOf(bad)).toMatch(/^seed\.txt:20: the file is not valid UTF-8 text/u);
  });
  it('a seed file that does not exist', () => {
    expect(() => ingest({ ...defaultPaths(root), seed: join(work, 'nope.txt'), out }, { root })).toThrow(
      /nope\.txt:1: the file does not exist/u,
    );
  });

  it('a bad entry of the unit registry or the overrides, at its own line', () => {
    const registryText = readFileSync(join(root, 'content/reviewed/units.json'), 'utf8');
    const registryLines = registryText.split('\n');
    const at = registryLines.findIndex((l) => l.includes('"id": "finance"')) + 1;
    const registry = join(work, 'units.json');
    writeFileSync(registry, registryText.replace('"id": "finance"', '"id": "Finance"'));
    expect(() => ingest({ ...defaultPaths(root), registry, out }, { root })).toThrow(
      new RegExp(`units\\.json:${at}: invalid unit registry: entry \\d+ \\("Finance"\\)\\.id: `, 'u'),
    );
    const overrides = join(work, 'overrides.json');
    writeFileSync(
      overrides,
      '[\n  { "measure": 1, "statement": "x", "reason": "r", "drop": true },\n  { "measure": 1 }\n]',
    );
    expect(() => ingest({ ...defaultPaths(root), overrides, out }, { root })).toThrow(
      /overrides\.json:3: bad target overrides: 1\.statement: /u,
    );
    expect(snapshotDir(out)).toEqual(before);
  });

  // The cases of the report that led here (issue 11), each by its general rule.
  it('a renumbered safeguard: (二) written as (一)', () => {
    const n = lineOf('(二)加强组织领导');
    expect(messageOf(replaceLine(n, (l) => l.replace('(二)', '(一)')))).toMatch(
      new RegExp(
        `^seed\\.txt:${n}: safeguard \\(一\\) appears twice \\(first on line ${lineOf('(一)提高思想认识')}\\)`,
        'u',
      ),
    );
  });
  it('two task groups with one number', () => {
    const n = lineOf('(三)完善收入分配政策');
    expect(messageOf(replaceLine(n, (l) => l.replace('(三)', '(二)')))).toMatch(
      new RegExp(`^seed\\.txt:${n}: task group \\(二\\) appears twice`, 'u'),
    );
  });
  it('a duplicated section heading', () => {
    const n = lineOf('三 、保障措施');
    expect(messageOf(insertAfter(n, lines[n - 1]!))).toMatch(
      new RegExp(`^seed\\.txt:${n + 1}: section 三、 appears twice \\(first on line ${n}\\)`, 'u'),
    );
  });
  it('a measure line swapped with the safeguards heading', () => {
    const message = messageOf(swap(lineOf('20. '), lineOf('三 、保障措施')));
    expect(message).toMatch(/^seed\.txt:\d+: /u);
    expect(message).toMatch(/measure 20|task group \(七\)/u);
  });
  it('a text cut off inside the last safeguard', () => {
    const text = seedText.trimEnd();
    const message = messageOf(text.slice(0, text.length - 25));
    const last = seedText.trimEnd().split('\n').length;
    expect(message).toMatch(new RegExp(`^seed\\.txt:${last}: .*ends mid-sentence`, 'u'));
  });
  it('a deleted plan-title line (the preamble must not become the title)', () => {
    const n = lineOf('全市居民收入提升行动实施方案');
    expect(messageOf(without(n))).toMatch(new RegExp(`^seed\\.txt:${n}: the plan title is missing`, 'u'));
  });
  it.each([
    ['NUL', '\u0000'],
    ['ESC', '\u001b'],
    ['a C1 control', '\u0085'],
  ])('a %s character, at its line and column', (_, ch) => {
    const n = lineOf('5. ');
    expect(messageOf(replaceLine(n, (l) => `${l.slice(0, 10)}${ch}${l.slice(10)}`))).toMatch(
      new RegExp(`^seed\\.txt:${n}: control character U\\+00[0-9A-F]{2}.* at column 11`, 'u'),
    );
  });
  it.each([
    ['a zero-width space', '\u200b'],
    ['a right-to-left override', '\u202e'],
  ])('%s, at its line and column', (_, ch) => {
    const n = lineOf('6. ');
    expect(messageOf(replaceLine(n, (l) => `${l.slice(0, 4)}${ch}${l.slice(4)}`))).toMatch(
      new RegExp(`^seed\\.txt:${n}: invisible formatting character U\\+20[0-9A-F]{2} \\([A-Z -]+\\) at column 5`, 'u'),
    );
  });
  it.each(['7)', '(7)', '7,', '7 '])('a measure numbered "%s" says what the line looks like', (form) => {
    const n = lineOf('7. ');
    expect(messageOf(replaceLine(n, (l) => l.replace(/^7\.\s*/u, form)))).toBe(
      `seed.txt:${n}: "${form.trim()}" looks like measure 7; measures are written "7."`,
    );
  });
  it('the first measure written "(1)" is named at its own line, not as a numbering gap later', () => {
    const n = lineOf('1.');
    expect(messageOf(replaceLine(n, (l) => l.replace(/^1\./u, '(1)')))).toMatch(
      new RegExp(`^seed\\.txt:${n}: "\\(1\\)突出发…" looks like measure 1; measures are written "1\\."`, 'u'),
    );
  });
  it('text put before a measure number is named at that line', () => {
    const n = lineOf('13. ');
    expect(messageOf(replaceLine(n, (l) => `附:${l}`))).toMatch(
      new RegExp(`^seed\\.txt:${n}: "附:13\\..*" \\(not at the start of the line\\) looks like measure 13`, 'u'),
    );
  });
  it('a unit list with an unknown label says so', () => {
    const n = lineOf('2.');
    expect(messageOf(replaceLine(n, (l) => l.replace('(责任单位:', '(责任:')))).toMatch(
      new RegExp(`^seed\\.txt:${n}: the list "\\(责任:.*" at the end of measure 2 has no known label`, 'u'),
    );
  });
  it('a section heading written "三." says what the line looks like', () => {
    const n = lineOf('三 、保障措施');
    expect(messageOf(replaceLine(n, () => '三.保障措施'))).toBe(
      `seed.txt:${n}: "三." looks like the heading of section 三; sections are written "三、"`,
    );
  });
  it('a 。 typed as "." says so, not that the unit list is missing', () => {
    const n = lineOf('19. ');
    const message = messageOf(replaceLine(n, (l) => l.replace(/。(\(责任单位)/u, '.$1')));
    expect(message).toMatch(new RegExp(`^seed\\.txt:${n}: the text of measure 19 ends with a full stop "\\."`, 'u'));
    expect(message).not.toMatch(/unit list/u);
  });
  it('numbered items under the overall goal have no place: rejected', () => {
    const n = lineOf('一、总体目标');
    expect(messageOf(insertAfter(n + 1, '(一)提高收入。到2027年收入增长。'))).toMatch(
      new RegExp(
        `^seed\\.txt:${n + 2}: numbered item "\\(一\\)" under "一、总体目标", which holds running text only`,
        'u',
      ),
    );
  });
  it('a second safeguards section with items: rejected at its first item', () => {
    const text = `${seedText.trimEnd()}\n四、组织保障\n(一)加强宣传。做好宣传工作。\n`;
    const last = seedText.trimEnd().split('\n').length;
    expect(messageOf(text)).toMatch(
      new RegExp(`^seed\\.txt:${last + 2}: numbered item "\\(一\\)" under "四、组织保障"`, 'u'),
    );
  });
  it('text after a measure’s unit list: rejected, not joined to the measure', () => {
    const n = lineOf('10. ');
    expect(messageOf(insertAfter(n, '补充一句。'))).toMatch(
      new RegExp(`^seed\\.txt:${n + 1}: text after the responsible-unit list of measure 10 \\(line ${n}\\)`, 'u'),
    );
  });
});

// The cases of the second audit of issue 11, each by its general rule, on the real seed.
describe('an item glued onto the end of a line is an error at that line', () => {
  const m20 = lineOf('20. ');
  const s4 = lineOf('(四)加强督查考核');
  it.each([
    [m20, '21.新增措施标题。新增措施正文。(责任单位:市财政局)', '"21.新增措施标题" looks like measure 21'],
    [m20, ' 21. 新增措施标题。新增措施正文。(责任单位:市财政局)', '"21.新增措施标题" looks like measure 21'],
    [s4, '(五)加强宣传。广泛宣传。', '"(五)加强宣传" looks like the heading (五)'],
    [s4, '四、组织实施。各地要认真落实。', '"四、组织实施" looks like section 四、'],
  ])('line %i + %j', (n, glued, what) => {
    expect(messageOf(replaceLine(n, (l) => `${l}${glued}`))).toBe(
      `seed.txt:${n}: ${what} glued to the end of the previous line; start it on its own line`,
    );
  });
  it('two safeguard lines merged into one: at the first', () => {
    const merged = lines.map((l, i) => (i === s4 - 2 ? `${l}${lines[s4 - 1]}` : l)).filter((_, i) => i !== s4 - 1);
    expect(messageOf(merged.join('\n'))).toMatch(
      new RegExp(`^seed\\.txt:${s4 - 1}: "\\(四\\)加强督查考核" looks like the heading \\(四\\) glued`, 'u'),
    );
  });
});

describe('what the build would reject is rejected by ingest, at its line', () => {
  it('a task group or section heading without a title', () => {
    const g1 = lineOf('(一)保持经济稳定增长');
    expect(messageOf(replaceLine(g1, () => '(一)'))).toBe(
      `seed.txt:${g1}: task group (一) has no title; a heading reads "(一)标题" on one line`,
    );
    const s2 = lineOf('二 、主要任务');
    expect(messageOf(replaceLine(s2, () => '二、'))).toMatch(
      new RegExp(`^seed\\.txt:${s2}: section 二、 has no title`, 'u'),
    );
  });
  it('a notice without signatures or addressees', () => {
    expect(messageOf(without(5, 6))).toMatch(/^seed\.txt:5: no signature above the date line/u);
    expect(messageOf(replaceLine(3, () => ':'))).toMatch(/^seed\.txt:3: the addressee line ":" names no addressee/u);
  });
  it('the check reads the frontmatter back as the build does: a title ending in "---" passes', () => {
    const n = lineOf('(三)完善收入分配政策');
    const seed = join(work, 'dashes.txt');
    writeFileSync(
      seed,
      replaceLine(n, (l) => `${l}---`),
    );
    const { model } = ingest({ ...defaultPaths(root), seed, out: join(work, 'dashes-out') }, { root });
    expect(model.plan.groups[2]!.title).toMatch(/---$/u);
  });
  it('an entry the parser let through is stopped by the collection schema, at its part’s line', () => {
    const model = realModel();
    const g = model.plan.groups[0]!;
    const broken = { ...model, plan: { ...model.plan, groups: [{ ...g, title: '' }, ...model.plan.groups.slice(1)] } };
    expect(() => contentFiles(broken, { sourceNotes: [], glossaryTerms: [] })).toThrow(
      new RegExp(
        `^seed\\.txt:${g.line}: the part of the text on this line would be written to groups/1\\.mdx with title not as its collection requires`,
        'u',
      ),
    );
  });
});

describe('characters that corrupt the text are rejected with line and column', () => {
  const m1 = lineOf('1.');
  const column = Array.from(lines[m1 - 1]!.slice(0, lines[m1 - 1]!.indexOf('50万亩'))).length + 2;
  it.each([
    ['\u00ad', 'U+00AD \\(SOFT HYPHEN\\)'],
    ['\u180e', 'U+180E \\(MONGOLIAN VOWEL SEPARATOR\\)'],
    ['\u3164', 'U+3164 \\(HANGUL FILLER\\)'],
    ['\u115f', 'U+115F \\(HANGUL CHOSEONG FILLER\\)'],
    ['\u034f', 'U+034F \\(COMBINING GRAPHEME JOINER\\)'],
    ['\u{e0041}', 'U+E0041 \\(TAG character\\)'],
    ['\u{1d173}', 'U+1D173 \\(MUSICAL SYMBOL format character\\)'],
    ['\ufffe', 'U+FFFE'],
  ])('%j inside 50万亩', (ch, label) => {
    expect(messageOf(replaceLine(m1, (l) => l.replace('50万亩', `5${ch}0万亩`)))).toMatch(
      new RegExp(`^seed\\.txt:${m1}: [a-z ]*${label.replace('+', '\\+')} at column ${column}`, 'u'),
    );
  });
  it.each([' ', '\u3000', '\t'])('whitespace %j inside 50万亩', (space) => {
    expect(messageOf(replaceLine(m1, (l) => l.replace('50万亩', `5${space}0万亩`)))).toBe(
      `seed.txt:${m1}: a space inside the number "5${space}0" (column ${column}); a number is written without spaces — remove it`,
    );
  });
});

describe('messages name the line and what it looks like', () => {
  it.each(['一，', '一．', '一:', '壹、'])('the first section written "%s"', (form) => {
    const n = lineOf('一、总体目标');
    expect(messageOf(replaceLine(n, (l) => l.replace('一、', form)))).toBe(
      `seed.txt:${n}: "${form}" looks like the heading of section 一; sections are written "一、"`,
    );
  });
  it('the first section written "第一部分 总体目标"', () => {
    const n = lineOf('一、总体目标');
    expect(messageOf(replaceLine(n, () => '第一部分 总体目标'))).toBe(
      `seed.txt:${n}: "第一部分" looks like the heading of section 一; sections are written "一、"`,
    );
  });
  it.each(['\u3014一\u3015', '\u3010一\u3011', '\ufe59一\ufe5a'])('task group (一) written %s', (form) => {
    const n = lineOf('(一)保持经济稳定增长');
    expect(messageOf(replaceLine(n, (l) => l.replace('(一)', form)))).toBe(
      `seed.txt:${n}: "${form}" looks like the heading of task group (一); such headings are written "(一)"`,
    );
  });
  it.each(['\u2488', '\u2460', '1\uff61'])('measure 1 numbered %s', (form) => {
    const n = lineOf('1.');
    expect(messageOf(replaceLine(n, (l) => l.replace('1.', form)))).toMatch(
      new RegExp(`^seed\\.txt:${n}: "${form}.*" looks like measure 1; measures are written "1\\."`, 'u'),
    );
  });
  it('a hard-wrapped measure (PDF copy): at its first line that ends mid-sentence', () => {
    const n = lineOf('1.');
    const wrapped = [...lines.slice(0, n - 1), ...lines[n - 1]!.match(/.{1,40}/gu)!, ...lines.slice(n)].join('\n');
    expect(messageOf(wrapped)).toMatch(new RegExp(`^seed\\.txt:${n}: the text of measure 1 ends mid-sentence`, 'u'));
  });
  it.each([
    [
      '<市、区>',
      '\u300a市、区\u300b',
      'writes the brackets inside its name as \u300a\u300b; inside a unit name they are written',
    ],
    ['<市、区>', '[市、区]', 'writes the brackets inside its name as \\[\\]; inside a unit name they are written'],
    ['<市、区>)', '<市、区>等)', 'ends "各县<市、区>等" with 等: a unit list names every unit it means'],
  ])('a unit list with %s written %s', (from, to, what) => {
    const n = lineOf('4. ');
    const message = messageOf(replaceLine(n, (l) => l.replace(from, to)));
    expect(message).toMatch(new RegExp(`^seed\\.txt:${n}: .*${what}`, 'u'));
    expect(message).not.toMatch(/add it to/u);
  });
  it('a 版记 line (抄送) after the last safeguard is not taken as its text', () => {
    const last = seedText.trimEnd().split('\n').length;
    expect(messageOf(`${seedText.trimEnd()}\n抄送:自治区党委办公厅。\n`)).toMatch(
      new RegExp(`^seed\\.txt:${last + 1}: "抄送:自治区党委办公厅。" is the 版记 of the printed notice`, 'u'),
    );
  });
  it.each(['二〇二三年三月三日', '2023-03-03'])('a date written %s: at its line', (d) => {
    expect(messageOf(replaceLine(7, () => d))).toMatch(
      new RegExp(`^seed\\.txt:7: "${d}" stands where the notice's date should be`, 'u'),
    );
  });
});

describe('text the model has a place for is kept and written', () => {
  it('a date with spaces between its parts', () => {
    const seed = join(work, 'date-spaces.txt');
    writeFileSync(
      seed,
      replaceLine(7, () => '2023 年 3 月 3 日'),
    );
    const { model } = ingest({ ...defaultPaths(root), seed, out: join(work, 'date-spaces-out') }, { root });
    expect(model.notice.date.iso).toBe('2023-03-03');
  });
  it('a sentence between a group heading and its first measure stays with the group', () => {
    const n = lineOf('(二)强化就业优先政策');
    const seed = join(work, 'group-text.txt');
    writeFileSync(seed, insertAfter(n, '稳就业是增收的基础。'));
    const fresh = join(work, 'group-text-out');
    const { model, files } = ingest({ ...defaultPaths(root), seed, out: fresh }, { root });
    expect(model.plan.groups[1]!.paragraphs).toEqual([{ text: '稳就业是增收的基础。', line: n + 1 }]);
    expect(files.get('groups/2.mdx')).toMatch(/\n稳就业是增收的基础。\n$/u);
    expect(readFileSync(join(fresh, 'groups/2.mdx'), 'utf8')).toBe(files.get('groups/2.mdx'));
  });
  it('a sentence under a section heading stays with the section', () => {
    const n = lineOf('二 、主要任务');
    const seed = join(work, 'section-text.txt');
    writeFileSync(seed, insertAfter(n, '各地要抓好落实。'));
    const { model } = ingest({ ...defaultPaths(root), seed, out: join(work, 'section-text-out') }, { root });
    expect(model.plan.sections[1]!.paragraphs.map((p) => p.text)).toEqual(['各地要抓好落实。']);
  });
});

describe('two outputs to one path', () => {
  it('is an error at the second part’s line, never a silent overwrite', () => {
    const model = realModel();
    const [g1, g2] = model.plan.groups;
    const clash = { ...model, plan: { ...model.plan, groups: [g1!, { ...g2!, number: g1!.number }] } };
    expect(() => contentFiles(clash, { sourceNotes: [], glossaryTerms: [] })).toThrow(
      new SourceError(
        'seed.txt',
        g2!.line,
        `this part of the text would be written to groups/1.mdx, which already holds the part on line ${g1!.line}; check the numbering`,
      ),
    );
  });
});

describe('failures that are not the text’s fault', () => {
  it('are one line without a stack trace; the stack only with --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const message = failureMessage(bug);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^internal error \(not a problem in your text\): Cannot read properties.*--debug/u);
    expect(failureMessage(bug, { debug: true })).toMatch(/\n\s+at /u);
    expect(failureMessage(new SourceError('a.txt', 3, 'bad'))).toBe('a.txt:3: bad');
  });
});

describe('the output directory', () => {
  const seed = join(root, 'seeds/wuzhong-income-plan-2023-2027.txt');
  it('a file given as --out is a one-line usage error, not an internal error', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    expect(() => ingest({ ...defaultPaths(root), seed, out: file }, { root })).toThrow(
      new UsageError(`${file} is a file, not a directory; give --out the directory to write the plan's content to`),
    );
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
  it('a directory that is not an ingest output is never replaced', () => {
    const dir = join(work, 'unrelated');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep');
    expect(() => ingest({ ...defaultPaths(root), seed, out: dir }, { root })).toThrow(
      /unrelated holds "notes\.txt", which ingest does not write: it is not an ingest output/u,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    // Comparing only (--check) reads it and reports it stale.
    expect(ingest({ ...defaultPaths(root), seed, out: dir }, { check: true, root }).stale).toContain('notes.txt');
  });
  it('an empty or missing directory is written', () => {
    const dir = join(work, 'empty-out');
    mkdirSync(dir);
    expect(ingest({ ...defaultPaths(root), seed, out: dir }, { root }).stale.length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual([
      'document',
      'groups',
      'measures',
      'safeguards',
      'sections',
      'targets.json',
    ]);
  });
});

// One run of the real CLI (a Node process with tsx): allow for a busy machine.
describe('the CLI on bad input', { timeout: 30_000 }, () => {
  it('exits 1 with the file:line message on stderr, no stack trace, output untouched', async () => {
    const seed = join(work, 'cli.txt');
    writeFileSync(seed, without(lineOf('7. ')));
    const r = await run(tsx, ['src/ingest/cli.ts', '--seed', seed, '--out', out], { cwd: root }).then(
      (x) => ({ code: 0, stderr: x.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${seed}:${lineOf('8. ') - 1}: measure 7 is missing: measure 6 is followed by measure 8`,
    );
    expect(snapshotDir(out)).toEqual(before);
  });
  it('--out naming a file: one line, exit 1, no internal error', async () => {
    const file = join(work, 'cli-file');
    writeFileSync(file, 'x');
    const r = await run(tsx, ['src/ingest/cli.ts', '--out', file], { cwd: root }).then(
      (x) => ({ code: 0, stderr: x.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${file} is a file, not a directory; give --out the directory to write the plan's content to`,
    );
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
