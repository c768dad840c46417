import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ActorMap from '../../components/ActorMap.vue'
import type { ActorMapActor } from '../../components/ActorMap.vue'
import type { MapRelation as Relation } from '../../scripts/model.ts'

const ACTORS: ActorMapActor[] = [
  { id: 'russia', name: 'Russia', kind: 'country' },
  { id: 'india', name: 'India', kind: 'country' },
  { id: 'us', name: 'United States', kind: 'country' },
  { id: 'pakistan', name: 'Pakistan', kind: 'country' },
  { id: 'quad', name: 'Quad partners (U.S., Japan, Australia)', kind: 'group' },
  { id: 'putin', name: 'Vladimir Putin', kind: 'person' },
  { id: 'brahmos', name: 'BrahMos Aerospace', kind: 'organisation' },
]
const span = { line: 6, endLine: 6 }
const RELATIONS: Relation[] = [
  { from: 'russia', to: 'india', verb: 'sells the S-400 to', span },
  { from: 'india', to: 'russia', verb: 'imports 40% of its oil from', span },
  { from: 'us', to: 'india', verb: 'threatens sanctions against', span },
  { from: 'pakistan', to: 'india', verb: 'threatens', span },
  { from: 'india', to: 'quad', verb: 'could alienate', span },
  { from: 'putin', to: 'us', verb: 'aims to erode U.S. influence in Asia and position Russia as', span },
  { from: 'russia', to: 'brahmos', verb: 'co-owns', span },
]

describe('ActorMap', () => {
  it('draws an SVG text with the name of every actor', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const texts = wrapper.findAll('svg .bd-am__node text')
    expect(texts).toHaveLength(ACTORS.length)
    for (const text of texts) expect(text.element.tagName.toLowerCase()).toBe('text')
    // Long names wrap into tspans; joined they read as the name.
    expect(texts.map(t => t.findAll('tspan').map(s => s.text()).join(' '))).toEqual(ACTORS.map(a => a.name))
  })

  it('shows the kind of each actor by shape', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const shape = (id: string) => wrapper.get(`[data-actor-id="${id}"] .bd-am__shape`).element.tagName.toLowerCase()
    expect(shape('russia')).toBe('circle')
    expect(shape('brahmos')).toBe('rect')
    expect(shape('putin')).toBe('polygon')
    expect(wrapper.findAll('.bd-am__key[data-kind]').map(k => k.text())).toEqual([
      'Country',
      'Organisation',
      'Person',
      'Group',
    ])
  })

  it('draws one arrow with its verb per relation', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const edges = wrapper.findAll('.bd-am__edge')
    expect(edges).toHaveLength(RELATIONS.length)
    const russiaToIndia = wrapper.get('.bd-am__edge[data-from="russia"][data-to="india"]')
    expect(russiaToIndia.get('.bd-am__verb').text()).toBe('sells the S-400 to')
    expect(russiaToIndia.get('path').attributes('marker-end')).toMatch(/^url\(#bd-am-arrow-/)
  })

  it('labels an arrow with the verb without its leading auxiliary, hedges kept', () => {
    const w = mount(ActorMap, { props: { actors: [{ id: 'a', name: 'Chile', kind: 'country' }, { id: 'b', name: 'Peru', kind: 'country' }], relations: [{ from: 'a', to: 'b', verb: 'has reportedly bolstered', span: { line: 1, endLine: 1 } }] } })
    expect(w.get('.bd-am__verb').text()).toBe('reportedly bolstered')
  })

  it('shortens a long verb on the arrow but keeps the whole sentence for screen readers', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const edge = wrapper.get('.bd-am__edge[data-from="putin"]')
    expect(edge.get('.bd-am__verb').text()).toMatch(/…$/)
    expect(edge.get('.bd-am__verb').text().length).toBeLessThanOrEqual(30)
    expect(wrapper.findAll('.bd-am__sr li').map(li => li.text())).toContain(
      'Vladimir Putin aims to erode U.S. influence in Asia and position Russia as United States',
    )
  })

  it('puts the actor related to most others in the centre', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    expect(wrapper.attributes('data-hub')).toBe('india')
    expect(wrapper.get('[data-actor-id="india"]').attributes('data-hub')).toBe('true')
  })

  it('skips relations to unknown actors and to oneself instead of failing', () => {
    const relations: Relation[] = [
      ...RELATIONS.slice(0, 2),
      { from: 'russia', to: 'nobody', verb: 'ignores', span },
      { from: 'india', to: 'india', verb: 'balances', span },
    ]
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations } })
    expect(wrapper.attributes('data-relations')).toBe('2')
  })

  it('keeps every node inside the drawing', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const [, , width, height] = wrapper.get('svg').attributes('viewBox')!.split(' ').map(Number)
    for (const t of wrapper.findAll('.bd-am__node tspan')) {
      const x = Number(t.attributes('x'))
      const y = Number(t.attributes('y'))
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(width!)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(height!)
    }
  })
})
