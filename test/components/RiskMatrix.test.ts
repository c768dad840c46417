import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RiskMatrix from '../../components/RiskMatrix.vue'
import { RISKS } from './fixtures.ts'

function cell(wrapper: ReturnType<typeof mount>, likelihood: number, impact: number) {
  return wrapper.get(`.bd-rm__cell[data-likelihood="${likelihood}"][data-impact="${impact}"]`)
}

function namesIn(wrapper: ReturnType<typeof mount>, likelihood: number, impact: number): string[] {
  return cell(wrapper, likelihood, impact).findAll('.bd-rm__name').map(n => n.text())
}

describe('RiskMatrix', () => {
  it('draws a 5 × 5 grid of cells, one per likelihood and impact level', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    const cells = wrapper.findAll('.bd-rm__cell')
    expect(cells).toHaveLength(25)
    const coords = new Set(cells.map(c => `${c.attributes('data-likelihood')}/${c.attributes('data-impact')}`))
    expect(coords.size).toBe(25)
  })

  it('places three named risks in the cells their likelihood and impact say', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    expect(namesIn(wrapper, 3, 4)).toEqual(['U.S. Retaliation'])
    expect(namesIn(wrapper, 3, 3)).toEqual(['Technology Stagnation'])
    expect(namesIn(wrapper, 2, 5)).toEqual(['Regional Backlash'])
    const occupied = wrapper.findAll('.bd-rm__cell').filter(c => c.attributes('data-count') !== '0')
    expect(occupied).toHaveLength(3)
  })

  it('stacks risks that share a cell, numbered in the order given', () => {
    const shared = RISKS.map(r => ({ ...r, likelihood: 3, impact: 3 }))
    const wrapper = mount(RiskMatrix, { props: { risks: shared } })
    const chips = cell(wrapper, 3, 3).findAll('.bd-rm__chip')
    expect(chips.map(c => c.get('.bd-rm__num').text())).toEqual(['1', '2', '3'])
    expect(chips.map(c => c.attributes('data-risk-id'))).toEqual(RISKS.map(r => r.id))
  })

  it('labels each cell for screen readers with its likelihood, impact and risks', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    expect(cell(wrapper, 3, 4).attributes('aria-label')).toBe('Likelihood Possible, impact Major: U.S. Retaliation')
    expect(cell(wrapper, 1, 1).attributes('aria-label')).toBe('Likelihood Rare, impact Minimal: no risks')
  })

  it('writes the severity band in words in every cell, not only as colour', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    expect(cell(wrapper, 1, 1).get('.bd-rm__band').text()).toBe('Low')
    expect(cell(wrapper, 3, 3).get('.bd-rm__band').text()).toBe('Medium')
    expect(cell(wrapper, 3, 4).get('.bd-rm__band').text()).toBe('High')
    expect(cell(wrapper, 5, 5).get('.bd-rm__band').text()).toBe('Critical')
    expect(cell(wrapper, 5, 5).attributes('data-severity')).toBe('critical')
  })

  it('lists every risk in the legend with its number, its levels in words ("Possible · Major"), basis and source anchor', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    const entries = wrapper.findAll('.bd-rm__entry')
    expect(entries).toHaveLength(3)
    const first = entries[0]!
    expect(first.get('.bd-rm__num').text()).toBe('1')
    expect(first.get('.bd-rm__entry-name').text()).toBe('U.S. Retaliation')
    expect(first.get('.bd-rm__entry-level').text()).toBe('Possible · Major*')
    expect(first.get('.bd-rm__basis').text()).toContain('hedge "could" → possible')
    expect(first.get('[data-at]').attributes('data-at')).toBe('L19')
  })

  it('marks estimated placements with an asterisk and explains it, but not sidecar ones', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    const estimated = wrapper.get('.bd-rm__chip[data-risk-id="us-retaliation"]')
    const given = wrapper.get('.bd-rm__chip[data-risk-id="regional-backlash"]')
    expect(estimated.attributes('data-estimated')).toBe('true')
    expect(estimated.find('.bd-rm__est').exists()).toBe(true)
    expect(given.attributes('data-estimated')).toBe('false')
    expect(given.find('.bd-rm__est').exists()).toBe(false)
    expect(wrapper.get('[data-note="estimated"]').text()).toBe("* Estimated from the text's wording")
  })

  it('leaves out the estimate note when no placement is estimated', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS.map(r => ({ ...r, estimated: false })) } })
    expect(wrapper.find('[data-note="estimated"]').exists()).toBe(false)
  })

  it('uses custom axis labels when given', () => {
    const likelihoodLabels = ['L1', 'L2', 'L3', 'L4', 'L5']
    const impactLabels = ['I1', 'I2', 'I3', 'I4', 'I5']
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS, likelihoodLabels, impactLabels } })
    expect(wrapper.findAll('.bd-rm__ylabel').map(l => l.text())).toEqual(['L5', 'L4', 'L3', 'L2', 'L1'])
    expect(wrapper.findAll('.bd-rm__xlabel').map(l => l.text())).toEqual(impactLabels)
  })

  it('draws levels outside 1–5 in the nearest cell instead of dropping the risk', () => {
    const wrapper = mount(RiskMatrix, {
      props: { risks: [{ ...RISKS[0]!, likelihood: 7, impact: 0 }] },
    })
    expect(namesIn(wrapper, 5, 1)).toEqual(['U.S. Retaliation'])
  })

  it('switches to compact density above five risks', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...RISKS[0]!, id: `r${i}`, name: `Risk ${i}` }))
    expect(mount(RiskMatrix, { props: { risks: many } }).attributes('data-density')).toBe('dense')
    expect(mount(RiskMatrix, { props: { risks: RISKS } }).attributes('data-density')).toBe('normal')
  })

  it('switches to compact density when long names would wrap the legend past the slide', () => {
    const long = Array.from({ length: 4 }, (_, i) => ({ ...RISKS[0]!, id: `r${i}`, name: i % 2 ? `Vulnerability of the strait number ${i}` : `Risk ${i}` }))
    expect(mount(RiskMatrix, { props: { risks: long } }).attributes('data-density')).toBe('compact')
  })

  it('takes a smaller look for five one-line names, whose levels and anchors run the full-size legend past the slide', () => {
    const names = ['Supply chain backlog', 'Currency devaluation', 'Mounting debt burden', 'Shipping cost shocks', 'Sanctions on lenders']
    const risks = names.map((name, i) => ({ ...RISKS[0]!, id: `r${i}`, name, likelihood: 1 + i, anchor: `L${19 + i}` }))
    expect(mount(RiskMatrix, { props: { risks } }).attributes('data-density')).toBe('compact')
  })

  it('marks a cell holding more than one risk as crowded, so its chips are set smaller and side by side', () => {
    const shared = RISKS.map(r => ({ ...r, likelihood: 3, impact: 3 }))
    const wrapper = mount(RiskMatrix, { props: { risks: shared } })
    expect(cell(wrapper, 3, 3).attributes('data-crowded')).toBe('true')
    const alone = mount(RiskMatrix, { props: { risks: RISKS } })
    expect(cell(alone, 3, 4).attributes('data-crowded')).toBeUndefined()
  })

  it('puts each anchor on its entry\'s head line, after the levels, where it flows on when there is room', () => {
    const wrapper = mount(RiskMatrix, { props: { risks: RISKS } })
    const head = wrapper.get('.bd-rm__entry .bd-rm__entry-head')
    expect(head.find('[data-at]').attributes('data-at')).toBe('L19')
  })
})
