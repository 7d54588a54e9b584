import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, splitTrailingUnitList } from '../parse/parse-plan.ts';
import { foldWidth, widenPunctuation } from '../text/text.ts';
import type { PlanModel } from '../model.ts';
import {
  fixture,
  qingshanRegistry,
  qingshanText,
  realModel,
  realOverrides,
  realRegistry,
  seedText,
  sourceErrorOf,
} from './helpers.ts';

const model = realModel();
const { plan, notice } = model;

/** Independent reading of the seed: each measure line `N.title。…(责任单位:…)`. */
const measureLines = seedText
  .split('\n')
  .map((l, i) => ({ l, line: i + 1, m: /^(\d+)\.\s*([^。]+)。/u.exec(l) }))
  .filter((x) => x.m);

describe('the real seed: the notice', () => {
  it('reads issuers, title, addressees, signatories and date', () => {
    expect(notice.issuers).toEqual(['吴忠市委办公室', '人民政府办公室']);
    expect(notice.title).toBe('关于印发《全市居民收入提升行动实施方案(2023-2027年)》的通知');
    expect(notice.addressees).toMatch(/^各县\(市、区\)党委和人民政府,.*区属驻吴单位$/u);
    expect(notice.body).toHaveLength(1);
    expect(notice.body[0]!.text).toMatch(/^《全市居民收入提升行动实施方案\(2023-2027年\)》已经市委和人民政府同意/u);
    expect(notice.signatories).toEqual(['中共吴忠市委员会办公室', '吴忠市人民政府办公室']);
    expect(notice.date).toEqual({ text: '2023年3月3日', iso: '2023-03-03', line: 7 });
  });
});

describe('the real seed: the plan', () => {
  // A period is typed many ways (a dash of another kind, a doubled dash, 至): the title stays as written, the period is
  // read alike, and the notice title (2023-2027年) still names the same plan.
  it.each(['\u2015', '\u2014\u2014', '\u2500', '--', '\u81F3', '\uFF5E', '\u2013'])(
    'reads the period when the plan title joins the years with “%s”',
    (joiner) => {
      const text = seedText.replace('方案(2023\u20142027年)\n', `方案(2023${joiner}2027年)\n`);
      expect(text).not.toBe(seedText);
      const other = parsePlan(text, { file: 'seed.txt', registry: realRegistry(), overrides: realOverrides() }).plan;
      expect(other.title).toBe(`全市居民收入提升行动实施方案(2023${joiner}2027年)`);
      expect(other.period).toEqual({ start: 2023, end: 2027 });
    },
  );
  it('has its title, period, preamble and three sections', () => {
    expect(plan.title).toBe('全市居民收入提升行动实施方案(2023—2027年)');
    expect(plan.period).toEqual({ start: 2023, end: 2027 });
    expect(plan.preamble).toHaveLength(1);
    expect(plan.preamble[0]!.text).toContain('<全区居民收入提升行动实施方案(2022-2027年)>');
    expect(plan.sections.map((s) => `${s.marker}${s.title}`)).toEqual(['一、总体目标', '二、主要任务', '三、保障措施']);
    expect([plan.goalSection, plan.tasksSection, plan.safeguardsSection]).toEqual([1, 2, 3]);
    expect(plan.sections[0]!.paragraphs[0]!.text).toMatch(
      /^到2027年,全市居民人均可支配收入年均增速高于全国、全区平均水平/u,
    );
  });

  it('has 7 task groups holding measures 1–20', () => {
    expect(plan.groups.map((g) => g.measures)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
      [8, 9, 10],
      [11],
      [12, 13],
      [14, 15, 16, 17, 18, 19],
      [20],
    ]);
    expect(plan.groups[0]!.title).toBe('保持经济稳定增长,夯实居民增收基础');
    expect(plan.groups[6]!.title).toBe('鼓励支持创新措施,着力提高增收质效');
  });

  it('gives every measure the title the text gives it (checked against an independent reading)', () => {
    expect(measureLines).toHaveLength(20);
    expect(plan.measures.map((m) => [m.number, m.title, m.line])).toEqual(
      measureLines.map((x) => [Number(x.m![1]), x.m![2]!.replace(/\s/gu, ''), x.line]),
    );
    expect(plan.measures[19]!.title).toBe('积极创新“19+N”增收措施');
  });

  it("keeps each measure marker and title mark as written, and the addressee line's colon", () => {
    expect(plan.measures.map((m) => m.marker)).toEqual(
      measureLines.map((x) => /^\d+\./u.exec(x.l)![0]), // the seed writes 1. … 20.
    );
    expect(new Set(plan.measures.map((m) => m.titleEnd))).toEqual(new Set(['。']));
    expect(new Set(plan.safeguards.map((s) => s.titleEnd))).toEqual(new Set(['。']));
    expect(notice.addresseesColon).toBe(seedText.split('\n')[2]!.trim().slice(-1));
  });

  it('keeps the body apart from the title and the unit list, with stray spaces gone and typos kept', () => {
    const m4 = plan.measures[3]!;
    expect(m4.paragraphs[0]!.text).toMatch(/^发挥扩大消费的基础性作用/u);
    expect(m4.paragraphs[0]!.text).toContain('具有吴忠文化标识的特色菜品');
    expect(m4.paragraphs[0]!.text).toContain('餐饮、休闲、娱乐');
    expect(m4.unitsText).toBe(
      '(责任单位:市商务和投资促进局、发展改革委、财政局、文化旅游体育广电局、市场监督管理局,吴忠邮政管理局,各县<市、区>)',
    );
    expect(plan.measures[19]!.paragraphs[0]!.text).toContain('“旅游十”');
    expect(plan.measures[17]!.paragraphs[0]!.text).toContain('向“三农”领聚集农村发展动能');
    for (const m of plan.measures) {
      expect(m.paragraphs.map((p) => p.text).join('')).not.toMatch(/责任单位/u);
      expect(m.unitsText).toMatch(/^\(责任单位:.+\)$/u);
    }
  });

  it('marks the first-listed unit as lead', () => {
    for (const m of plan.measures) {
      expect(m.roleBasis).toBe('listed-first');
      expect(m.units.map((u) => u.role)).toEqual(m.units.map((_, i) => (i === 0 ? 'lead' : 'joint')));
    }
    expect(plan.measures[4]!.units[0]!.id).toBe(plan.measures[5]!.units[0]!.id); // both 市人力资源和社会保障局
  });

  it('reads the four safeguards with the units they name', () => {
    expect(plan.safeguards.map((s) => `${s.marker}${s.title}`)).toEqual([
      '(一)提高思想认识',
      '(二)加强组织领导',
      '(三)加强预警监测',
      '(四)加强督查考核',
    ]);
    expect(plan.safeguards[0]!.units).toEqual([]);
    expect(plan.safeguards[2]!.units.map((u) => u.mention)).toContain('吴忠调查队');
  });

  it('links every measure to its targets', () => {
    expect(plan.measures.flatMap((m) => m.targets)).toEqual(plan.targets.map((t) => t.id));
  });
});

/** The made-up plan is typed with full-width punctuation (（）：，；), as most official texts are. */
const fw = (s: string) => s.replace(/[(),:;]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('another plan of the same genre', () => {
  const registry = qingshanRegistry();
  const other = parsePlan(readFileSync(fixture('qingshan-plan.txt'), 'utf8'), { file: 'qingshan.txt', registry });

  it('reads its notice and plan', () => {
    expect(other.notice.issuers).toEqual(['青山市委办公室', '市人民政府办公室']);
    expect(other.notice.date.iso).toBe('2024-01-15');
    expect(other.plan.period).toEqual({ start: 2024, end: 2026 });
    expect(other.plan.sections.map((s) => s.title)).toEqual(['总体目标', '重点任务', '保障措施']);
  });

  it('reads 牵头单位/配合单位 lists with explicit roles', () => {
    const [m1, m2, m3] = other.plan.measures;
    expect(m1!.roleBasis).toBe('explicit');
    expect(m1!.units.map((u) => [u.id, u.role])).toEqual([
      ['agriculture', 'lead'],
      ['finance', 'joint'],
      ['counties', 'joint'],
    ]);
    expect(m2!.units.map((u) => [u.id, u.role])).toEqual([
      ['tourism', 'lead'],
      ['agriculture', 'joint'],
    ]);
    expect(m3!.roleBasis).toBe('listed-first');
    expect(m3!.units.map((u) => u.id)).toEqual(['hrss', 'finance']);
  });

  it('keeps a (1) level as paragraphs of its measure', () => {
    const m2 = other.plan.measures[1]!;
    expect(m2.title).toBe('发展乡村旅游');
    expect(m2.paragraphs.map((p) => p.text)).toEqual([
      fw('(1)建设一批旅游重点村,每年新增5个。'),
      fw('(2)对符合条件的民宿最高给予10万元奖补。'),
    ]);
    expect(m2.paragraphs.map((p) => p.line)).toEqual([16, 17]);
  });

  it('reads its safeguards', () => {
    expect(other.plan.safeguards.map((s) => s.units.map((u) => u.id))).toEqual([['agriculture'], ['counties']]);
  });
});

describe('splitTrailingUnitList', () => {
  it('finds a nested list and ignores a trailing remark that is not a unit list', () => {
    expect(splitTrailingUnitList('正文。(牵头单位:市民政局;配合单位:各县(区))')).toEqual({
      before: '正文。',
      list: '(牵头单位:市民政局;配合单位:各县(区))',
    });
    expect(splitTrailingUnitList(fw('正文。(牵头单位:市民政局;配合单位:各县(区))'))).toEqual({
      before: '正文。',
      list: fw('(牵头单位:市民政局;配合单位:各县(区))'),
    });
    expect(splitTrailingUnitList('示范社(场)')).toBeNull();
    expect(splitTrailingUnitList('正文。')).toBeNull();
  });
});

/** Full-width characters written as escapes, so that no editor folds them: ？ ！ ： １ ． */
const WIDE = { question: '\uFF1F', exclamation: '\uFF01', colon: '\uFF1A', one: '\uFF11', stop: '\uFF0E' };

describe('the text keeps its own characters', () => {
  const registry = qingshanRegistry();
  const good = readFileSync(fixture('qingshan-plan.txt'), 'utf8');
  const parse = (text: string) => parsePlan(text, { file: 'x.txt', registry }).plan;
  const measure = (text: string, n = 1) => parse(text).measures[n - 1]!;

  it('a title sentence keeps the mark that closes it (full-width or ASCII ? !), and the body starts after it', () => {
    expect(measure(good.replace('壮大特色种植。', `壮大特色种植${WIDE.question}`))).toMatchObject({
      title: '壮大特色种植',
      titleEnd: WIDE.question,
    });
    expect(measure(good.replace('壮大特色种植。', '壮大特色种植!'))).toMatchObject({
      title: '壮大特色种植',
      titleEnd: '!',
    });
    const m3 = measure(good.replace('扩大农民就业。', '扩大农民就业?'), 3);
    expect([m3.title, m3.titleEnd, m3.paragraphs[0]!.text]).toEqual([
      '扩大农民就业',
      '?',
      '每年开展技能培训1000人次。',
    ]);
    const s1 = parse(good.replace('加强组织领导。', `加强组织领导${WIDE.exclamation}`)).safeguards[0]!;
    expect([s1.title, s1.titleEnd]).toEqual(['加强组织领导', WIDE.exclamation]);
    expect(measure(good).titleEnd).toBe('。');
  });

  it('an ASCII ? or ! inside a URL or markup does not end the title', () => {
    expect(measure(good.replace('壮大特色种植。', '壮大特色种植(见http://x.cn/?a=1)。')).title).toBe(
      '壮大特色种植(见http://x.cn/?a=1)',
    );
    expect(measure(good.replace('壮大特色种植。', '壮大<!--特色种植。')).title).toBe('壮大<!--特色种植');
  });

  it('a measure keeps its marker as written', () => {
    const markerOf = (from: string, to: string, n: number) => measure(good.replace(from, to), n).marker;
    expect(markerOf('1.壮大', `${WIDE.one}${WIDE.stop}壮大`, 1)).toBe(`${WIDE.one}${WIDE.stop}`);
    expect(markerOf('1.壮大', `1${WIDE.stop}壮大`, 1)).toBe(`1${WIDE.stop}`);
    expect(markerOf('2.发展', '2、发展', 2)).toBe('2、');
    expect(markerOf('1.壮大', '01.壮大', 1)).toBe('01.');
    expect(markerOf('3.扩大', '3. 扩大', 3)).toBe('3.');
    expect(parse(good).measures.map((m) => m.number)).toEqual([1, 2, 3]);
  });

  it('the addressee line keeps its own colon', () => {
    const notice = (text: string) => parsePlan(text, { file: 'x.txt', registry }).notice;
    expect(notice(good)).toMatchObject({
      addressees: fw('各县(区)党委和人民政府,市直各部门'),
      addresseesColon: WIDE.colon,
    });
    expect(notice(good.replace(`市直各部门${WIDE.colon}`, '市直各部门:')).addresseesColon).toBe(':');
  });
});

describe('malformed documents', () => {
  const registry = qingshanRegistry();
  const good = qingshanText;
  const parse = (text: string) => parsePlan(text, { file: 'x.txt', registry });
  const errorOf = (text: string) => sourceErrorOf(() => parse(text));

  it('names the line of a duplicated or missing measure number', () => {
    expect(errorOf(good.replace('3.扩大农民就业', '2.扩大农民就业'))).toMatch(
      /^x\.txt:19: measure 2 appears twice \(first on line 15\)/u,
    );
    expect(errorOf(good.replace('3.扩大农民就业', '4.扩大农民就业'))).toBe(
      'x.txt:19: measure 3 is missing: measure 2 is followed by measure 4',
    );
  });
  it('names a measure without its unit list', () => {
    expect(errorOf(good.replace('(责任单位:市人力资源和社会保障局、财政局)', ''))).toMatch(
      /^x\.txt:19: measure 3 has no responsible-unit list/u,
    );
  });
  it('names an unknown unit', () => {
    expect(errorOf(good.replace('、财政局)', '、宇宙局)'))).toMatch(/^x\.txt:19: .*宇宙局/u);
  });
  it('rejects an empty document and one without sections', () => {
    expect(errorOf('')).toBe('x.txt:1: the file is empty');
    expect(errorOf('  \n\n')).toBe('x.txt:1: the file is empty');
    expect(errorOf(good.split('\n').slice(0, 9).join('\n'))).toMatch(/^x\.txt:8: the plan has no section headings/u);
  });
});

/** The model with every character folded to its ASCII form: what must not depend on punctuation width. */
const folded = (m: PlanModel) => JSON.parse(foldWidth(JSON.stringify(m))) as PlanModel;
const withoutTargets = (m: PlanModel) => ({
  ...m,
  plan: { ...m.plan, targets: [], measures: m.plan.measures.map((x) => ({ ...x, targets: [] })) },
});

describe('the same text in another form gives the same model', () => {
  const parseSeed = (text: string) =>
    parsePlan(text, { file: 'seed.txt', registry: realRegistry(), overrides: realOverrides() });
  const wide = parseSeed(widenPunctuation(seedText));

  it('the widened seed really is full width', () => {
    expect(widenPunctuation(seedText)).not.toMatch(/[(),:;]/u);
    expect(wide.plan.measures[0]!.unitsText).toMatch(/^\uff08责任单位\uff1a/u);
  });

  it('full-width punctuation: same structure, titles, paragraphs and units (up to width)', () => {
    expect(folded(withoutTargets(wide))).toEqual(folded(withoutTargets(model)));
    const roles = (m: PlanModel) => m.plan.measures.map((x) => x.units.map((u) => `${u.id}:${u.role}`));
    expect(roles(wide)).toEqual(roles(model));
  });

  it('full-width punctuation: same targets (up to width)', () => {
    expect(folded(wide).plan.targets).toEqual(folded(model).plan.targets);
  });

  it('CRLF line ends and a byte-order mark: the identical model', () => {
    expect(parseSeed(`\uFEFF${seedText.replace(/\n/gu, '\r\n')}`)).toEqual(model);
    expect(parseSeed(seedText.replace(/\n/gu, '\r'))).toEqual(model);
  });

  it('a plan typed in full width (the made-up one) reads the same in ASCII', () => {
    const registry = qingshanRegistry();
    const text = readFileSync(fixture('qingshan-plan.txt'), 'utf8');
    const parse = (t: string) => parsePlan(t, { file: 'qingshan.txt', registry });
    expect(folded(withoutTargets(parse(foldWidth(text))))).toEqual(folded(withoutTargets(parse(text))));
  });
});
