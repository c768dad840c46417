/**
 * A relation states what the text says an actor did or does: an option for Congress ("Congress may consider …",
 * "Congress could direct the agency to …") is what it may be asked to do.
 */
import { describe, expect, it } from 'vitest'
import { findActors } from '../../scripts/analyze/actors.ts'
import { isOption } from '../../scripts/analyze/relations.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const edges = (text: string) => findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en').relations.map(r => `${r.from} ${r.verb} ${r.to}`)
const PREAMBLE = 'Congress, Chile and Peru met. Congress, Chile and Peru spoke. '

describe('an option is no act', () => {
  it('"Congress may consider …" and "Congress could also direct … to …" draw no edge from Congress', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Congress may consider sanctions on Chile.\n\nCongress could also direct the Treasury to sanction banks in Peru.\n`).filter(e => e.startsWith('congress'))).toEqual([])
  })

  it('an oversight option is no act either ("Congress may monitor talks with Peru", "could track exports to Chile")', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Congress may monitor talks with Peru. Congress could track exports to Chile. Congress might study trade with Peru.\n`).filter(e => e.startsWith('congress'))).toEqual([])
  })

  it('a hedged act stays one ("might engage", "could strike"); only a modal before weighing, directing or requiring is an option', () => {
    expect(isOption('might engage')).toBe(false)
    expect(isOption('could strike')).toBe(false)
    expect(isOption('may consider')).toBe(true)
    expect(isOption('could also direct')).toBe(true)
    expect(isOption('might require')).toBe(true)
    expect(edges(`Memo\n\n${PREAMBLE}Chile could strike Peru.\n`)).toContain('chile could strike peru')
  })
})

describe('a joint subject and an object it does not act on', () => {
  const P = 'Chile objected. Chile agreed. Peru objected. Peru agreed. President Ana Roe spoke. President Ana Roe left. Dan Vell spoke. Dan Vell left. '
  it('"President Roe and Vell have held two summits on Chile\u2019s defense costs" is no edge to Chile', () => {
    expect(edges(`Memo\n\n${P}President Ana Roe and Dan Vell have held two summits on Chile\u2019s defense costs.\n`).filter(e => e.endsWith(' chile'))).toEqual([])
  })
  it('what an object owns, right after the verb or after "of", names it acted on ("defend every inch of territory of Chile\u2019s allies")', () => {
    expect(edges(`Memo\n\n${P}Peru will defend every inch of territory of Chile\u2019s allies.\n`)).toContain('peru will defend chile')
  })
})

describe('an auxiliary alone is no verb', () => {
  it('"Peru has since pressed Chile" shows "has since pressed", never "has"', () => {
    const got = edges(`Memo\n\n${PREAMBLE}Peru has since pressed Chile for a treaty.\n`)
    expect(got).toContain('peru has since pressed chile')
    expect(got).not.toContain('peru has chile')
  })
})
