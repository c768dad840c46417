/** Security defaults that can be read off the sources: no code path evaluates strings, no component renders raw HTML. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../fixtures/hostile/cli.ts'

const sources = (dir: string) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter(f => /\.(ts|mts|mjs|js|vue)$/.test(f))
  .map(f => join(dir, f))
const FILES = [...sources('scripts'), ...sources('components'), ...(existsSync(join(ROOT, 'setup')) ? sources('setup') : []), 'global-bottom.vue']

describe('security defaults in the sources', () => {
  it('finds the sources to scan', () => {
    expect(FILES).toEqual(expect.arrayContaining(['scripts/render/escape.ts', 'components/RiskMatrix.vue']))
  })

  it.each(FILES)('%s calls no eval, new Function or string timer, and renders no v-html', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8')
    // `v-html=` as used (in a template or in generated markup), not as mentioned in a comment
    expect(text).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bv-html\s*=|setTimeout\(\s*['"`]|innerHTML\s*=/)
  })
})
