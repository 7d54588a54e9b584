/**
 * Every word the site shows for a code, keyed by the code's enum (src/domain/schemas.ts): target kinds, timeframes,
 * forms, comparators, unit roles and the views of the targets table, for the pages and for the open data (the /data/
 * page, datapackage.json and the Chinese code words of targets.csv). UI words, not plan text. Pure.
 *
 * Codes that are words already need no entry: a unit kind (市直部门…) and a search page type (措施, 单位…) are shown
 * as they are.
 */
import type { Comparator, Form, Role, RoleBasis, Target, TargetKind, Timeframe } from '../domain/model.ts';
import type { NumberReason } from '../domain/targets/targets.ts';
import type { GlossaryKind } from '../domain/derive/glossary.ts';
import type { TargetGrouping } from './views/target-views.ts';
import {
  ABOUT_WORDS,
  BARE_FORM_VERBS,
  FORM_VERBS,
  NUMBER_REASONS,
  PREFIX_COMPARATOR,
  SUFFIX_COMPARATOR,
  TIMEFRAME_WORDS,
} from '../domain/targets/targets.ts';
import { DEPARTMENTS_PATH, FOR_PATH, GLOSSARY_PATH, HOME_PATH, PLAN_PATH, TARGETS_PATH } from './routes.ts';

const COLON = '\uFF1A';

/** Words as the /data/ page quotes them: “每年”“逐年”. */
const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/** A record with each value mapped, keys in the record's own order (the order the /data/ page lists codes in). */
const mapRecord = <K extends string, A, B>(record: Readonly<Record<K, A>>, f: (value: A, key: K) => B) =>
  Object.fromEntries((Object.keys(record) as K[]).map((k) => [k, f(record[k], k)])) as Record<K, B>;

// ---------------------------------------------------------------------------------------------------------------
// What the counts of numbers count

/** What every count of the records counts: each number of the measures' text that has a unit is one record. */
export const NUMBERS_COUNTED = '带单位的数字';

/** The numbers the records leave out, by the parser's reason (a count names every one, so it never claims more). */
export const NUMBER_REASON_LABEL: Readonly<Record<NumberReason, string>> = {
  year: '年份',
  date: '日期',
  timeframe: '“用几年时间”的年数',
  ordinal: '序号',
  name: '名称里的数字',
  baseline: '“由…提高到…”的起点数',
  'no-unit': '不带单位的数字',
};

/** 甲、乙和丙. */
const listWords = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join('、')}和${words.at(-1)}`;

/** What the counts leave out, in the parser's order (不带单位的 is said by 带单位 already): 不计年份、日期、…. */
export const NUMBERS_LEFT_OUT = `不计${listWords(
  NUMBER_REASONS.filter((r) => r !== 'no-unit').map((r) => NUMBER_REASON_LABEL[r]),
)}`;

/** A count of records as the pages say it: 带单位的数字共 57 处(不计年份、…). */
export const numbersCount = (n: number) => `${NUMBERS_COUNTED}共 ${n} 处\uFF08${NUMBERS_LEFT_OUT}\uFF09`;

// ---------------------------------------------------------------------------------------------------------------
// Target kind

/** The kind's name: the tag beside a figure, the group header, and the code word of targets.csv (类型). */
export const KIND_LABEL: Readonly<Record<TargetKind, string>> = {
  target: '目标',
  standard: '标准',
  eligibility: '条件',
  scope: '范围',
  pilot: '试点',
};
export const kindLabel = (k: TargetKind) => KIND_LABEL[k];

/** What each kind means, in plain words (the /targets/ lead, group headers, and the /data/ codes). */
export const KIND_HINT: Readonly<Record<TargetKind, string>> = {
  target: '全市要达到的结果',
  standard: '个人或单位可以得到的待遇、补贴或服务\uFF0C对象以原文为准',
  eligibility: '决定谁可以得到帮扶的条件\uFF0C本身不是待遇',
  scope: '说明投入或工作范围的数字\uFF0C不是要达到的结果',
  pilot: '试点内容里的数字\uFF0C不是普遍适用的标准',
};

/** The /data/ description of each kind code: name and meaning; there a standard's recipient is the 对象 field. */
export const KIND_MEANING: Readonly<Record<TargetKind, string>> = mapRecord(
  KIND_LABEL,
  (label, k) =>
    `${label}${COLON}${k === 'standard' ? '个人或单位可以得到的待遇、补贴或服务\uFF0C对象见“对象”字段' : KIND_HINT[k]}`,
);

// ---------------------------------------------------------------------------------------------------------------
// Timeframe

/** How the text times a figure, in plain words, for group headers. */
export const TIMEFRAME_LABEL: Readonly<Record<Timeframe, string>> = {
  'by-year': '到某一年',
  'per-year': '每年',
  'per-period': '每月、每季度等',
  'annual-average': '年均',
  'over-years': '用几年时间',
  none: '原文没有写时间',
};

/** The words of the text each timeframe stands for, quoted (for the /data/ codes); none for `none`. The two
 * patterns with a year are shown by example, the plain words come from the parser's own table. */
const TIMEFRAME_CUES: Readonly<Record<Timeframe, string>> = {
  'by-year': '“到2027年”等',
  'per-year': quoted(TIMEFRAME_WORDS['per-year']),
  'per-period': quoted(TIMEFRAME_WORDS['per-period']),
  'annual-average': quoted(TIMEFRAME_WORDS['annual-average']),
  'over-years': '“用5年时间”等',
  none: '',
};

/** The /data/ description of each timeframe code: its label and the words of the text it stands for. */
export const TIMEFRAME_MEANING: Readonly<Record<Timeframe, string>> = mapRecord(TIMEFRAME_LABEL, (label, k) =>
  TIMEFRAME_CUES[k] ? `${label}\uFF08原文写${TIMEFRAME_CUES[k]}\uFF09` : label,
);

/** The time words as written, or plain words saying the text gives none (a table cell). */
export const timeWords = (t: Pick<Target, 'time'>) => t.time || '原文未写时间';

// ---------------------------------------------------------------------------------------------------------------
// Form and comparator

/** The words of one code in a parser table (keys in the table's order). */
const wordsFor = <C extends string>(table: Readonly<Record<string, C>>, code: C) =>
  Object.keys(table).filter((w) => table[w] === code);

/** What each form is; the words the text uses for it follow, from the parser's own tables. */
const FORM_NAME: Readonly<Record<Form, string>> = {
  level: '水平或数量本身',
  held: '要保持的水平',
  change: '变化的幅度\uFF0C不是水平',
};
/** What the text may write instead of a verb, or after it. */
const FORM_CUE_NOTE: Readonly<Record<Form, string>> = {
  level: '\uFF0C或只写数字',
  held: '',
  change: '\uFF0C后面没有“到”',
};

/** The /data/ description of each form code: what it is and every verb of the text that gives it. */
export const FORM_MEANING: Readonly<Record<Form, string>> = mapRecord(
  FORM_NAME,
  (name, k) =>
    `${name}\uFF08原文写${quoted([...wordsFor(FORM_VERBS, k), ...wordsFor(BARE_FORM_VERBS, k)])}${FORM_CUE_NOTE[k]}\uFF09`,
);

/** Each comparator in plain words (with whether the figure itself counts). */
const COMPARATOR_NAME: Readonly<Record<Comparator, string>> = {
  '>': '超过\uFF08不含本数\uFF09',
  '≥': '不少于\uFF08含本数\uFF09',
  '<': '低于\uFF08不含本数\uFF09',
  '≤': '不超过\uFF08含本数\uFF09',
  '≈': '大约',
  '=': '原文没有写比较词',
};

/** The words of the text for a comparator, from the parser's tables: after the figure, before it, then 约. */
const comparatorWords = (c: Comparator) => [
  ...wordsFor(SUFFIX_COMPARATOR, c),
  ...wordsFor(PREFIX_COMPARATOR, c),
  ...(c === '≈' ? ABOUT_WORDS : []),
];

/** The /data/ description of each comparator code: its name and every word of the text that gives it. */
export const COMPARATOR_MEANING: Readonly<Record<Comparator, string>> = mapRecord(COMPARATOR_NAME, (name, c) => {
  const words = comparatorWords(c);
  return words.length ? `${name}${COLON}原文写${quoted(words)}` : name;
});

/**
 * targets.csv writes codes as these Chinese words (for readers who open it in Excel). The words are a published
 * data contract, so they are not the page labels where those differ (到某年, 未写时间). A form word is never a word
 * of the text (达到, 稳定在, 增长 are the text's own and stand in 原文写法): 水平或数量, 保持水平, 变化量 cannot be read as
 * a quotation.
 */
export const CSV_WORDS = {
  kind: KIND_LABEL,
  form: { level: '水平或数量', held: '保持水平', change: '变化量' } satisfies Record<Form, string>,
  timeframe: {
    'by-year': '到某年',
    'per-year': '每年',
    'per-period': '每月等',
    'annual-average': '年均',
    'over-years': '用几年时间',
    none: '未写时间',
  } satisfies Record<Timeframe, string>,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Unit roles

/**
 * A unit's role in a measure's list, as far as the text supports it: a 责任单位 list never says 牵头, so the first unit
 * is 列首位 (listed first) and the others 列于其后; only a list that says 牵头单位/配合单位 (roleBasis `explicit`) is
 * shown with those words.
 */
export const ROLE_LABEL: Readonly<Record<RoleBasis, Readonly<Record<Role, string>>>> = {
  'listed-first': { lead: '列首位', joint: '列于其后' },
  explicit: { lead: '牵头单位', joint: '配合单位' },
};
export const roleLabel = (role: Role, basis: RoleBasis): string => ROLE_LABEL[basis][role];

/** What each role means (the /data/ codes), after its label. */
export const ROLE_NOTE: Readonly<Record<RoleBasis, Readonly<Record<Role, string>>>> = {
  'listed-first': {
    lead: '在“责任单位”列表中排在第一位\uFF08原文没有写哪个单位牵头\uFF09',
    joint: '在“责任单位”列表中排在第一位之后',
  },
  explicit: { lead: '列表明确写有“牵头单位”', joint: '列表明确写有“配合单位”' },
};

/**
 * The first unit of a measure's list in plain words, where a reader meets it without the convention explained (a
 * task group's page, under each measure): what the text says, not 列首位.
 */
const FIRST_UNIT_LEAD: Readonly<Record<RoleBasis, string>> = {
  'listed-first': '原文列在第一位的是',
  explicit: '牵头单位是',
};
/** A measure's units in one line: how many, and the first one (`name`) as the text has it. */
export const unitsLine = (count: number, basis: RoleBasis, name: string): string =>
  `责任单位 ${count} 家\uFF0C${FIRST_UNIT_LEAD[basis]}${name}`;

/** Where a unit stands in a list under each role, for a department page's note on an empty list. */
export const ROLE_PLACE: Readonly<Record<Role, string>> = { lead: '列在首位', joint: '列在其他单位之后' };

/** The other units of a measure's list, named from this unit's role (同列单位 beside the first, 其他单位 beside a
 * later one). */
export const OTHER_UNITS_LABEL: Readonly<Record<Role, string>> = { lead: '同列单位', joint: '其他单位' };

/** The role as a shape that does not depend on colour (matrix cells and legend; the words stand beside it). */
export const ROLE_MARK: Readonly<Record<Role, string>> = { lead: '●', joint: '○' };

// ---------------------------------------------------------------------------------------------------------------
// Task groups

/**
 * One word per idea for the plan's task groups, the (一)–(七) of its 主要任务 section (the plan's own grouping, not the
 * site's): together, on their page (/groups/) and in every link to it, they are named by the section's title as the
 * text gives it (主要任务); one of them is a 方面, counted with 个 (7个方面, 本方面, 下一个方面).
 */
export const GROUP_WORD = '方面';
/** `n` groups: 7个方面. */
export const groupCount = (n: number): string => `${n}个${GROUP_WORD}`;

// ---------------------------------------------------------------------------------------------------------------
// Views of the targets table

export const TARGET_GROUPING_LABEL: Readonly<Record<TargetGrouping, string>> = {
  measure: '按措施',
  timeframe: '按时限',
  kind: '按类型',
};

// ---------------------------------------------------------------------------------------------------------------
// Comparators on a chart

/**
 * What a goal chart marks beyond the goal's line, by the goal's comparator (a clause of a share chart's description,
 * after the goal in the text's words, which carry their own 以上/以内: so the note names the line, not the words).
 */
export const GOAL_RANGE_NOTE: Readonly<Record<Comparator, string>> = {
  '>': '\uFF0C虚线框为目标线以上的区间',
  '≥': '\uFF0C虚线框为目标线以上的区间',
  '<': '\uFF0C虚线框为目标线以下的区间',
  '≤': '\uFF0C虚线框为目标线以下的区间',
  '≈': '',
  '=': '',
};

// ---------------------------------------------------------------------------------------------------------------
// Glossary

/** The glossary page's sections: which kinds of term each holds, its heading and its note. */
export const GLOSSARY_SECTIONS: readonly {
  kinds: readonly GlossaryKind[];
  id: string;
  heading: string;
  intro: string;
}[] = [
  {
    kinds: ['defined', 'examples'],
    id: 'defined',
    heading: '方案自己说明了含义的',
    intro: '这些简称在原文中紧跟着它所概括的内容。下面引用原文的那一句\uFF0C加粗的是简称本身。',
  },
  {
    kinds: ['named'],
    id: 'named',
    heading: '方案只提到、没有解释的',
    intro: '这些简称在原文中没有展开说明。本站不替方案下定义\uFF0C只注明它出现在哪里。',
  },
];

/** The words before a term's quoted passage, by what the passage does. */
export const GLOSSARY_PASSAGE_LEAD: Readonly<Record<GlossaryKind, string>> = {
  defined: '原文说明\uFF1A',
  examples: '原文只举了例子\uFF1A',
  named: '原文\uFF1A',
};

// ---------------------------------------------------------------------------------------------------------------
// A measure's numbers

/** The kinds a measure's numbers are of, as one name (目标和标准, 试点, 条件, 目标和范围): the heading over them. */
export function kindsHeading(kinds: readonly TargetKind[]): string {
  const words = (Object.keys(KIND_LABEL) as TargetKind[]).filter((k) => kinds.includes(k)).map(kindLabel);
  return listWords(words.length > 0 ? words : [KIND_LABEL.target, KIND_LABEL.standard]);
}

const TARGET_ID = /^t-(\d+)-(\d+)$/u;

/** The name of a number's # link in a measure's text, by its place (第5项第1个数字), never by its id read aloud. */
export function targetLinkLabel(id: string): string {
  const m = TARGET_ID.exec(id);
  if (!m) throw new Error(`not a target id: ${id}`);
  return `第${m[1]}项第${m[2]}个数字的链接`;
}

// ---------------------------------------------------------------------------------------------------------------
// Page names

/** The home page's name in the navigation and every breadcrumb trail. */
export const HOME_LABEL = '首页';

/** The name of each page whose name is UI words (not the plan's): its nav label and its title, keyed by its path. */
export const PAGE_LABEL = {
  [HOME_PATH]: HOME_LABEL,
  [PLAN_PATH]: '方案全文',
  [DEPARTMENTS_PATH]: '责任单位',
  [TARGETS_PATH]: '目标指标',
  [FOR_PATH]: '与我有关',
  [GLOSSARY_PATH]: '术语',
} as const;
