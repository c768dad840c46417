/** One test per subject–verb–object rule of a relation (issue 13 §5), on small general fixtures. */
import { describe, expect, it } from 'vitest'
import { findActors } from '../../scripts/analyze/actors.ts'
import { followsVerb, headsPhrase, isCopula, isObjectOf, isPassive, withInfinitive } from '../../scripts/analyze/relations.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const edges = (text: string) => findActors(ingest(new TextEncoder().encode(text), 'memo.txt').sections, 'en').relations.map(r => `${r.from} ${r.verb} ${r.to}`)
/** Every country named twice, so that each sentence's names are actors. */
const PREAMBLE = 'Chile, Peru and Brazil met. Chile, Peru and Brazil spoke. '
const objectIn = (sentence: string, verb: string, object: string) => isObjectOf(sentence, sentence.indexOf(verb) + verb.length, sentence.indexOf(object), object.length)

describe('relations', () => {
  it('a possessive is not the subject: the thing it owns acts ("Chile\'s navy shadowed …")', () => {
    const s = "Chile's navy shadowed ships near Peru."
    expect(headsPhrase(s, 0, 'Chile'.length)).toBe(false)
    expect(edges(`Memo\n\n${PREAMBLE}${s}\n`)).not.toContain('chile shadowed peru')
  })

  it('a possessive before a decision to act names who acts', () => {
    expect(headsPhrase("Chile's decision to arm Peru surprised many.", 0, 5)).toBe(true)
  })

  it('a name joined by a hyphen or set before a common noun modifies it and is not the subject', () => {
    expect(headsPhrase('The Chile-brokered truce held.', 4, 5)).toBe(false)
    expect(headsPhrase('Chile officials met Peru.', 0, 5)).toBe(false)
    expect(headsPhrase('Chile met Peru.', 0, 5)).toBe(true)
  })

  it('an actor listed after "from" is where a thing comes from, not the verb\'s object ("faces threats from Peru and Brazil")', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Chile faces threats from Peru and Brazil.\n`)).toEqual([])
    expect(edges(`Memo\n\n${PREAMBLE}Chile faces threats from Peru, Brazil and the United Kingdom.\n`)).toEqual([])
    expect(edges(`Memo\n\n${PREAMBLE}Chile sanctioned Peru and Brazil.\n`)).toEqual(['chile sanctioned peru', 'chile sanctioned brazil'])
  })

  it('a verb the text negates draws no edge: what an actor has not done is no act on another', () => {
    for (const s of ['Chile has not labeled Peru a threat.', 'Chile never recognized Peru.', "Chile didn't recognize Peru.", 'Chile no longer supplies Peru.'])
      expect(edges(`Memo\n\n${PREAMBLE}${s}\n`), s).toEqual([])
    expect(edges(`Memo\n\n${PREAMBLE}Chile recognized Peru.\n`)).toEqual(['chile recognized peru'])
  })

  it('an object in another clause is not the verb\'s object', () => {
    expect(objectIn('Chile sent a proposal, which Peru rejected.', 'sent', 'Peru')).toBe(false)
    expect(objectIn('Chile announced that imports from Peru would face tariffs.', 'announced', 'Peru')).toBe(false)
    expect(objectIn('Chile could counterbalance Brazil in the region, a priority for Peru.', 'could counterbalance', 'Peru')).toBe(false)
    expect(objectIn('Chile imposed tariffs on imports from Peru.', 'imposed', 'Peru')).toBe(true)
  })

  it('an object that is the subject of a verb of its own is not the object', () => {
    expect(objectIn('Chile says Peru rejected the plan.', 'says', 'Peru')).toBe(false)
    expect(objectIn('When Chile withdrew, Peru and Brazil condemned the move.', 'withdrew', 'Peru')).toBe(false)
  })

  it('a place where something happens is not an object', () => {
    expect(objectIn('Chile moved launchers from an airfield in Peru.', 'moved', 'Peru')).toBe(false)
  })

  it('a verb of saying takes what is said, not an actor, unless the actor follows it', () => {
    expect(objectIn('Chile said it had no plans to leave Peru.', 'said', 'Peru')).toBe(false)
    expect(objectIn('Chile told Peru of the plan.', 'told', 'Peru')).toBe(true)
  })

  it('a verb of being alone states no relation', () => {
    expect(isCopula('is')).toBe(true)
    expect(isCopula('are also')).toBe(true)
    expect(isCopula('appears')).toBe(true)
    expect(isCopula('has joined')).toBe(false)
  })

  it('a passive runs from its agent to its subject', () => {
    expect(isPassive('was pressured', 'Chile was pressured by Peru.')).toBe(true)
    expect(edges(`Memo\n\n${PREAMBLE}Chile was pressured by Peru.\n`)).toContain('peru pressured chile')
  })

  it('a passive without its agent states no direction and draws no edge', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Chile was granted independence from Peru.\n`).filter(e => e.includes('granted'))).toEqual([])
  })

  it('two subjects joined by "and" act together: one edge, in the order written, marked as done together', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Chile and Peru agreed to a ceasefire.\n`)).toContain('chile agreed peru')
    const relations = findActors(ingest(new TextEncoder().encode(`Memo\n\n${PREAMBLE}Chile and Peru agreed to a ceasefire. Chile warned Peru.\n`), 'memo.txt').sections, 'en').relations
    expect(relations.find(r => r.verb === 'agreed')?.mutual).toBe(true)
    expect(relations.find(r => r.verb === 'warned')?.mutual).toBeUndefined()
  })

  it('two subjects that do not act on each other draw no edge between them', () => {
    expect(edges(`Memo\n\n${PREAMBLE}When Brazil withdrew, Chile and Peru condemned the move.\n`).filter(e => e.includes('condemned'))).toEqual([])
  })

  it('a name right after a verb is that verb\'s object, never a subject', () => {
    const s = 'Congress may modify Chile sanctions.'
    expect(followsVerb(s, s.indexOf('Chile'))).toBe(true)
    expect(followsVerb('When Brazil withdrew, Chile met Peru.', 'When Brazil withdrew, '.length)).toBe(false)
  })

  it('a catenative verb shows with its infinitive', () => {
    const s = 'Chile aims to erode Peru influence.'
    expect(withInfinitive(s, s.indexOf('aims') + 4, s.indexOf('Peru'))).toBe(' to erode')
    expect(edges(`Memo\n\n${PREAMBLE}${s}\n`)).toContain('chile aims to erode peru')
  })

  it('an object after a second verb joined by "and" is that verb\'s, unless the verbs share it', () => {
    expect(edges(`Memo\n\n${PREAMBLE}Chile aims to erode trust in Brazil and position Peru as a rival.\n`).filter(e => e.endsWith('peru'))).toEqual([])
    expect(edges(`Memo\n\n${PREAMBLE}Chile equips and trains Peru.\n`).filter(e => e.startsWith('chile') && e.endsWith('peru'))).toHaveLength(1)
  })

  it('an object in a reduced relative clause is not the verb\'s object', () => {
    expect(objectIn('Chile requested funding related to the conflict with Peru.', 'requested', 'Peru')).toBe(false)
  })
})
