/**
 * npm run ingest            — regenerate content/plan/ from seeds/ (+ content/units.json, content/target-overrides.json)
 * npm run ingest -- --check — exit 1 if content/plan/ is not what ingest would write
 *
 * Bad input: `file:line: message` on stderr, exit code 1, content/plan/ untouched.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceError } from '../src/lib/errors.ts';
import { defaultPaths, ingest } from '../src/lib/ingest.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});

const root = process.cwd();
const paths = {
  ...defaultPaths(root),
  ...(values.seed && { seed: values.seed }),
  ...(values.out && { out: values.out }),
};

try {
  const { model, stale } = ingest(paths, { check: values.check, root });
  const out = relative(root, paths.out);
  const summary = `${model.plan.measures.length} measures in ${model.plan.groups.length} groups, ${model.plan.targets.length} targets, ${model.plan.safeguards.length} safeguards`;
  if (values.check && stale.length) {
    console.error(`${out} is stale; run \`npm run ingest\`. Differs: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(
    values.check
      ? `${out} is current (${summary})`
      : stale.length
        ? `wrote ${out}: ${summary}`
        : `${out} already current (${summary})`,
  );
} catch (e) {
  if (e instanceof SourceError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
