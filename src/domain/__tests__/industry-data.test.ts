import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  commonYear,
  enumerationsIn,
  industriesName,
  longestCommonRun,
  parseIndustryWords,
  selectIndustries,
  stripLeadVerb,
  targetClauses,
  type MeasureText,
} from '../derive/industry-data.ts';
import { sentenceAt } from '../text/split.ts';
import type { Target } from '../model.ts';
import { readPlanDir, realPlanDir } from '../../site/__tests__/plan-files.ts';
import { industryWords } from '../../site/reviewed.ts';

const real = readPlanDir(realPlanDir);
const data = selectIndustries(real.measures, real.targets, industryWords);
const source = real.measures.find((m) => m.number === data.enumeration.measure)!;
const byName = (name: string) => data.industries.find((i) => i.name === name)!;

/** A target record for a synthetic measure: offsets found in the paragraph text. */
function target(
  measure: MeasureText,
  n: number,
  statement: string,
  value: number,
  unit: string,
  indicator = statement,
): Target {
  const paragraph = measure.paragraphs.findIndex((p) => p.includes(statement));
  const start = measure.paragraphs[paragraph]!.indexOf(statement);
  return {
    id: `t-${measure.number}-${n}`,
    measure: measure.number,
    paragraph,
    start,
    end: start + statement.length,
    statement,
    indicator,
    value,
    unit,
    quoteStart: start,
    quote: statement,
    figure: statement.slice(statement.indexOf(String(value))),
    qualifier: [],
    comparator: '=',
    form: 'level',
    time: '',
    timeframe: 'by-year',
    year: 2030,
    years: null,
    kind: 'target',
    recipient: null,
  };
}

describe('matching names to text', () => {
  it('measures the longest shared run of characters', () => {
    expect(longestCommonRun('葡萄酒', '酿酒葡萄基地规模', industryWords)).toBe(2);
    expect(longestCommonRun('冷凉蔬菜', '蔬菜面积达到57万亩以上', industryWords)).toBe(2);
    expect(longestCommonRun('牛奶', '奶牛存栏', industryWords)).toBe(1);
    expect(longestCommonRun('', '牛奶', industryWords)).toBe(0);
  });
  it('treats 乳 as 奶 (吴忠牛乳 is a 牛奶 brand), and nothing else', () => {
    expect(longestCommonRun('牛奶', '吴忠牛乳', industryWords)).toBe(2);
    expect(longestCommonRun('肉牛', '吴忠牛乳', industryWords)).toBe(1);
  });
  it('picks the best name with at least two shared characters; a tie or one shared character matches nothing', () => {
    expect(bestMatch(['肉牛', '牛奶'], '奶牛存栏45万头,牛奶产业全产业链产值达400亿元', industryWords)).toBe('牛奶');
    expect(bestMatch(['肉牛', '牛奶'], '奶牛存栏45万头', industryWords)).toBeNull();
    expect(bestMatch(['现代物流', '现代金融'], '现代农业产业体系', industryWords)).toBeNull();
    expect(bestMatch([], '蔬菜', industryWords)).toBeNull();
    // A one-character name must appear whole.
    expect(bestMatch(['苹果', '梨'], '梨产值达5亿元', industryWords)).toBe('梨');
  });
});

describe('enumerations', () => {
  it('cuts the introducing verb off the first item', () => {
    expect(stripLeadVerb('大力发展葡萄酒', industryWords)).toBe('葡萄酒');
    expect(stripLeadVerb('加快发展文化旅游', industryWords)).toBe('文化旅游');
    expect(stripLeadVerb('枸杞', industryWords)).toBe('枸杞');
  });
  it('finds both numbered lists of measure 1, with offsets that point at the text', () => {
    const found = source.paragraphs.flatMap((p, i) => enumerationsIn(p, source.number, i, industryWords));
    expect(found.map((e) => e.label)).toEqual(['六特', '六优']);
    for (const e of found) {
      expect(e.items).toHaveLength(6);
      expect(e.noun).toBe('产业');
      expect(source.paragraphs[e.paragraph]!.slice(e.start, e.end)).toBe(`${e.items.join('、')}“${e.label}”`);
    }
  });
  it('skips a list whose length is not the numeral it is quoted with', () => {
    expect(enumerationsIn('大力发展苹果、梨“三特”产业。', 1, 0, industryWords)).toEqual([]);
    expect(enumerationsIn('大力发展苹果、梨“二特”产业。', 1, 0, industryWords).map((e) => e.items)).toEqual([
      ['苹果', '梨'],
    ]);
  });
});

describe('clauses', () => {
  it('groups the measure’s targets by the ;/。 clause they stand in, in text order', () => {
    const clauses = targetClauses(source, real.targets);
    const own = real.targets.filter((t) => t.measure === source.number);
    expect(clauses.flatMap((c) => c.targets.map((t) => t.id))).toEqual(own.map((t) => t.id));
    for (const c of clauses) {
      expect(c.text).not.toMatch(/[;;。]/u);
      for (const t of c.targets) expect(c.text).toContain(t.statement);
    }
    // 奶牛存栏45万头,牛奶产业全产业链产值达400亿元 is one clause: the two goals travel together.
    expect(clauses.find((c) => c.text.includes('奶牛存栏'))!.targets).toHaveLength(2);
  });
});

describe('selectIndustries on the real plan', () => {
  it('takes the industries from the “六特” enumeration, in text order', () => {
    expect(data.enumeration.label).toBe('六特');
    expect(industriesName(data)).toBe('六特产业');
    expect(data.industries.map((i) => i.name)).toEqual(data.enumeration.items);
    expect(data.enumeration.items).toEqual(['葡萄酒', '枸杞', '牛奶', '肉牛', '滩羊', '冷凉蔬菜']);
  });
  it('assigns every target of the measure once: to an industry or to the overall goals', () => {
    const assigned = [...data.industries.flatMap((i) => i.targets), ...data.overall].map((t) => t.id).sort();
    expect(assigned).toEqual(source.targets.slice().sort());
    expect(new Set(assigned).size).toBe(assigned.length);
  });
  it('gives each industry its clause: stems (酿酒葡萄, 蔬菜) and the 奶牛/牛奶 pair included', () => {
    expect(byName('葡萄酒').targets.map((t) => t.indicator)).toEqual(['酿酒葡萄基地规模', '酿酒葡萄综合产值']);
    expect(byName('牛奶').scale.map((t) => t.indicator)).toEqual(['奶牛存栏']);
    expect(byName('肉牛').scale.map((t) => t.indicator)).toEqual(['肉牛饲养量']);
    expect(byName('冷凉蔬菜').scale.map((t) => t.unit)).toEqual(['万亩', '万吨']);
  });
  it('finds one output value (亿元) per industry, as the text says', () => {
    expect(data.industries.map((i) => i.output && `${i.output.value}${i.output.unit}`)).toEqual([
      '500亿元',
      '15亿元',
      '400亿元',
      '143亿元',
      '189亿元',
      '50亿元',
    ]);
    for (const i of data.industries) expect(i.scale.every((t) => !t.unit.endsWith('元'))).toBe(true);
  });
  it('leaves the share goal (≥90%) to the overall goals', () => {
    expect(data.overall.map((t) => [t.indicator, t.value, t.unit, t.comparator])).toEqual([
      ['特色产业产值占农业总产值的比重', 90, '%', '≥'],
    ]);
  });
  it('finds the brands in the sentence about 区域公用品牌, one per industry at most', () => {
    expect(Object.fromEntries(data.industries.map((i) => [i.name, i.brand?.name ?? null]))).toEqual({
      葡萄酒: '贺兰山东麓葡萄酒',
      枸杞: '宁夏枸杞',
      牛奶: '吴忠牛乳',
      肉牛: null,
      滩羊: '盐池滩羊',
      冷凉蔬菜: null,
    });
    for (const i of data.industries) {
      if (!i.brand) continue;
      const m = real.measures.find((x) => x.number === i.brand!.measure)!;
      expect(m.paragraphs[i.brand.paragraph]).toContain(i.brand.sentence);
      // What the site calls the name comes from the sentence: …”等区域公用品牌的知名度…
      expect(i.brand.sentence).toContain(`”等${i.brand.kind}`);
      expect(i.brand.kind).toBe('区域公用品牌');
      expect(i.brand.sentence).toContain(`“${i.brand.name}”`);
      expect(i.brand.sentence).toContain('品牌');
    }
  });
});

describe('selectIndustries by rule, on a made-up plan', () => {
  const m: MeasureText = {
    number: 3,
    paragraphs: [
      '大力发展苹果、梨“二特”产业。到2030年苹果种植面积达到10万亩,综合产值达8亿元;梨产值达5亿元。打响“某地苹果”品牌。',
    ],
  };
  const targets = [
    target(m, 1, '到2030年苹果种植面积达到10万亩', 10, '万亩'),
    target(m, 2, '综合产值达8亿元', 8, '亿元'),
    target(m, 3, '梨产值达5亿元', 5, '亿元'),
  ];
  it('works for any numbered enumeration the text defines', () => {
    const d = selectIndustries([{ number: 1, paragraphs: ['无关。'] }, m], targets, industryWords);
    expect(d.industries.map((i) => [i.name, i.targets.map((t) => t.id), i.output?.id, i.brand?.name])).toEqual([
      ['苹果', ['t-3-1', 't-3-2'], 't-3-2', '某地苹果'],
      ['梨', ['t-3-3'], 't-3-3', undefined],
    ]);
  });
  it('refuses to guess when an item has no goals', () => {
    expect(() => selectIndustries([m], targets.slice(0, 2), industryWords)).toThrow(/cannot select the industries/u);
  });
  it('refuses two output values for one industry', () => {
    const extra: MeasureText = {
      ...m,
      paragraphs: [m.paragraphs[0]!.replace('梨产值达5亿元', '梨产值达5亿元,销售额达3亿元')],
    };
    const more = [
      target(extra, 1, '到2030年苹果种植面积达到10万亩', 10, '万亩'),
      target(extra, 2, '综合产值达8亿元', 8, '亿元'),
      target(extra, 3, '梨产值达5亿元', 5, '亿元'),
      target(extra, 4, '销售额达3亿元', 3, '亿元'),
    ];
    expect(() => selectIndustries([extra], more, industryWords)).toThrow(/industry 梨: 2 output-value goals/u);
  });
});

describe('small helpers', () => {
  it('sentenceAt returns the whole sentence with its 。', () => {
    expect(sentenceAt('甲。乙丙丁。戊', 3)).toBe('乙丙丁。');
    expect(sentenceAt('甲。乙丙丁', 3)).toBe('乙丙丁');
  });
  it('commonYear is the one shared year or null', () => {
    expect(commonYear(data.industries.flatMap((i) => i.targets))).toBe(2027);
    expect(commonYear(data.overall)).toBeNull();
    expect(commonYear([])).toBeNull();
  });
});

describe('the reviewed word choices (content/reviewed/industry-words.json)', () => {
  it('hold 乳 as 奶 and the lead verb 发展', () => {
    expect([...industryWords.sameMeaning]).toEqual([['乳', '奶']]);
    expect(industryWords.leadVerbs).toEqual(['发展']);
  });
  it('a bad entry fails at its own line', () => {
    const file = (...entries: object[]) => `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
    const ok = { kind: 'lead-verb', word: '发展', note: 'n' };
    expect(() =>
      parseIndustryWords(file(ok, { kind: 'same-meaning', char: '牛乳', as: '奶', note: 'n' }), 'w.json'),
    ).toThrow(/^w\.json:3: entry \[1\]: char: one character/u);
    expect(() => parseIndustryWords(file(ok, ok), 'w.json')).toThrow(/^w\.json:3: verb 发展 is listed twice/u);
    expect(() => parseIndustryWords(file(ok, { kind: 'synonym', word: 'x', note: 'n' }), 'w.json')).toThrow(
      /^w\.json:3: entry \[1\]: kind: /u,
    );
  });
});
