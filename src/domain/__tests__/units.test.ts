import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import {
  findUnitMentions,
  lookupUnit,
  parseRegistry,
  parseRegistryText,
  parseUnitList,
  unitById,
  UNITS_FILE,
  type Registry,
} from '../parse/units.ts';

const SEED_FILE = 'seeds/wuzhong-income-plan-2023-2027.txt';
const registry = parseRegistryText(readFileSync(new URL(`../../../${UNITS_FILE}`, import.meta.url), 'utf8'));
const seedLines = readFileSync(new URL(`../../../${SEED_FILE}`, import.meta.url), 'utf8').split('\n');

/** Each measure's list, found with a plain regex (the real document parser lives elsewhere). */
const measureLists = new Map<number, { text: string; line: number }>();
seedLines.forEach((line, index) => {
  const m = /^(\d+)\.\s*.*?([(\uff08]责任单位[:\uff1a].*[)\uff09])\s*$/u.exec(line);
  if (m) measureLists.set(Number(m[1]), { text: m[2]!, line: index + 1 });
});
const resolve = (n: number) => {
  const list = measureLists.get(n)!;
  return parseUnitList(list.text, registry, { file: SEED_FILE, line: list.line });
};

/** 三、保障措施 items, (一)…(四). */
const safeguardsStart = seedLines.findIndex((l) => /^三\s*、保障措施/u.test(l));
const safeguards = seedLines.slice(safeguardsStart + 1).filter((l) => /^[(\uff08][一二三四][)\uff09]/u.test(l));

// Written out by reading the seed, not by running the code.
const EXPECTED: Record<number, string[]> = {
  1: [
    'development-reform',
    'industry-information-technology',
    'civil-affairs',
    'finance',
    'agriculture-rural-affairs',
    'human-resources-social-security',
    'culture-tourism-sports-broadcasting',
    'commerce-investment-promotion',
    'health',
    'financial-affairs',
    'rural-revitalization',
    'agricultural-science-park',
    'counties',
  ],
  2: [
    'development-reform',
    'market-regulation',
    'state-assets',
    'industry-information-technology',
    'commerce-investment-promotion',
    'agriculture-rural-affairs',
    'science-technology',
    'human-resources-social-security',
    'financial-affairs',
    'industry-commerce-federation',
    'taxation',
    'banking-insurance-regulation',
    'counties',
  ],
  3: [
    'development-reform',
    'industry-information-technology',
    'finance',
    'commerce-investment-promotion',
    'culture-tourism-sports-broadcasting',
    'agriculture-rural-affairs',
    'transport',
    'water-affairs',
    'human-resources-social-security',
    'rural-revitalization',
    'counties',
  ],
  4: [
    'commerce-investment-promotion',
    'development-reform',
    'finance',
    'culture-tourism-sports-broadcasting',
    'market-regulation',
    'postal-administration',
    'counties',
  ],
  5: [
    'human-resources-social-security',
    'education',
    'development-reform',
    'industry-information-technology',
    'finance',
    'civil-affairs',
    'agriculture-rural-affairs',
    'veterans-affairs',
    'state-assets',
    'youth-league',
    'disabled-persons-federation',
    'counties',
  ],
  6: [
    'human-resources-social-security',
    'development-reform',
    'science-technology',
    'education',
    'agriculture-rural-affairs',
    'veterans-affairs',
    'market-regulation',
    'womens-federation',
    'disabled-persons-federation',
    'counties',
  ],
  7: [
    'human-resources-social-security',
    'agriculture-rural-affairs',
    'development-reform',
    'education',
    'finance',
    'veterans-affairs',
    'disabled-persons-federation',
    'counties',
  ],
  8: [
    'human-resources-social-security',
    'finance',
    'industry-information-technology',
    'health',
    'education',
    'state-assets',
    'trade-unions',
    'counties',
  ],
  9: [
    'development-reform',
    'human-resources-social-security',
    'science-technology',
    'finance',
    'education',
    'state-assets',
    'counties',
  ],
  10: [
    'human-resources-social-security',
    'development-reform',
    'industry-information-technology',
    'state-assets',
    'housing-urban-rural-development',
    'market-regulation',
    'counties',
  ],
  11: [
    'financial-affairs',
    'peoples-bank',
    'banking-insurance-regulation',
    'housing-urban-rural-development',
    'counties',
  ],
  12: ['human-resources-social-security', 'healthcare-security', 'finance', 'taxation', 'counties'],
  13: [
    'civil-affairs',
    'finance',
    'development-reform',
    'healthcare-security',
    'education',
    'housing-urban-rural-development',
    'human-resources-social-security',
    'rural-revitalization',
    'trade-unions',
    'counties',
  ],
  14: [
    'agriculture-rural-affairs',
    'culture-tourism-sports-broadcasting',
    'commerce-investment-promotion',
    'natural-resources',
    'agricultural-science-park',
    'counties',
  ],
  15: ['agriculture-rural-affairs', 'counties'],
  16: [
    'agriculture-rural-affairs',
    'development-reform',
    'science-technology',
    'industry-information-technology',
    'finance',
    'market-regulation',
    'commerce-investment-promotion',
    'culture-tourism-sports-broadcasting',
    'rural-revitalization',
    'news-media-center',
    'counties',
  ],
  17: [
    'agriculture-rural-affairs',
    'development-reform',
    'finance',
    'natural-resources',
    'water-affairs',
    'rural-revitalization',
    'counties',
  ],
  18: ['agriculture-rural-affairs', 'rural-revitalization', 'finance', 'natural-resources', 'counties'],
  19: [
    'rural-revitalization',
    'civil-affairs',
    'human-resources-social-security',
    'healthcare-security',
    'finance',
    'counties',
  ],
  20: ['relevant-departments', 'counties'],
};

const mentionOf = (n: number, id: string) => resolve(n).units.find((u) => u.id === id)?.mention;

describe('the real registry and the 20 measures of the seed', () => {
  it('finds the 20 lists in the seed', () => {
    expect([...measureLists.keys()]).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(Object.entries(EXPECTED))('measure %s: exact units in order, the first one leads', (n, ids) => {
    const { units, roleBasis, unitsText } = resolve(Number(n));
    expect(units.map((u) => u.id)).toEqual(ids);
    expect(units.map((u) => u.role)).toEqual(ids.map((_, i) => (i === 0 ? 'lead' : 'joint')));
    expect(roleBasis).toBe('listed-first');
    expect(unitsText).toBe(measureLists.get(Number(n))!.text);
  });

  it('医保局 (12, 13) and 医疗保障局 (19) are one unit, 市医疗保障局', () => {
    expect(mentionOf(12, 'healthcare-security')).toBe('医保局');
    expect(mentionOf(13, 'healthcare-security')).toBe('医保局');
    expect(mentionOf(19, 'healthcare-security')).toBe('医疗保障局');
    expect(unitById(registry, 'healthcare-security').name).toBe('市医疗保障局');
  });

  it('吴忠市税务局、银保监分局 are two units; 银保监分局 carries 吴忠 and is measure 11’s 吴忠银保监分局', () => {
    const m2 = resolve(2).units;
    expect(m2.filter((u) => u.mention === '吴忠市税务局' || u.mention === '银保监分局').map((u) => u.id)).toEqual([
      'taxation',
      'banking-insurance-regulation',
    ]);
    expect(mentionOf(11, 'banking-insurance-regulation')).toBe('吴忠银保监分局');
    expect(unitById(registry, 'banking-insurance-regulation').name).toBe('吴忠银保监分局');
  });

  it('carried 市 prefixes: mentions keep the bare form, names have the prefix', () => {
    expect(mentionOf(1, 'industry-information-technology')).toBe('工业和信息化局');
    expect(unitById(registry, 'industry-information-technology').name).toBe('市工业和信息化局');
    expect(mentionOf(4, 'development-reform')).toBe('发展改革委');
    expect(mentionOf(4, 'commerce-investment-promotion')).toBe('市商务和投资促进局');
  });

  it('各县<市、区> is the counties group entry, with its five members', () => {
    expect(mentionOf(1, 'counties')).toBe('各县<市、区>');
    const counties = unitById(registry, 'counties');
    expect(counties.kind).toBe('县(市、区)');
    expect(counties.members).toEqual(['利通区', '红寺堡区', '青铜峡市', '同心县', '盐池县']);
    expect(lookupUnit(registry, '各县(市、区)')).toBe(counties);
  });

  it('工商联, 残联 (bare and 市-prefixed) and 团市委 resolve to the 群团组织', () => {
    expect(mentionOf(2, 'industry-commerce-federation')).toBe('工商联');
    expect(mentionOf(5, 'youth-league')).toBe('团市委');
    expect(mentionOf(5, 'disabled-persons-federation')).toBe('残联');
    expect(mentionOf(6, 'disabled-persons-federation')).toBe('残联');
    expect(mentionOf(7, 'disabled-persons-federation')).toBe('市残联');
    for (const id of [
      'industry-commerce-federation',
      'youth-league',
      'disabled-persons-federation',
      'womens-federation',
      'trade-unions',
    ]) {
      expect(unitById(registry, id).kind).toBe('群团组织');
    }
  });

  it('吴忠市有关部门<单位> (measure 20) is the 有关部门(单位) entry', () => {
    expect(mentionOf(20, 'relevant-departments')).toBe('吴忠市有关部门<单位>');
  });

  it.each([
    ['人社局', 'human-resources-social-security'],
    ['发改委', 'development-reform'],
    ['工信局', 'industry-information-technology'],
    ['市场监管局', 'market-regulation'],
    ['医保局', 'healthcare-security'],
    ['卫健委', 'health'],
    ['住建局', 'housing-urban-rural-development'],
    ['文旅局', 'culture-tourism-sports-broadcasting'],
    ['税务局', 'taxation'],
    ['人民银行吴忠市中心支行', 'peoples-bank'],
  ])('everyday name %s → %s', (alias, id) => {
    expect(lookupUnit(registry, alias)?.id).toBe(id);
  });

  it('every unit in the registry is named somewhere in the seed (no dead entries)', () => {
    const used = new Set([...measureLists.keys()].flatMap((n) => resolve(n).units.map((u) => u.id)));
    for (const item of safeguards) for (const { id } of findUnitMentions(item, registry)) used.add(id);
    expect(registry.units.map((u) => u.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('保障措施 mentions', () => {
  it('finds the four items', () => {
    expect(safeguards.map((s) => s.slice(0, 3))).toEqual(['(一)', '(二)', '(三)', '(四)']);
  });

  it('(一) names no unit (各地各部门 is no unit)', () => {
    expect(findUnitMentions(safeguards[0]!, registry)).toEqual([]);
  });

  it('(二) 市人力资源和社会保障局、农业农村局牵头抓总; 各有关部门(单位); 各县(市、区)', () => {
    expect(findUnitMentions(safeguards[1]!, registry)).toEqual([
      { id: 'human-resources-social-security', mention: '市人力资源和社会保障局' },
      { id: 'agriculture-rural-affairs', mention: '农业农村局' },
      { id: 'relevant-departments', mention: '各有关部门(单位)' },
      { id: 'counties', mention: '各县(市、区)' },
    ]);
  });

  it('(三) the 、-list with everyday names, then 吴忠调查队', () => {
    expect(findUnitMentions(safeguards[2]!, registry)).toEqual([
      { id: 'development-reform', mention: '市发展改革委' },
      { id: 'industry-information-technology', mention: '工信局' },
      { id: 'human-resources-social-security', mention: '人力资源和社会保障局' },
      { id: 'agriculture-rural-affairs', mention: '农业农村局' },
      { id: 'commerce-investment-promotion', mention: '商务和投资促进局' },
      { id: 'market-regulation', mention: '市场监管局' },
      { id: 'relevant-departments', mention: '有关部门(单位)' },
      { id: 'survey-team', mention: '吴忠调查队' },
    ]);
    expect(unitById(registry, 'market-regulation').name).toBe('市市场监督管理局');
  });

  it('(四) 市人力资源和社会保障局、农业农村局会同有关部门(单位)对各县(市、区)', () => {
    expect(findUnitMentions(safeguards[3]!, registry).map((m) => m.id)).toEqual([
      'human-resources-social-security',
      'agriculture-rural-affairs',
      'relevant-departments',
      'counties',
    ]);
  });

  it('no false hits in the measures’ running text: only the counties, where the text says 各县(市、区)', () => {
    const bodies = seedLines
      .filter((l) => /^\d+\.\s*/u.test(l))
      .map((l) => l.replace(/[(\uff08]责任单位[:\uff1a].*$/u, ''));
    const hits = bodies.flatMap((b) => findUnitMentions(b, registry).map((m) => m.mention));
    expect(hits).toEqual(['各县(市、区)']);
  });

  it('longest match wins and each unit is reported once', () => {
    expect(findUnitMentions('市农业农村局牵头,农业农村局、市农业农村局配合', registry)).toEqual([
      { id: 'agriculture-rural-affairs', mention: '市农业农村局' },
    ]);
  });
});

/** ( ) : , ; < > → their full-width forms (U+FF08 …), spelled by code point so that no tool can fold them back. */
const fullWidth = (s: string) => s.replace(/[():,;<>]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('another city: 牵头单位/配合单位 lists and a tiny registry', () => {
  // Only the 市-forms are registered, so 教育局 resolves solely through the carried prefix.
  const tiny: Registry = parseRegistry(
    [
      { id: 'civil-affairs', name: '市民政局', aliases: [], kind: '市直部门' },
      { id: 'finance', name: '市财政局', aliases: [], kind: '市直部门' },
      { id: 'education', name: '市教育局', aliases: [], kind: '市直部门' },
      { id: 'counties', name: '各县(市、区)', aliases: [], kind: '县(市、区)', members: ['甲县'] },
    ],
    'tiny.json',
  );
  const at = { file: 'other-city.txt', line: 42 };

  it('explicit roles, full-width punctuation, carried prefix, brackets inside an item', () => {
    const text = fullWidth('(牵头单位:市民政局;配合单位:市财政局、教育局,各县(市、区))');
    expect(text).toMatch(/^\uff08牵头单位\uff1a市民政局\uff1b/u);
    expect(parseUnitList(text, tiny, at)).toEqual({
      units: [
        { id: 'civil-affairs', mention: '市民政局', role: 'lead' },
        { id: 'finance', mention: '市财政局', role: 'joint' },
        { id: 'education', mention: '教育局', role: 'joint' },
        { id: 'counties', mention: fullWidth('各县(市、区)'), role: 'joint' },
      ],
      roleBasis: 'explicit',
      unitsText: text,
    });
  });

  it('ASCII and full-width punctuation mixed in one list, and 各县<市、区> in full-width angle brackets', () => {
    const { units, roleBasis } = parseUnitList(
      `(责任单位${fullWidth(':')}市民政局、财政局,市教育局${fullWidth(';各县<市、区>)')}`,
      tiny,
      at,
    );
    expect(units.map((u) => [u.id, u.role])).toEqual([
      ['civil-affairs', 'lead'],
      ['finance', 'joint'],
      ['education', 'joint'],
      ['counties', 'joint'],
    ]);
    expect(roleBasis).toBe('listed-first');
  });

  it('findUnitMentions carries the prefix along a 、-list in running text, and only there', () => {
    expect(findUnitMentions('市民政局、教育局牵头,财政局配合', tiny)).toEqual([
      { id: 'civil-affairs', mention: '市民政局' },
      { id: 'education', mention: '教育局' },
    ]);
  });

  it('the prefix does not carry across groups', () => {
    expect(() => parseUnitList('(责任单位:市民政局,教育局)', tiny, at)).toThrow('unknown responsible unit "教育局"');
  });

  it('an unknown unit is a SourceError at file:line', () => {
    const run = () => parseUnitList('(责任单位:市民政局、卫生局)', tiny, at);
    expect(run).toThrow(SourceError);
    expect(run).toThrow(
      'other-city.txt:42: unknown responsible unit "卫生局" in (责任单位:市民政局、卫生局); add it to content/reviewed/units.json',
    );
  });

  it('a unit listed twice is an error', () => {
    expect(() => parseUnitList('(责任单位:市民政局、财政局、市财政局)', tiny, at)).toThrow(
      /other-city\.txt:42: .*"市财政局" is listed twice/u,
    );
  });

  it.each([
    ['no label', '(市民政局、财政局)'],
    ['no brackets', '责任单位:市民政局'],
    ['unbalanced brackets', '(责任单位:各县(市、区)'],
    ['only 配合单位', '(配合单位:市民政局)'],
    ['mixed labels', '(责任单位:市民政局;牵头单位:市财政局)'],
  ])('malformed list (%s) is a SourceError', (_, text) => {
    expect(() => parseUnitList(text, tiny, at)).toThrow(/^other-city\.txt:42: /u);
  });
});

describe('registry validation', () => {
  const unit = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, kind: '市直部门' });

  it('rejects an alias that names two units', () => {
    expect(() =>
      parseRegistry([unit('finance', '市财政局', ['财政局']), unit('finance-2', '区财政局', ['财政局'])], 'r.json'),
    ).toThrow('r.json:1: entry 1 ("finance-2"): "财政局" would name both "finance" and "finance-2"');
  });

  it('rejects bracket variants of one name listed twice', () => {
    expect(() =>
      parseRegistry([{ ...unit('counties', '各县(市、区)', ['各县<市、区>']), kind: '县(市、区)' }], 'r.json'),
    ).toThrow(/listed twice/u);
  });

  it('rejects a non-ASCII id', () => {
    expect(() => parseRegistry([unit('财政', '市财政局')], 'r.json')).toThrow(
      /^r\.json:1: invalid unit registry: entry 0 \("财政"\)\.id: must be a lowercase ASCII slug/u,
    );
  });

  it('rejects duplicate ids, unknown kinds, unknown fields and kinds out of order', () => {
    expect(() => parseRegistry([unit('a', '市甲局'), unit('a', '市乙局')], 'r.json')).toThrow(
      /id "a" is used by two units/u,
    );
    expect(() => parseRegistry([{ ...unit('a', '市甲局'), kind: '部门' }], 'r.json')).toThrow(/\.kind/u);
    expect(() => parseRegistry([{ ...unit('a', '市甲局'), note: 'x' }], 'r.json')).toThrow(SourceError);
    expect(() => parseRegistry([{ ...unit('a', '甲会'), kind: '群团组织' }, unit('b', '市乙局')], 'r.json')).toThrow(
      /keep entries grouped/u,
    );
  });

  it('from the file text, each error names the line of its entry', () => {
    // One entry a line, after the opening bracket: entry i stands on line i + 2.
    const file = (...entries: object[]) => `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
    const [a, b] = [unit('a', '市甲局'), unit('b', '市乙局')];
    expect(() => parseRegistryText(file(a, b, unit('财政', '市财政局')), 'r.json')).toThrow(
      /^r\.json:4: invalid unit registry: entry 2 \("财政"\)\.id: /u,
    );
    expect(() => parseRegistryText(file(a, b, unit('a', '市丙局')), 'r.json')).toThrow(
      /^r\.json:4: entry 2 \("a"\): id "a" is used by two units/u,
    );
    expect(() => parseRegistryText(file(a, { ...b, kind: '群团组织' }, unit('c', '市丙局')), 'r.json')).toThrow(
      /^r\.json:4: entry 2 \("c"\): kind "市直部门" comes after "群团组织"/u,
    );
    expect(() => parseRegistryText(file(a, unit('b', '市乙局', ['乙局', '乙局'])), 'r.json')).toThrow(
      /^r\.json:3: entry 1 \("b"\): "乙局" is listed twice/u,
    );
    expect(() => parseRegistryText('[\n  {"id": "a",}\n]', 'r.json')).toThrow(/^r\.json:2: not valid JSON/u);
  });

  it('reads the real file with CRLF line ends and a BOM as it reads the file itself', () => {
    const text = readFileSync(new URL(`../../../${UNITS_FILE}`, import.meta.url), 'utf8');
    expect(parseRegistryText(`\uFEFF${text.replace(/\n/gu, '\r\n')}`).units).toEqual(registry.units);
  });
});
