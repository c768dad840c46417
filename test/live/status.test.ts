/**
 * `briefdeck status`: each slide's state against the base and a fresh generation, on decks the real
 * generator makes from the fixture article.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generate } from '../../scripts/pipeline.ts'
import { mergeDecks } from '../../scripts/merge/merge.ts'
import { deckStatus, formatStatus } from '../../scripts/status.ts'

const ARTICLE = readFileSync(new URL('../fixtures/live/baltic-grid.txt', import.meta.url), 'utf8')
const gen = (article = ARTICLE) => generate(Buffer.from(article), 'baltic-grid.txt').markdown
const revised = ARTICLE.replace('keeping the subsea cables safe', 'protecting the subsea cables')
const stateOf = (rows: ReturnType<typeof deckStatus>) => Object.fromEntries(rows.map(r => [r.id, r.state]))

describe('briefdeck status', { timeout: 30_000 }, () => {
  it('calls every slide untouched right after generation', () => {
    const base = gen()
    expect(new Set(deckStatus(base, base, gen()).map(r => r.state))).toEqual(new Set(['untouched']))
  })

  it('tells edited, added and deleted slides apart', () => {
    const base = gen()
    const mine = base
      .replace('"text":"Battery parks', '"text":"Our battery parks')
      .replace(/---\nlayout: "default"\nrouteAlias: "agenda"[\s\S]*?(?=---\nlayout: "default"\nrouteAlias: "introduction")/, '')
      .replace('---\nlayout: "default"\nrouteAlias: "conclusion"', '---\n\n# Questions\n\n---\nlayout: "default"\nrouteAlias: "conclusion"')
    const states = stateOf(deckStatus(mine, base, undefined))
    expect(states).toMatchObject({ 'lessons-so-far': 'edited', agenda: 'deleted', introduction: 'untouched' })
    expect(Object.entries(states).filter(([, s]) => s === 'added')).toHaveLength(1)
  })

  it('marks an untouched slide stale when the article changed under it', () => {
    const base = gen()
    const rows = deckStatus(base, base, gen(revised))
    expect(stateOf(rows)).toMatchObject({ conclusion: 'stale', introduction: 'untouched' })
  })

  it('reports a conflict on the presenter’s slide, pointing at the hidden new version', () => {
    const base = gen()
    const mine = base.replace('The next test is keeping the subsea cables safe.&nbsp;<Ref', 'Guard the cables.&nbsp;<Ref')
    const merged = mergeDecks(base, mine, gen(revised)).text
    const row = deckStatus(merged, gen(revised), gen(revised)).find(r => r.id === 'conclusion')!
    expect(row.state).toBe('conflict')
    expect(row.note).toContain(`hidden slide ${row.position! + 1}`)
  })

  it('counts every generated slide as edited when the base is missing', () => {
    const base = gen()
    expect(new Set(deckStatus(base, undefined, gen(revised)).map(r => r.state))).toEqual(new Set(['edited']))
  })

  it('prints one aligned row per slide under a header', () => {
    const base = gen()
    const lines = formatStatus(deckStatus(base, base, gen(revised))).split('\n')
    expect(lines[0]).toMatch(/^#\s+id\s+status\s+title\s+note$/)
    const slides = (base.match(/^routeAlias: /gm) ?? []).length
    expect(slides).toBeGreaterThan(5)
    expect(lines).toHaveLength(1 + slides)
    expect(lines.find(l => l.includes('conclusion'))).toMatch(/\bstale\b/)
  })
})
