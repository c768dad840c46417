import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScenarioCompare from '../../components/ScenarioCompare.vue'
import { SCENARIOS } from './fixtures.ts'

describe('ScenarioCompare', () => {
  it('shows three scenarios side by side with the base case marked in words', () => {
    const wrapper = mount(ScenarioCompare, { props: { scenarios: SCENARIOS } })
    const cards = wrapper.findAll('.bd-sc__card')
    expect(cards.map(c => c.get('.bd-sc__name').text())).toEqual(['Optimistic', 'Pessimistic', 'Realistic'])
    expect(wrapper.attributes('style')).toContain('repeat(3,')

    const base = cards.filter(c => c.attributes('data-base-case') === 'true')
    expect(base.map(c => c.attributes('data-scenario-id'))).toEqual(['realistic'])
    expect(base[0]!.get('[data-badge="base-case"]').text()).toBe('Base case')
    expect(base[0]!.attributes('aria-label')).toBe('Realistic scenario, base case')
    expect(cards[0]!.find('[data-badge="base-case"]').exists()).toBe(false)
  })

  it('gives each scenario its outlook, points, tone and source anchor', () => {
    const wrapper = mount(ScenarioCompare, { props: { scenarios: SCENARIOS } })
    const pessimistic = wrapper.get('[data-scenario-id="pessimistic"]')
    expect(pessimistic.attributes('data-tone')).toBe('pessimistic')
    expect(pessimistic.get('.bd-sc__icon').text()).toBe('▼')
    expect(pessimistic.get('[data-field="outlook"]').text()).toBe(SCENARIOS[1]!.outlook)
    expect(pessimistic.findAll('[data-field="points"] li').map(li => li.text())).toEqual([
      'New Delhi may pivot to European suppliers.',
    ])
    expect(pessimistic.get('[data-at]').attributes('data-at')).toBe('L29')
  })

  it('shows the probability only where one is given', () => {
    const wrapper = mount(ScenarioCompare, { props: { scenarios: SCENARIOS } })
    expect(wrapper.get('[data-scenario-id="realistic"] [data-field="probability"]').text()).toBe('Probability 55%')
    expect(wrapper.find('[data-scenario-id="optimistic"] [data-field="probability"]').exists()).toBe(false)
  })

  it('spells out the tone when the name does not already say it', () => {
    const renamed = SCENARIOS.map(s => (s.id === 'realistic' ? { ...s, name: 'Hybrid model' } : s))
    const wrapper = mount(ScenarioCompare, { props: { scenarios: renamed } })
    expect(wrapper.get('[data-scenario-id="realistic"] [data-field="tone"]').text()).toBe('Realistic')
    expect(wrapper.find('[data-scenario-id="optimistic"] [data-field="tone"]').exists()).toBe(false)
  })

  it('adds one aligned row per dimension, with a dash where a scenario has no value', () => {
    const scenarios = SCENARIOS.map(s =>
      s.id === 'pessimistic' ? s : { ...s, dimensions: { 'Arms trade': s.id === 'optimistic' ? 'Grows' : 'Flat' } },
    )
    const wrapper = mount(ScenarioCompare, { props: { scenarios, dimensions: ['Arms trade'] } })
    expect(wrapper.attributes('data-aligned')).toBe('true')
    const values = wrapper.findAll('[data-dimension="Arms trade"] .bd-sc__dim-value').map(v => v.text())
    expect(values).toEqual(['Grows', '—', 'Flat'])
    expect(wrapper.get('[data-scenario-id="pessimistic"] .bd-sc__dim-value').attributes('aria-label')).toBe('not stated')
  })

  it('has no dimension rows when none are asked for', () => {
    const wrapper = mount(ScenarioCompare, { props: { scenarios: SCENARIOS } })
    expect(wrapper.findAll('[data-dimension]')).toHaveLength(0)
    expect(wrapper.attributes('data-aligned')).toBe('false')
  })
})
