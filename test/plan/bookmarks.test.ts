// The handout's bookmarks read by section: a slide whose headline is an assertion names its section (the kicker) in
// `briefdeck.section`, and the exports group it there rather than making its headline a section of its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { summarise } from '../../scripts/outputs.ts'

const dir = mkdtempSync(join(tmpdir(), 'bd-bookmarks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const deck = [
  '---\ntitle: Test deck\nbriefdeck: { id: title, kind: title }\n---\n\n# Test deck\n',
  '---\nbriefdeck: { id: background, kind: section, section: Background }\n---\n\n# The deal has drawn sanctions threats\n',
  '---\nbriefdeck: { id: background-2, kind: section, section: Background }\n---\n\n# India chose security over compliance\n',
  '---\nbriefdeck: { id: risks, kind: section }\n---\n\n# Risks\n',
].join('\n')

describe('handout bookmarks', () => {
  it('group assertion-titled slides under the section their kicker names', () => {
    const path = join(dir, 'slides.md')
    writeFileSync(path, deck)
    const s = summarise(path)
    expect(s.slides.map(x => x.section)).toEqual(['Test deck', 'Background', 'Background', 'Risks'])
    expect(s.slides.map(x => x.title)).toEqual(['Test deck', 'The deal has drawn sanctions threats', 'India chose security over compliance', 'Risks'])
    expect(s.outline.map(o => o.title)).toEqual(['Test deck', 'Background', 'Risks'])
  })
})
