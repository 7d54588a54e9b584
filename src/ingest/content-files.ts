/**
 * The parsed model as the files of content/plan/: MDX entries for the collections and targets.json. Pure: returns
 * path → text; `ingest.ts` does the writing. Output is deterministic (same model and notes, same bytes).
 */
import { load } from 'js-yaml';
import { SourceError } from '../domain/errors.ts';
import { schemaOfPath } from '../domain/plan-collections.ts';
import { planGlossary, type GlossaryEntry } from '../domain/derive/glossary.ts';
import type { GlossaryTerm } from '../domain/derive/glossary-terms.ts';
import { sourceNoteIds, type SourceNote } from '../domain/derive/source-notes.ts';
import { mdxFile, paragraphNode, type Mark } from './mdx.ts';
import { UNIT_LIST_SLOT } from '../domain/text/mdx-text.ts';
import { linkGlossary, markSourceNotes, type NoteMark } from './plan-marks.ts';
import type { Measure, Paragraph, PlanModel, Target } from '../domain/model.ts';

export type ContentFiles = Map<string, string>;

/** `01`…`20`: ASCII file names that sort in order (entry ids are the file names). */
export const measureFileName = (n: number) => `${String(n).padStart(2, '0')}.mdx`;

function plainParagraphs(paragraphs: Paragraph[]) {
  return paragraphs.map((p) => paragraphNode(p.text));
}

/** What a measure's text is marked with besides its targets: the plan's glossary and the notes on its own words. */
interface MeasureMarks {
  glossary: readonly Pick<GlossaryEntry, 'id' | 'term'>[];
  notes: readonly NoteMark[];
}

/**
 * Each quantified commitment becomes `<Target id="t-…">clause</Target>` so pages can mark and link it; then quoted
 * glossary terms and noted words are marked (plan-marks.ts). A target that does not fit its paragraph is a fault of
 * the target finder, reported at the measure's line rather than as a crash.
 */
function measureBody(measure: Measure, targets: Target[], file: string, { glossary, notes }: MeasureMarks) {
  const marked = (node: ReturnType<typeof paragraphNode>) => {
    linkGlossary(node, glossary);
    markSourceNotes(node, notes);
    return node;
  };
  return [
    ...measure.paragraphs.map((p, i) => {
      const marks = targets
        .filter((t) => t.paragraph === i)
        .map((t): Mark => ({ start: t.start, end: t.end, component: 'Target', attributes: { id: t.id } }));
      try {
        return paragraphNode(p.text, marks);
      } catch (e) {
        throw new SourceError(
          file,
          p.line,
          `cannot mark the quantified commitments of measure ${measure.number} in this paragraph (${(e as Error).message}); this is a fault of the target finder, not of the text — report it, with this line`,
        );
      }
    }),
  ]
    .map(marked)
    .concat(unitListNode(marked(paragraphNode(measure.unitsText))));
}

/** The unit list that ends a measure, marked for the page (`UNIT_LIST_SLOT`) so that search weighs it little. */
function unitListNode(node: ReturnType<typeof paragraphNode>) {
  const slot = { type: 'mdxJsxAttribute', name: 'slot', value: UNIT_LIST_SLOT } as const;
  node.children.unshift({ type: 'mdxJsxTextElement', name: 'span', attributes: [slot], children: [] });
  return node;
}

/** The reviewed data that marks the measures' text. */
export interface ReviewedMarks {
  /** The notes on the text's oddities (content/reviewed/source-notes.json), each marked where its words occur. */
  sourceNotes: readonly SourceNote[];
  /** The reviewed glossary choices (content/reviewed/glossary-terms.json). */
  glossaryTerms: readonly GlossaryTerm[];
}

/** The data of a generated file as the build will read it: the YAML frontmatter of an entry, or the JSON records. */
function dataOf(path: string, text: string): unknown {
  if (path.endsWith('.json')) return JSON.parse(text);
  const m = /^---\n([\s\S]*?\n)---\n/u.exec(text);
  return m ? load(m[1]!) : undefined;
}

/**
 * Every file is checked, as the build will read it back, against the schema of its collection (plan-collections.ts,
 * the table content.config.ts is made from): a text ingest accepts is one the build accepts. A failure here is a check
 * the parser lacks, reported at the line of the part it comes from, before anything is written.
 */
function checkEntry(path: string, text: string, source: string, lineOf: (record: number) => number): void {
  const expected = schemaOfPath(path);
  if (!expected) throw new Error(`no collection holds ${path}`);
  const data = dataOf(path, text);
  const records = expected.array && Array.isArray(data) ? data : [data];
  for (const [i, record] of records.entries()) {
    const result = expected.schema.safeParse(record);
    if (result.success) continue;
    const issue = result.error.issues[0]!;
    const where = `${expected.array ? `[${i}].` : ''}${issue.path.join('.') || 'entry'}`;
    throw new SourceError(
      source,
      lineOf(i),
      `the part of the text on this line would be written to ${path} with ${where} not as its collection requires (${issue.message}); the build would reject it — check this line, and report the case so the parser says what is wrong`,
    );
  }
}

export function contentFiles(model: PlanModel, { sourceNotes, glossaryTerms }: ReviewedMarks): ContentFiles {
  const { notice, plan } = model;
  const glossary = planGlossary(
    plan.measures.map((m) => ({ ...m, paragraphs: m.paragraphs.map((p) => p.text) })),
    glossaryTerms,
  );
  const ids = sourceNoteIds(sourceNotes);
  const notes = sourceNotes.map((n, i) => ({ ...n, noteId: ids[i]! }));
  const files: ContentFiles = new Map();
  const writtenBy = new Map<string, number>();
  /** Two parts of the text must never land in one file: the second would silently replace the first. */
  const put = (path: string, line: number, text: string, recordLine: (record: number) => number = () => line) => {
    const first = writtenBy.get(path);
    if (first !== undefined)
      throw new SourceError(
        model.source,
        line,
        `this part of the text would be written to ${path}, which already holds the part on line ${first}; check the numbering`,
      );
    checkEntry(path, text, model.source, recordLine);
    writtenBy.set(path, line);
    files.set(path, text);
  };
  /** A numbered part of plain paragraphs: <dir>/<number>.mdx, frontmatter number, marker, title, `own`, line. */
  const putPart = (
    dir: string,
    part: { number: number; marker: string; title: string; line: number; paragraphs: Paragraph[] },
    own: Record<string, unknown>,
  ) =>
    put(
      `${dir}/${part.number}.mdx`,
      part.line,
      mdxFile(
        { number: part.number, marker: part.marker, title: part.title, ...own, line: part.line },
        plainParagraphs(part.paragraphs),
      ),
    );
  const roleOf = (n: number) =>
    n === plan.goalSection
      ? 'goal'
      : n === plan.tasksSection
        ? 'tasks'
        : n === plan.safeguardsSection
          ? 'safeguards'
          : 'other';

  put(
    'document/notice.mdx',
    notice.line,
    mdxFile(
      {
        issuers: notice.issuers,
        title: notice.title,
        addressees: notice.addressees,
        addresseesColon: notice.addresseesColon,
        signatories: notice.signatories,
        date: notice.date.iso,
        dateText: notice.date.text,
        line: notice.line,
      },
      plainParagraphs(notice.body),
    ),
  );
  put(
    'document/plan.mdx',
    plan.preamble[0]?.line ?? notice.date.line,
    mdxFile({ title: plan.title, period: plan.period, source: model.source }, plainParagraphs(plan.preamble)),
  );
  for (const s of plan.sections) putPart('sections', s, { role: roleOf(s.number) });
  for (const g of plan.groups) putPart('groups', g, { measures: g.measures });
  for (const m of plan.measures) {
    const targets = plan.targets.filter((t) => t.measure === m.number);
    put(
      `measures/${measureFileName(m.number)}`,
      m.line,
      mdxFile(
        {
          number: m.number,
          marker: m.marker,
          title: m.title,
          titleEnd: m.titleEnd,
          group: m.group,
          paragraphs: m.paragraphs.map((p) => p.text),
          units: m.units,
          roleBasis: m.roleBasis,
          unitsText: m.unitsText,
          targets: m.targets,
          line: m.line,
        },
        measureBody(m, targets, model.source, { glossary, notes: notes.filter((n) => n.measure === m.number) }),
      ),
    );
  }
  for (const s of plan.safeguards) putPart('safeguards', s, { titleEnd: s.titleEnd, units: s.units });
  const measureLine = (n: number) => plan.measures.find((m) => m.number === n)?.line ?? 1;
  put('targets.json', plan.measures[0]?.line ?? 1, `${JSON.stringify(plan.targets, null, 2)}\n`, (i) =>
    measureLine(plan.targets[i]!.measure),
  );
  return files;
}
