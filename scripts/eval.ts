/** `npm run eval`: scores analysis and structure against the gold set, prints the totals and writes EVAL.md. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { passagesMarkdown, passagesReport } from './eval/passages.ts'
import { evaluate, report, ROOT } from './eval/run.ts'

const halves = evaluate()
const passages = passagesMarkdown(passagesReport(ROOT))
const md = `${report(halves)}\n${passages}`
writeFileSync(join(ROOT, 'EVAL.md'), md)
process.stdout.write(md.split('\n## Tuning')[0] + '\n' + passages + '\nwrote EVAL.md\n')
