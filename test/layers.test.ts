/**
 * The stages' layering (issue 12): each stage imports only the model, the shared text leaf (scripts/text/) and the
 * stage before it — ingest ← analyze ← plan ← render — never another stage's internals further back.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SCRIPTS = resolve(import.meta.dirname, '..', 'scripts')
const importsOf = (dir: string) => readdirSync(join(SCRIPTS, dir)).filter(f => f.endsWith('.ts')).flatMap(f =>
  [...readFileSync(join(SCRIPTS, dir, f), 'utf8').matchAll(/^import\s[^'\n]*'(\.[^']+)'/gm)].map(m => ({ file: `${dir}/${f}`, from: resolve(join(SCRIPTS, dir), m[1]!).slice(SCRIPTS.length + 1) })))
const stageOf = (path: string) => path.split('/')[0]!

describe('the stages', () => {
  it('keep the shared text helpers a leaf: scripts/text imports only the model', () => {
    expect(importsOf('text').filter(i => stageOf(i.from) === 'text' ? false : i.from !== 'model.ts')).toEqual([])
  })

  it.each([
    ['analyze', ['ingest']],
    ['plan', ['analyze']],
    ['render', ['plan']],
  ])('%s imports only the model, the text leaf, top-level modules and the stage before it (%s)', (stage, allowed) => {
    const stages = ['ingest', 'analyze', 'plan', 'render', 'export', 'merge']
    const wrong = importsOf(stage).filter(i => stages.includes(stageOf(i.from)) && stageOf(i.from) !== stage && !allowed.includes(stageOf(i.from)))
    expect(wrong).toEqual([])
  })
})
