/**
 * The parsed model as the files of content/plan/: MDX entries for the collections and targets.json. Pure: returns
 * path → text; `ingest.ts` does the writing. Output is deterministic (same model, same bytes).
 */
import { mdxFile, paragraphNode, type Mark } from './mdx.ts';
import type { Measure, Paragraph, PlanModel, Target } from './model.ts';

export type ContentFiles = Map<string, string>;

/** `01`…`20`: ASCII file names that sort in order (entry ids are the file names). */
export const measureFileName = (n: number) => `${String(n).padStart(2, '0')}.mdx`;

function plainParagraphs(paragraphs: Paragraph[]) {
  return paragraphs.map((p) => paragraphNode(p.text));
}

/** Each quantified commitment becomes `<Target id="t-…">clause</Target>` so pages can mark and link it. */
function measureBody(measure: Measure, targets: Target[]) {
  return [
    ...measure.paragraphs.map((p, i) =>
      paragraphNode(
        p.text,
        targets
          .filter((t) => t.paragraph === i)
          .map((t): Mark => ({ start: t.start, end: t.end, component: 'Target', attributes: { id: t.id } })),
      ),
    ),
    paragraphNode(measure.unitsText),
  ];
}

export function contentFiles(model: PlanModel): ContentFiles {
  const { notice, plan } = model;
  const files: ContentFiles = new Map();
  const roleOf = (n: number) =>
    n === plan.goalSection
      ? 'goal'
      : n === plan.tasksSection
        ? 'tasks'
        : n === plan.safeguardsSection
          ? 'safeguards'
          : 'other';

  files.set(
    'document/notice.mdx',
    mdxFile(
      {
        issuers: notice.issuers,
        title: notice.title,
        addressees: notice.addressees,
        signatories: notice.signatories,
        date: notice.date.iso,
        dateText: notice.date.text,
        line: notice.line,
      },
      plainParagraphs(notice.body),
    ),
  );
  files.set(
    'document/plan.mdx',
    mdxFile({ title: plan.title, period: plan.period, source: model.source }, plainParagraphs(plan.preamble)),
  );
  for (const s of plan.sections)
    files.set(
      `sections/${s.number}.mdx`,
      mdxFile(
        { number: s.number, marker: s.marker, title: s.title, role: roleOf(s.number), line: s.line },
        plainParagraphs(s.paragraphs),
      ),
    );
  for (const g of plan.groups)
    files.set(
      `groups/${g.number}.mdx`,
      mdxFile({ number: g.number, marker: g.marker, title: g.title, measures: g.measures, line: g.line }, []),
    );
  for (const m of plan.measures) {
    const targets = plan.targets.filter((t) => t.measure === m.number);
    files.set(
      `measures/${measureFileName(m.number)}`,
      mdxFile(
        {
          number: m.number,
          title: m.title,
          group: m.group,
          paragraphs: m.paragraphs.map((p) => p.text),
          units: m.units,
          roleBasis: m.roleBasis,
          unitsText: m.unitsText,
          targets: m.targets,
          line: m.line,
        },
        measureBody(m, targets),
      ),
    );
  }
  for (const s of plan.safeguards)
    files.set(
      `safeguards/${s.number}.mdx`,
      mdxFile(
        { number: s.number, marker: s.marker, title: s.title, units: s.units, line: s.line },
        plainParagraphs(s.paragraphs),
      ),
    );
  files.set('targets.json', `${JSON.stringify(plan.targets, null, 2)}\n`);
  return files;
}
