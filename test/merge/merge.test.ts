/**
 * Regeneration is a merge, never an overwrite: one named scenario per thing a presenter does to a deck
 * while the analyst keeps revising the article. Decks come from the real generator and a small article
 * of our own (test/fixtures/live/baltic-grid.txt); the presenter's edits are plain string edits.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generate } from '../../scripts/pipeline.ts'
import type { Sidecar } from '../../scripts/sidecar.ts'
import { mergeDecks, parseDeck, slideId } from '../../scripts/merge/merge.ts'
import { basePathFor, MergeRefused, writeDeck } from '../../scripts/merge/write.ts'
import { faults } from '../../scripts/fsx.ts'

const ARTICLE = readFileSync(new URL('../fixtures/live/baltic-grid.txt', import.meta.url), 'utf8')

/** The deck the generator makes from an article text (and sidecar). */
const gen = (article = ARTICLE, sidecar: Sidecar = {}) => generate(Buffer.from(article), 'baltic-grid.txt', { sidecar }).markdown

/** Replaces text that must occur exactly once, so a scenario can never silently edit nothing. */
function edit(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1
  if (n !== 1) throw new Error(`expected exactly one "${from}", found ${n}`)
  return text.replace(from, () => to)
}

/** The analyst's revision of the conclusion (a sentence only the conclusion slide shows). */
const CONCLUSION_OLD = 'The next test is keeping the subsea cables safe.'
const CONCLUSION_NEW = 'The next test is protecting the subsea cables from sabotage.'
const reviseConclusion = (article = ARTICLE) => edit(article, CONCLUSION_OLD, CONCLUSION_NEW)

/** The Storage card, as the renderer writes it in the Cards component's props (labelled items are cards). */
const STORAGE_BULLET = '"text":"Battery parks in Estonia and Lithuania now provide fast frequency reserves."'

/** Each slide of a deck, labelled by id; a presenter's slide by its heading; a conflict slide as `conflict:<id>`. */
function order(deck: string): string[] {
  return parseDeck(deck, 'deck').slides.map(s => {
    const conflict = (s.frontmatter as { briefdeck?: { conflict?: string } }).briefdeck?.conflict
    return slideId(s) ?? (conflict ? `conflict:${conflict}` : `presenter:${s.title ?? ''}`)
  })
}

/** The raw text of the slide with this id. */
function slide(deck: string, id: string): string {
  const s = parseDeck(deck, 'deck').slides.find(x => slideId(x) === id)
  if (!s) throw new Error(`no slide "${id}" in the deck`)
  return s.raw
}

/** Removes the lines of a generated slide, as a presenter deleting it in an editor would. */
function removeSlide(deck: string, id: string): string {
  const s = parseDeck(deck, 'deck').slides.find(x => slideId(x) === id)!
  const lines = deck.split('\n')
  lines.splice(s.start, (s.end ?? lines.length) - s.start)
  return lines.join('\n')
}

/** Moves a generated slide's lines to just before another generated slide. */
function moveBefore(deck: string, id: string, beforeId: string): string {
  const slides = parseDeck(deck, 'deck').slides
  const s = slides.find(x => slideId(x) === id)!
  const lines = deck.split('\n')
  const moved = lines.splice(s.start, s.end! - s.start)
  const target = parseDeck(lines.join('\n'), 'deck').slides.find(x => slideId(x) === beforeId)!
  lines.splice(target.start, 0, ...moved)
  return lines.join('\n')
}

describe('regeneration merges with the presenter’s deck', { timeout: 30_000 }, () => {
  it('keeps a bullet the presenter reworded while taking the article’s change elsewhere', () => {
    const base = gen()
    const mine = edit(base, STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    const m = mergeDecks(base, mine, gen(reviseConclusion()))
    expect(slide(m.text, 'lessons-so-far')).toContain('Batteries now hold the frequency.')
    expect(m.text).not.toContain(STORAGE_BULLET)
    expect(slide(m.text, 'conclusion')).toContain(CONCLUSION_NEW)
    expect(m.conflicts).toEqual([])
  })

  it('keeps notes the presenter edited in presenter view', () => {
    const base = gen()
    const mine = edit(base, '(L8) The BRELL ring linked', 'Pause here and show the old BRELL map.\n\n(L8) The BRELL ring linked')
    const m = mergeDecks(base, mine, gen(reviseConclusion()))
    expect(parseDeck(m.text, 'deck').slides.find(s => slideId(s) === 'background-the-brell-legacy')!.note).toContain('Pause here and show the old BRELL map.')
    expect(slide(m.text, 'conclusion')).toContain(CONCLUSION_NEW)
  })

  it('keeps a slide the presenter added between the same neighbours', () => {
    const base = gen()
    const mine = edit(base, '---\nlayout: "default"\nrouteAlias: "background-the-brell-legacy"', '---\n\n# Our own map\n\n- Look at the map\n\n---\nlayout: "default"\nrouteAlias: "background-the-brell-legacy"')
    const m = mergeDecks(base, mine, gen(reviseConclusion()))
    const ids = order(m.text)
    expect(ids.slice(ids.indexOf('introduction'), ids.indexOf('introduction') + 3)).toEqual(['introduction', 'presenter:Our own map', 'background-the-brell-legacy'])
    expect(m.text).toContain('- Look at the map')
  })

  it('keeps a slide the presenter deleted deleted, even when the article changes it', () => {
    const base = gen()
    const mine = removeSlide(base, 'lessons-so-far')
    const m = mergeDecks(base, mine, gen(edit(ARTICLE, 'now provide fast frequency reserves', 'now provide most frequency reserves')))
    expect(order(m.text)).not.toContain('lessons-so-far')
    expect(m.text).not.toContain('frequency reserves')
  })

  it('keeps the presenter’s order and still updates a moved slide the presenter did not edit', () => {
    const base = gen()
    const mine = moveBefore(base, 'conclusion', 'introduction')
    const m = mergeDecks(base, mine, gen(reviseConclusion()))
    expect(order(m.text)).toEqual(order(mine))
    expect(order(m.text).indexOf('conclusion')).toBeLessThan(order(m.text).indexOf('introduction'))
    expect(slide(m.text, 'conclusion')).toContain(CONCLUSION_NEW)
  })

  it('takes the new text for a slide the presenter did not touch', () => {
    const base = gen()
    const mine = edit(base, STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    const next = gen(reviseConclusion())
    const m = mergeDecks(base, mine, next)
    expect(slide(m.text, 'conclusion')).toBe(slide(next, 'conclusion'))
    expect(m.text).not.toContain(CONCLUSION_OLD)
  })

  it('keeps the presenter’s slide and puts the new version after it, hidden and marked, when both changed it', () => {
    const base = gen()
    const mine = edit(base, `${CONCLUSION_OLD}&nbsp;<Ref`, 'Next: guard the cables.&nbsp;<Ref')
    const next = gen(reviseConclusion())
    const m = mergeDecks(base, mine, next)
    expect(m.conflicts).toEqual(['conclusion'])
    expect(slide(m.text, 'conclusion')).toBe(slide(mine, 'conclusion'))
    const ids = order(m.text)
    expect(ids[ids.indexOf('conclusion') + 1]).toBe('conflict:conclusion')
    const hidden = parseDeck(m.text, 'deck').slides[ids.indexOf('conclusion') + 1]!
    expect(hidden.frontmatter).toMatchObject({ hide: true, briefdeck: { conflict: 'conclusion' } })
    expect(hidden.content).toContain(CONCLUSION_NEW)
  })

  it('keeps an unresolved conflict slide when nothing changed since', () => {
    const base = gen()
    const next = gen(reviseConclusion())
    const first = mergeDecks(base, edit(base, `${CONCLUSION_OLD}&nbsp;<Ref`, 'Next: guard the cables.&nbsp;<Ref'), next)
    expect(mergeDecks(next, first.text, next).text).toBe(first.text)
  })

  it('replaces an unresolved conflict slide when the article changes that slide again', () => {
    const base = gen()
    const next = gen(reviseConclusion())
    const first = mergeDecks(base, edit(base, `${CONCLUSION_OLD}&nbsp;<Ref`, 'Next: guard the cables.&nbsp;<Ref'), next)
    const again = mergeDecks(next, first.text, gen(edit(ARTICLE, CONCLUSION_OLD, 'The next test is paying for cable patrols.')))
    expect(order(again.text).filter(x => x === 'conflict:conclusion')).toHaveLength(1)
    expect(again.text).toContain('paying for cable patrols')
    expect(again.text).not.toContain(CONCLUSION_NEW)
  })

  it('lets a sidecar correction flow into slides the presenter did not touch', () => {
    const base = gen()
    const mine = edit(base, STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    const m = mergeDecks(base, mine, gen(ARTICLE, { corrections: [{ find: 'subsea cables', replace: 'undersea power cables' }] }))
    expect(slide(m.text, 'conclusion')).toContain('keeping the undersea power cables safe')
    expect(slide(m.text, 'lessons-so-far')).toContain('Batteries now hold the frequency.')
  })

  it('adds a slide new in the article after its predecessor in the new order', () => {
    const base = gen()
    const mine = edit(base, STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    const article = edit(ARTICLE, 'Conclusion\n', 'Costs Ahead\nThe operators expect another €800 million of grid spending before 2030.\nConclusion\n')
    const ids = order(mergeDecks(base, mine, gen(article)).text)
    expect(ids.indexOf('costs-ahead')).toBe(ids.indexOf('lessons-so-far') + 1)
  })
})

describe('writing slides.md', { timeout: 30_000 }, () => {
  let dir = ''
  const deckIn = () => { dir = mkdtempSync(join(tmpdir(), 'briefdeck-merge-')); return join(dir, 'slides.md') }
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

  it('leaves an untouched slides.md byte-identical when nothing changed', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    const before = readFileSync(deck)
    expect(writeDeck(deck, gen()).action).toBe('unchanged')
    expect(readFileSync(deck).equals(before)).toBe(true)
  })

  it('leaves an edited slides.md byte-identical when nothing changed', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    const mine = removeSlide(edit(readFileSync(deck, 'utf8'), STORAGE_BULLET, '"text":"Batteries now hold the frequency."'), 'agenda')
    writeFileSync(deck, mine)
    expect(writeDeck(deck, gen()).action).toBe('unchanged')
    expect(readFileSync(deck, 'utf8')).toBe(mine)
  })

  it('reports a conflict and writes both versions', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    writeFileSync(deck, edit(readFileSync(deck, 'utf8'), `${CONCLUSION_OLD}&nbsp;<Ref`, 'Next: guard the cables.&nbsp;<Ref'))
    const r = writeDeck(deck, gen(reviseConclusion()))
    expect(r).toMatchObject({ action: 'merged', conflicts: ['conclusion'] })
    expect(r.note).toContain('conclusion')
    const text = readFileSync(deck, 'utf8')
    expect(text).toContain('Next: guard the cables.')
    expect(text).toContain(CONCLUSION_NEW)
    expect(readFileSync(basePathFor(deck), 'utf8')).toBe(gen(reviseConclusion()))
  })

  it('refuses a slides.md with broken frontmatter, names the line, and writes nothing', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    const lines = readFileSync(deck, 'utf8').split('\n')
    const broken = lines.indexOf('routeAlias: "lessons-so-far"')
    lines[broken] = 'routeAlias: "lessons-so-far'
    writeFileSync(deck, lines.join('\n'))
    const before = { deck: readFileSync(deck), base: readFileSync(basePathFor(deck)) }
    expect(() => writeDeck(deck, gen(reviseConclusion()))).toThrow(MergeRefused)
    expect(() => writeDeck(deck, gen(reviseConclusion()))).toThrow(`${deck}:${broken + 1}:`)
    expect(readFileSync(deck).equals(before.deck)).toBe(true)
    expect(readFileSync(basePathFor(deck)).equals(before.base)).toBe(true)
    expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a broken slides.md that has no base without creating anything', () => {
    const deck = deckIn()
    writeFileSync(deck, '---\ntheme: default\ntitle: My deck: draft\n---\n\n# Hello\n')
    expect(() => writeDeck(deck, gen())).toThrow(`${deck}:3:`)
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })

  it('keeps every slide, none deleted and none overwritten, when the base is missing', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    const mine = edit(readFileSync(deck, 'utf8'), STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    writeFileSync(deck, mine)
    rmSync(basePathFor(deck))
    const withoutLessons = edit(reviseConclusion(), 'Lessons So Far\nInterconnectors: The Estlink and NordBalt cables carry most imports, and two were damaged in 2024.\nStorage: Battery parks in Estonia and Lithuania now provide fast frequency reserves.\nCooperation: Finland, Poland and Sweden share reserves with the Baltic operators.\n', '')
    writeDeck(deck, gen(withoutLessons))
    const merged = readFileSync(deck, 'utf8')
    for (const s of parseDeck(mine, 'mine').slides) expect(merged).toContain(s.raw.trim())
    expect(existsSync(basePathFor(deck))).toBe(true)
  })

  describe('while Slidev saves a presenter edit during the merge', () => {
    afterEach(() => { faults.beforeRename = undefined })

    it('merges again from the saved text, so the late edit and the article revision both land', () => {
      const deck = deckIn()
      writeDeck(deck, gen())
      let saves = 0
      faults.beforeRename = (_tmp, target) => {
        if (target !== deck || saves++ > 0) return
        writeFileSync(deck, edit(readFileSync(deck, 'utf8'), STORAGE_BULLET, '"text":"Batteries now hold the frequency."'))
      }
      const r = writeDeck(deck, gen(reviseConclusion()))
      const text = readFileSync(deck, 'utf8')
      expect(saves).toBeGreaterThan(1)
      expect(r.action).toBe('merged')
      expect(text).toContain('Batteries now hold the frequency.')
      expect(text).toContain(CONCLUSION_NEW)
      expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([])
    })

    it('gives up with nothing overwritten when the deck changes on every attempt', () => {
      const deck = deckIn()
      writeDeck(deck, gen())
      let n = 0
      faults.beforeRename = (_tmp, target) => {
        if (target === deck) writeFileSync(deck, `${readFileSync(deck, 'utf8')}\n<!-- presenter save ${++n} -->\n`)
      }
      expect(() => writeDeck(deck, gen(reviseConclusion()))).toThrow(/changed 3 times while briefdeck was merging/)
      expect(readFileSync(deck, 'utf8')).toContain(`presenter save ${n}`)
      expect(readFileSync(deck, 'utf8')).not.toContain(CONCLUSION_NEW)
      expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([])
    })
  })

  it('backs the old slides.md up under a timestamp before --force regenerates', () => {
    const deck = deckIn()
    writeDeck(deck, gen())
    const mine = edit(readFileSync(deck, 'utf8'), STORAGE_BULLET, '"text":"Batteries now hold the frequency."')
    writeFileSync(deck, mine)
    const r = writeDeck(deck, gen(reviseConclusion()), { force: true, now: new Date('2026-03-01T10:20:30.456Z') })
    expect(r.action).toBe('forced')
    const backup = join(dir, '.briefdeck', 'backups', 'slides.2026-03-01T10-20-30-456Z.md')
    expect(readFileSync(backup, 'utf8')).toBe(mine)
    expect(readFileSync(deck, 'utf8')).toBe(gen(reviseConclusion()))
  })
})
