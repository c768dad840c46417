/** `npm run eval`: scores analysis and structure against the gold set, prints the totals and writes EVAL.md. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatsMarkdown, formatsReport } from './eval/formats.ts'
import { passagesMarkdown, passagesReport } from './eval/passages.ts'
import { ARTICLES, evaluate, report, ROOT } from './eval/run.ts'

const halves = evaluate()
const passages = passagesMarkdown(passagesReport(ROOT))
const formats = formatsMarkdown(await formatsReport(ARTICLES, join(ROOT, 'test', 'gold', 'split.yaml')))
const md = `${report(halves)}\n${passages}\n${formats}`
writeFileSync(join(ROOT, 'EVAL.md'), md)
process.stdout.write(md.split('\n## Tuning')[0] + '\n' + passages + '\n' + formats.split('\n| file |')[0] + '\nwrote EVAL.md\n')
