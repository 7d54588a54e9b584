/**
 * The one description of the open data: every file, field and code, in Chinese. The /data/ page renders it and
 * /data/datapackage.json (Frictionless Data Package with a Table Schema for targets.csv) is built from it, so page and
 * package cannot disagree; a test checks both against the files themselves. The words for each code come from
 * labels.ts, so the data and the pages say the same. Pure.
 */
import type { Role, RoleBasis } from '../domain/model.ts';
import { roleSchema } from '../domain/schemas.ts';
import {
  COMPARATOR_MEANING,
  CSV_WORDS,
  FORM_MEANING,
  KIND_MEANING,
  NUMBERS_COUNTED,
  NUMBERS_LEFT_OUT,
  ROLE_NOTE,
  TIMEFRAME_MEANING,
  roleLabel,
} from './labels.ts';
import { absoluteUrl } from './meta/citation.ts';
import { DATA_FILES } from './routes.ts';
import type { TargetJson } from './open-data.ts';
import { comparatorSymbol, figureLabel } from '../domain/targets/figure-label.ts';

export interface FieldDoc {
  /** The key in JSON, or the column title in CSV. */
  name: string;
  /** Table Schema type. */
  type: 'string' | 'integer' | 'number' | 'array' | 'object' | 'boolean';
  description: string;
  /** Allowed codes with their meaning, when the field holds codes. */
  codes?: Readonly<Record<string, string>>;
  /** May be empty (JSON null, CSV empty cell). */
  optional?: boolean;
}

/** The formats of the open data, with their media types; a file's format is its path's extension. */
const MEDIA_TYPES = { json: 'application/json', csv: 'text/csv' } as const;
type Format = keyof typeof MEDIA_TYPES;

export interface FileDoc {
  /** Site path, e.g. /data/targets.csv */
  path: string;
  /** Frictionless resource name. */
  name: string;
  format: Format;
  mediatype: string;
  title: string;
  description: string;
  fields: readonly FieldDoc[];
}

/** Role codes of a unit in a measure's list: what the page shows, nothing more. */
export const ROLE_CODES: Readonly<Record<RoleBasis, Readonly<Record<Role, string>>>> = {
  'listed-first': { lead: 'listed-first', joint: 'listed-after' },
  explicit: { lead: 'lead', joint: 'support' },
};

/** Each role code with the words the pages use for it (labels.ts), so data and pages say the same. */
export const ROLE_MEANING: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(ROLE_CODES) as RoleBasis[]).flatMap((basis) =>
    roleSchema.options.map((role) => [
      ROLE_CODES[basis][role],
      `${roleLabel(role, basis)}\uFF1A${ROLE_NOTE[basis][role]}`,
    ]),
  ),
);

const recode = <K extends string>(words: Readonly<Record<K, string>>, meaning: Readonly<Record<K, string>>) =>
  Object.fromEntries((Object.keys(words) as K[]).map((k) => [words[k], meaning[k]]));

const URL_FIELD: FieldDoc = { name: 'url', type: 'string', description: '网址\uFF08绝对地址\uFF09' };

/** Fields of targets.json: the record as extracted, plus its address. */
export const TARGET_FIELDS: readonly FieldDoc[] = [
  { name: 'id', type: 'string', description: '编号\uFF0Ct-措施号-序号\uFF0C也是措施页上这句话的锚点' },
  { name: 'measure', type: 'integer', description: '措施序号' },
  { name: 'kind', type: 'string', description: '原文里这个数字是什么', codes: KIND_MEANING },
  { name: 'indicator', type: 'string', description: '指标\uFF1A这个数字衡量什么\uFF0C由原文的词组成' },
  {
    name: 'figure',
    type: 'string',
    description:
      '原文写法\uFF1A从比较词或动词到数字、单位的原文片段\uFF0C连同紧跟其后的变化说法\uFF0C如“超过30家”“不低于55%并逐年增加”',
  },
  {
    name: 'qualifier',
    type: 'array',
    description:
      '限定词\uFF1A原文中修饰这个数字的比较词、动词和“力争”“确保”等词\uFF0C按原文顺序\uFF0C如["达到","以上"]["力争","以上"]\uFF1B已在时间原文中的词不重复',
  },
  { name: 'value', type: 'number', description: '数值' },
  {
    name: 'comparator',
    type: 'string',
    description: '比较\uFF1A把原文的比较词归一为符号\uFF0C仅供排序和计算',
    codes: COMPARATOR_MEANING,
  },
  { name: 'unit', type: 'string', description: '单位\uFF0C如“万亩”“亿元”“%”“元/人”\uFF1B“次/月”表示每月' },
  { name: 'form', type: 'string', description: '数字的性质', codes: FORM_MEANING },
  {
    name: 'time',
    type: 'string',
    description:
      '时间原文\uFF1A原文的时间词\uFF0C无论写在数字前后\uFF0C如“每年”“每月”“年均”“到2027年”“力争用5年时间”“逐年”\uFF1B没有则为空',
    optional: true,
  },
  { name: 'timeframe', type: 'string', description: '时限类型', codes: TIMEFRAME_MEANING },
  { name: 'year', type: 'integer', description: '所在句子的“到某年”中的年份', optional: true },
  { name: 'years', type: 'integer', description: '“用几年时间”中的年数', optional: true },
  {
    name: 'recipient',
    type: 'string',
    description: '对象\uFF1A标准或条件针对谁\uFF0C照录原文\uFF1B原文没有写则为空',
    optional: true,
  },
  { name: 'statement', type: 'string', description: '原文\uFF1A这个数字所在的分句\uFF0C一字不改' },
  {
    name: 'quote',
    type: 'string',
    description: '引文\uFF1A原文分句\uFF0C连同它所承接的前文\uFF08如句首的“到2027年每年”\uFF09',
  },
  { ...URL_FIELD, description: '这句话在措施页上的网址' },
];

/** A column of targets.csv: its documentation and how a targets.json record fills it. */
export interface CsvColumn extends FieldDoc {
  value: (t: TargetJson) => string | number;
}

/** A column holding a code of the record, written as its Chinese word (CSV_WORDS), documented with its meaning. */
function codeColumn<K extends string>(
  column: Pick<FieldDoc, 'name' | 'description'>,
  words: Readonly<Record<K, string>>,
  meaning: Readonly<Record<K, string>>,
  code: (t: TargetJson) => K,
): CsvColumn {
  return { ...column, type: 'string', codes: recode(words, meaning), value: (t) => words[code(t)] };
}

/**
 * Columns of targets.csv, in order: Chinese titles, codes written as Chinese words, 原文写法 as the pages show it.
 * targetsCsv writes the file from this list and the /data/ page and datapackage.json document it, so a column
 * cannot be written one way and described another.
 */
export const TARGET_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: '编号', type: 'string', description: '同 targets.json 的 id', value: (t) => t.id },
  { name: '措施', type: 'integer', description: '措施序号', value: (t) => t.measure },
  codeColumn({ name: '类型', description: '原文里这个数字是什么' }, CSV_WORDS.kind, KIND_MEANING, (t) => t.kind),
  { name: '指标', type: 'string', description: '这个数字衡量什么', value: (t) => t.indicator },
  {
    name: '原文写法',
    type: 'string',
    description: '原文的时间词、限定词和数字\uFF0C如“每年2000个”“超过30家”“力争每年20户以上”',
    value: (t) => figureLabel(t),
  },
  { name: '数值', type: 'number', description: '数值', value: (t) => t.value },
  {
    name: '比较',
    type: 'string',
    description: '比较符号\uFF0C仅供排序\uFF1B空白表示原文没有比较词',
    codes: COMPARATOR_MEANING,
    optional: true,
    value: (t) => comparatorSymbol(t.comparator),
  },
  { name: '单位', type: 'string', description: '单位', value: (t) => t.unit },
  codeColumn({ name: '性质', description: '数字的性质' }, CSV_WORDS.form, FORM_MEANING, (t) => t.form),
  { name: '时间原文', type: 'string', description: '原文的时间词', optional: true, value: (t) => t.time },
  codeColumn({ name: '时限类型', description: '时限类型' }, CSV_WORDS.timeframe, TIMEFRAME_MEANING, (t) => t.timeframe),
  { name: '年份', type: 'integer', description: '“到某年”的年份', optional: true, value: (t) => t.year ?? '' },
  { name: '年数', type: 'integer', description: '“用几年时间”的年数', optional: true, value: (t) => t.years ?? '' },
  {
    name: '对象',
    type: 'string',
    description: '标准或条件针对谁\uFF0C照录原文',
    optional: true,
    value: (t) => t.recipient ?? '',
  },
  { name: '原文', type: 'string', description: '所在分句\uFF0C一字不改', value: (t) => t.statement },
  { name: '链接', type: 'string', description: '这句话在措施页上的网址', value: (t) => t.url },
];

/** Fields of measures.json. */
export const MEASURE_FIELDS: readonly FieldDoc[] = [
  { name: 'number', type: 'integer', description: '措施序号' },
  { name: 'marker', type: 'string', description: '序号的原文写法\uFF08如 1.\uFF09' },
  { name: 'title', type: 'string', description: '措施标题\uFF08原文第一句\uFF0C不含句末标点\uFF09' },
  { name: 'group', type: 'object', description: '所属任务\uFF1Anumber 序号\uFF0Ctitle 标题' },
  URL_FIELD,
  { name: 'text', type: 'string', description: '措施全文\uFF1A标题句、正文和责任单位列表\uFF0C照录原文' },
  {
    name: 'units',
    type: 'array',
    description:
      '责任单位\uFF0C按原文顺序\uFF1Aid 单位编号\uFF0Cname 单位名称\uFF0Cmention 原文写法\uFF0Cposition 在列表中的位次\uFF0Crole 角色',
  },
  {
    name: 'units[].role',
    type: 'string',
    description: '单位在列表中的角色\uFF0C与网页上的说法一致',
    codes: ROLE_MEANING,
  },
  { name: 'targets', type: 'array', description: '这项措施中数字的编号\uFF08见 targets.json\uFF09' },
];

/** Fields of departments.json. */
export const DEPARTMENT_FIELDS: readonly FieldDoc[] = [
  { name: 'id', type: 'string', description: '单位编号\uFF08网址中使用\uFF09' },
  { name: 'name', type: 'string', description: '单位名称' },
  { name: 'aliases', type: 'array', description: '原文和日常使用的其他名称' },
  { name: 'kind', type: 'string', description: '单位类别' },
  {
    name: 'members',
    type: 'array',
    description: '“各县\uFF08市、区\uFF09”包括的县\uFF08市、区\uFF09',
    optional: true,
  },
  URL_FIELD,
  {
    name: 'measures',
    type: 'array',
    description: '点名该单位的措施\uFF1Anumber 序号\uFF0Crole 角色\uFF08同 measures.json\uFF09',
  },
  { name: 'safeguards', type: 'array', description: '点名该单位的保障措施序号' },
];

/** A file's documentation; its format and media type follow from its path's extension. */
function fileDoc(path: string, name: string, title: string, description: string, fields: readonly FieldDoc[]): FileDoc {
  const format = /\.(json|csv)$/u.exec(path)?.[1] as Format | undefined;
  if (!format) throw new Error(`open data file without a known format: ${path}`);
  return { path, name, format, mediatype: MEDIA_TYPES[format], title, description, fields };
}

/** The open data files: path, Frictionless resource name, title, description, fields. */
export const OPEN_DATA_FILES: readonly FileDoc[] = [
  fileDoc(DATA_FILES.measures, 'measures', '措施', '每项措施一个对象\uFF0C按措施序号排列。', MEASURE_FIELDS),
  fileDoc(
    DATA_FILES.targets,
    'targets-json',
    '措施中的数字\uFF08JSON\uFF09',
    `各项措施中每个${NUMBERS_COUNTED}一个对象\uFF08${NUMBERS_LEFT_OUT}\uFF09\uFF0C按措施和原文顺序。`,
    TARGET_FIELDS,
  ),
  fileDoc(
    DATA_FILES.targetsCsv,
    'targets',
    '措施中的数字\uFF08CSV\uFF09',
    '与 targets.json 相同的记录\uFF0C中文列名\uFF0CUTF-8 带 BOM\uFF0C可直接用 Excel 打开。',
    TARGET_CSV_COLUMNS,
  ),
  fileDoc(
    DATA_FILES.departments,
    'departments',
    '责任单位',
    '单位名录中的每个单位\uFF0C以及它在哪些措施和保障措施中被点名。',
    DEPARTMENT_FIELDS,
  ),
];

/** A Frictionless Data Package (https://specs.frictionlessdata.io/) describing the files, with absolute paths. */
export function dataPackage(site: string, title: string) {
  const fieldSchema = (f: FieldDoc) => ({
    name: f.name,
    type: f.type,
    description: f.description,
    ...(f.codes || !f.optional
      ? {
          constraints: {
            ...(f.optional ? {} : { required: true }),
            ...(f.codes ? { enum: Object.keys(f.codes) } : {}),
          },
        }
      : {}),
  });
  return {
    profile: 'data-package',
    name: 'wuzhong-income-plan-2023-2027',
    title,
    resources: OPEN_DATA_FILES.map((r) => ({
      name: r.name,
      path: absoluteUrl(site, r.path),
      title: r.title,
      description: r.description,
      format: r.format,
      mediatype: r.mediatype,
      encoding: r.format === 'csv' ? 'utf-8-sig' : 'utf-8',
      ...(r.format === 'csv'
        ? { profile: 'tabular-data-resource', schema: { fields: r.fields.map(fieldSchema), missingValues: [''] } }
        : { profile: 'data-resource', 'x-fields': r.fields.map(fieldSchema) }),
    })),
  };
}
