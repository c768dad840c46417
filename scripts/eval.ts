/** `npm run eval`: scores analysis and structure against the gold set, prints the totals and writes EVAL.md. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, report, ROOT } from './eval/run.ts'

const halves = evaluate()
const md = report(halves)
writeFileSync(join(ROOT, 'EVAL.md'), md)
process.stdout.write(md.split('\n## Tuning')[0] + '\nwrote EVAL.md\n')
