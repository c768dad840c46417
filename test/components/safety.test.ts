import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RiskMatrix from '../../components/RiskMatrix.vue'
import ScenarioCompare from '../../components/ScenarioCompare.vue'
import { RISKS, SCENARIOS } from './fixtures.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
const SFCS = [
  ...readdirSync(join(ROOT, 'components'))
    .filter(f => f.endsWith('.vue'))
    .map(f => join('components', f)),
  'global-bottom.vue',
  'global-top.vue',
]

describe('component safety', () => {
  it('finds the component sources to scan', () => {
    expect(SFCS).toEqual(expect.arrayContaining(['components/RiskMatrix.vue', 'components/Ref.vue', 'global-bottom.vue']))
  })

  it.each(SFCS)('%s renders text only through interpolation (no v-html, innerHTML)', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8')
    expect(source).not.toMatch(/\bv-html\b|innerHTML|outerHTML|insertAdjacentHTML/)
  })

  it('shows markup in the data as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)">{{ 1 + 1 }}'
    const matrix = mount(RiskMatrix, { props: { risks: [{ ...RISKS[0]!, name: hostile, basis: hostile }] } })
    expect(matrix.find('img').exists()).toBe(false)
    expect(matrix.get('.bd-rm__entry-name').text()).toBe(hostile)
    const compare = mount(ScenarioCompare, { props: { scenarios: [{ ...SCENARIOS[0]!, outlook: hostile }] } })
    expect(compare.find('img').exists()).toBe(false)
    expect(compare.get('[data-field="outlook"]').text()).toBe(hostile)
  })
})
