/**
 * npm run ingest            — regenerate content/plan/ from seeds/ (+ content/reviewed/units.json, target-overrides.json)
 * npm run ingest -- --check — exit 1 if content/plan/ is not what ingest would write
 * npm run ingest -- --debug — on an unexpected internal error, print its stack trace too
 *
 * Bad input: `file:line: message` on stderr, exit code 1, content/plan/ untouched. An unexpected internal error is one
 * line saying so (the stack only with --debug), also exit 1.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { failureMessage } from '../domain/errors.ts';
import { defaultPaths, ingest } from './ingest.ts';

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
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
  const { model, stale } = ingest(paths, { check: values.check, root });
  const out = relative(root, paths.out);
  const summary = `${model.plan.measures.length} measures in ${model.plan.groups.length} groups, ${model.plan.targets.length} targets, ${model.plan.safeguards.length} safeguards`;
  if (values.check && stale.length) {
    console.error(`${out} is stale; run \`npm run ingest\`. Differs: ${stale.join(', ')}`);
    return 1;
  }
  console.log(
    values.check
      ? `${out} is current (${summary})`
      : stale.length
        ? `wrote ${out}: ${summary}`
        : `${out} already current (${summary})`,
  );
  return 0;
}

const argv = process.argv.slice(2);
try {
  process.exitCode = main(argv);
} catch (e) {
  if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))
    console.error(`${e.message} (usage: npm run ingest -- [--check] [--debug] [--seed FILE] [--out DIR])`);
  else console.error(failureMessage(e, { debug: argv.includes('--debug') }));
  process.exitCode = 1;
}
