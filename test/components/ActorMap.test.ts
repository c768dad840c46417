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
    expect(wrapper.get('.bd-am__label[data-from="russia"][data-to="india"] .bd-am__verb').text()).toBe('sells the S-400 to')
    expect(russiaToIndia.get('path').attributes('marker-end')).toMatch(/^url\(#bd-am-arrow-/)
  })

  it('draws a relation two actors did together with an arrowhead at both ends, and reads it as done together', () => {
    const actors: ActorMapActor[] = [{ id: 'a', name: 'Chile', kind: 'country' }, { id: 'b', name: 'Peru', kind: 'country' }, { id: 'c', name: 'Bolivia', kind: 'country' }]
    const w = mount(ActorMap, { props: { actors, relations: [{ from: 'a', to: 'b', verb: 'signed', mutual: true, span }, { from: 'a', to: 'c', verb: 'warned', span }] } })
    const together = w.get('.bd-am__edge[data-from="a"][data-to="b"] path')
    expect(together.attributes('marker-start')).toBe(together.attributes('marker-end'))
    expect(w.get('.bd-am__edge[data-from="a"][data-to="c"] path').attributes('marker-start')).toBeUndefined()
    expect(w.findAll('.bd-am__sr li').map(li => li.text())).toEqual(['Chile and Peru signed', 'Chile warned Bolivia'])
    expect(w.findAll('.bd-am__key').map(k => k.text())).toContain('↔ together')
  })

  it('shows the "together" key only when some relation was done together', () => {
    const w = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    expect(w.findAll('.bd-am__key').map(k => k.text())).not.toContain('↔ together')
  })

  it('labels an arrow with the verb without its leading auxiliary, hedges kept', () => {
    const w = mount(ActorMap, { props: { actors: [{ id: 'a', name: 'Chile', kind: 'country' }, { id: 'b', name: 'Peru', kind: 'country' }], relations: [{ from: 'a', to: 'b', verb: 'has reportedly bolstered', span: { line: 1, endLine: 1 } }] } })
    expect(w.get('.bd-am__verb').text()).toBe('reportedly bolstered')
  })

  it('shortens a long verb on the arrow but keeps the whole sentence for screen readers', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    const edge = wrapper.get('.bd-am__label[data-from="putin"]')
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

// ---------------------------------------------------------------------------------------------------------------
// Label collisions, measured from the rendered SVG attributes. Text boxes use Inter's advance widths (a rough
// table of its own, not the component's), the verb in 15px italic and the name in 18px bold, from the top of
// the capitals to the bottom of the descenders.

type Box = { x: number; y: number; w: number; h: number; what: string }

function advance(text: string, px: number): number {
  let em = 0
  for (const ch of text) {
    if (/[\s'’,.:;!|ijlI]/u.test(ch)) em += 0.3
    else if (/[ftr()\-/]/u.test(ch)) em += 0.4
    else if (/[mwMW%…]/u.test(ch)) em += 0.9
    else if (/[A-Z]/u.test(ch)) em += 0.72
    else em += 0.6
  }
  return em * px
}

function textBoxes(wrapper: ReturnType<typeof mount>, selector: string, px: number, what: string): Box[] {
  return wrapper.findAll(selector).map((t) => {
    const lines = t.findAll('tspan').map(s => ({ text: s.text().trim(), x: Number(s.attributes('x')), y: Number(s.attributes('y')) }))
    const w = Math.max(...lines.map(l => advance(l.text, px)))
    const top = Math.min(...lines.map(l => l.y)) - 0.75 * px
    const bottom = Math.max(...lines.map(l => l.y)) + 0.25 * px
    return { x: lines[0]!.x - w / 2, y: top, w, h: bottom - top, what: `${what} "${t.text()}"` }
  })
}

function shapeBoxes(wrapper: ReturnType<typeof mount>): Box[] {
  return wrapper.findAll('.bd-am__node .bd-am__shape').map((s) => {
    const a = (n: string) => Number(s.attributes(n))
    const what = `shape of ${s.element.closest('[data-actor-id]')!.getAttribute('data-actor-id')}`
    if (s.element.tagName.toLowerCase() === 'circle') return { x: a('cx') - a('r'), y: a('cy') - a('r'), w: 2 * a('r'), h: 2 * a('r'), what }
    if (s.element.tagName.toLowerCase() === 'rect') return { x: a('x'), y: a('y'), w: a('width'), h: a('height'), what }
    const pts = s.attributes('points')!.split(' ').map(p => p.split(',').map(Number) as [number, number])
    const xs = pts.map(p => p[0])
    const ys = pts.map(p => p[1])
    return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys), what }
  })
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** Every label that overlaps a name, a shape or another label, as "label × what". */
function collisions(wrapper: ReturnType<typeof mount>): string[] {
  const verbs = textBoxes(wrapper, '.bd-am__verb', 15, 'label')
  const others = [...textBoxes(wrapper, '.bd-am__name', 18, 'name'), ...shapeBoxes(wrapper)]
  const out: string[] = []
  verbs.forEach((v, i) => {
    for (const o of [...others, ...verbs.slice(i + 1)]) if (overlaps(v, o)) out.push(`${v.what} × ${o.what}`)
  })
  return out
}

/** Points along an arrow, from its path `M x,y Q cx,cy ex,ey`. */
function arrowPoints(d: string): { x: number; y: number }[] {
  const [s, c, e] = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(m => ({ x: Number(m[1]), y: Number(m[2]) }))
  return Array.from({ length: 41 }, (_, i) => {
    const t = i / 40
    const u = 1 - t
    return { x: u * u * s!.x + 2 * u * t * c!.x + t * t * e!.x, y: u * u * s!.y + 2 * u * t * c!.y + t * t * e!.y }
  })
}

const gap = (p: { x: number; y: number }, b: Box) =>
  Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h))

/** Eight actors in a ring; two arrows between neighbours on the ring, two from the same actor. */
const RING: ActorMapActor[] = [
  { id: 'brazil', name: 'Brazil', kind: 'country' },
  { id: 'senate', name: 'Federal Senate', kind: 'organisation' },
  { id: 'argentina', name: 'Argentina', kind: 'country' },
  { id: 'ministry', name: 'Ministry of Finance', kind: 'organisation' },
  { id: 'lula', name: 'Luiz Inácio Lula da Silva', kind: 'person' },
  { id: 'paraguay', name: 'Paraguay', kind: 'country' },
  { id: 'mercosur', name: 'Mercosur', kind: 'organisation' },
  { id: 'chile', name: 'Chile', kind: 'country' },
]
const RING_RELATIONS: Relation[] = [
  { from: 'ministry', to: 'senate', verb: 'is reportedly preparing to request', span },
  { from: 'senate', to: 'brazil', verb: 'also may weigh in', span },
  { from: 'senate', to: 'argentina', verb: 'also may weigh in', span },
  { from: 'brazil', to: 'argentina', verb: 'agreed', span },
  { from: 'paraguay', to: 'mercosur', verb: 'threatens to leave', span },
]

describe('ActorMap labels', () => {
  it('never lets an arrow label overlap a name, a shape or another label, on a ring of eight', () => {
    const wrapper = mount(ActorMap, { props: { actors: RING, relations: RING_RELATIONS, hub: false } })
    expect(wrapper.findAll('.bd-am__verb')).toHaveLength(RING_RELATIONS.length)
    expect(collisions(wrapper)).toEqual([])
  })

  it('never lets an arrow label overlap a name, a shape or another label, around a hub', () => {
    const wrapper = mount(ActorMap, { props: { actors: ACTORS, relations: RELATIONS } })
    expect(collisions(wrapper)).toEqual([])
  })

  it('puts a label on its own arrow or beside it, and nearer its own arrow than any other', () => {
    for (const props of [{ actors: RING, relations: RING_RELATIONS, hub: false }, { actors: ACTORS, relations: RELATIONS }]) {
      const wrapper = mount(ActorMap, { props })
      const verbs = textBoxes(wrapper, '.bd-am__verb', 15, 'label')
      const arrows = wrapper.findAll('.bd-am__edge path').map(p => arrowPoints(p.attributes('d')!))
      verbs.forEach((v, i) => {
        const own = Math.min(...arrows[i]!.map(p => gap(p, v)))
        expect(own, v.what).toBeLessThan(24)
        arrows.forEach((pts, k) => {
          if (k !== i) expect(Math.min(...pts.map(p => gap(p, v))), `${v.what} vs arrow ${k}`).toBeGreaterThan(own)
        })
      })
    }
  })

  it('keeps each label reading as its verb, whether on one line or two', () => {
    const wrapper = mount(ActorMap, { props: { actors: RING, relations: RING_RELATIONS, hub: false } })
    expect(wrapper.findAll('.bd-am__verb').map(v => v.text())).toEqual([
      'reportedly preparing to reque…',
      'also may weigh in',
      'also may weigh in',
      'agreed',
      'threatens to leave',
    ])
  })

  it('bends an arrow between two neighbours on the ring clear of their names', () => {
    const wrapper = mount(ActorMap, { props: { actors: RING, relations: RING_RELATIONS, hub: false } })
    const names = textBoxes(wrapper, '.bd-am__name', 18, 'name')
    for (const path of wrapper.findAll('.bd-am__edge path')) {
      const through = names.filter(n => arrowPoints(path.attributes('d')!).some(p => gap(p, n) === 0)).map(n => n.what)
      expect(through).toEqual([])
    }
  })
})
