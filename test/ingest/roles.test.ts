/**
 * Section roles (scripts/ingest/roles.ts): one test per rule, each on a small general fixture written for it.
 */
import { describe, expect, it } from 'vitest'
import type { Article, Section } from '../../scripts/model.ts'
import { ingest } from '../../scripts/ingest/index.ts'
import { RE_DEFINE, definesItsHeading } from '../../scripts/ingest/roles.ts'

const read = (text: string, path = 'memo.txt'): Article => ingest(new TextEncoder().encode(text), path)
function* all(ss: Section[]): Generator<Section> { for (const s of ss) { yield s; yield* all(s.children) } }
const roleOf = (a: Article, title: string) => [...all(a.sections)].find(s => s.title === title)?.role
/** A memo: a title line, a lead paragraph (so the text has its own overview), then `Heading\n\nbody` sections. */
const memo = (sections: [string, string][], lead = true) =>
  ['A Memo on Harbours', '', ...(lead ? ['This memo looks at the harbour network of the coast and at what the port authority does with it today.', ''] : []),
    ...sections.flatMap(([h, b]) => [h, '', b, ''])].join('\n')
/** Descriptive sentences with no cue of any role. */
const plain = (topic: string, n: number) => Array.from({ length: n }, (_, k) => `The ${topic} handled ${k + 3} million tonnes of cargo in ${2010 + k}, and crews worked in three shifts.`).join(' ')

describe('definitions make background', () => {
  it('a section that says what its heading term is, is background, however long it goes on', () => {
    const a = read(memo([['Tidal Locks', `Tidal locks are gates that hold the water of a basin at low tide. ${plain('lock at the north quay', 7)} Engineers inspect the tidal locks every spring.`]]))
    expect(roleOf(a, 'Tidal Locks')).toBe('background')
  })

  it('a name is described, not defined: "Norway is a country that …" under "Norway" stays analysis', () => {
    const a = read(memo([['Norway', `Norway is a country that ships much of its fish by sea. ${plain('port of Bergen', 7)}`]]))
    expect(roleOf(a, 'Norway')).toBe('analysis')
  })

  it('the term must be the whole subject: "Tidal locks at Dover are …" does not define "Tidal Locks"', () => {
    expect(definesItsHeading('Tidal Locks', ['Tidal locks at Dover are gates that leak.', 'The tidal locks leak.'])).toBe(false)
    expect(definesItsHeading('Smart Buoys', ['A smart buoy (or beacon) is a float that reports the tide.'])).toBe(true)
  })

  it('"is a major importer of" describes a place, it does not define it', () => {
    expect(RE_DEFINE.test('The emirate is a major importer of passenger cars.')).toBe(false)
    const a = read(memo([['Cars', 'Car carriers call at the harbour every week. The emirate is a major importer of passenger cars. The leading ports shipping cars are Antwerp and Bremen. Trucks make up a fifth of the trade.']]))
    expect(roleOf(a, 'Cars')).toBe('analysis')
  })

  it('a plural class noun with no article defines: "Dredgers are ships that …", but "there are reports that …" does not', () => {
    expect(RE_DEFINE.test('Dredgers are ships that deepen a channel.')).toBe(true)
    expect(RE_DEFINE.test('Pilots are boats used to guide ships.')).toBe(true)
    expect(RE_DEFINE.test('There are reports that the channel silted up.')).toBe(false)
    expect(RE_DEFINE.test('The costs are so high that few ports dredge.')).toBe(false)
  })

  it('"is the practice in which", "the authority describes X as" and "its mission is to" define', () => {
    expect(RE_DEFINE.test('Lightering is the practice in which cargo moves between ships at sea.')).toBe(true)
    expect(RE_DEFINE.test('The authority describes pilot boats as "the eyes of the harbour."')).toBe(true)
    expect(RE_DEFINE.test("The coast guard's mission is to keep the channels open.")).toBe(true)
  })
})

describe('heading words', () => {
  it('"The Building Blocks of …" and "… Components" are background', () => {
    const a = read(memo([['The Building Blocks of a Port', plain('quay', 3)], ['Crane System Components', plain('crane yard', 3)]]))
    expect(roleOf(a, 'The Building Blocks of a Port')).toBe('background')
    expect(roleOf(a, 'Crane System Components')).toBe('background')
  })

  it('"Policy Issues" and "New Solutions" are recommendations', () => {
    const a = read(memo([['Port Policy Issues', plain('quay', 3)], ['New Solutions', plain('crane yard', 3)]]))
    expect(roleOf(a, 'Port Policy Issues')).toBe('recommendations')
    expect(roleOf(a, 'New Solutions')).toBe('recommendations')
  })

  it('a "Grey Area" or a "Loophole" is a risk', () => {
    const a = read(memo([['Grey Area: Transfers at Sea', plain('quay', 3)], ['The Flag Loophole', plain('crane yard', 3)]]))
    expect(roleOf(a, 'Grey Area: Transfers at Sea')).toBe('risks')
    expect(roleOf(a, 'The Flag Loophole')).toBe('risks')
  })

  it('"future" as an adjective does not make a forecast: "Legality of Future Regulation" is legislation, "Preparing for the Future" is scenarios', () => {
    const a = read(memo([['Legality of Future Regulation', plain('quay', 3)], ['Preparing for the Future', plain('crane yard', 3)]]))
    expect(roleOf(a, 'Legality of Future Regulation')).toBe('legislation')
    expect(roleOf(a, 'Preparing for the Future')).toBe('scenarios')
  })

  it('an "Outlook" that says nothing about the future is a standpoint (analysis); one that looks ahead is scenarios', () => {
    const a = read(memo([
      ['Strategic Outlook', 'The government has seen its surroundings change over the past decade. Officials named the strait its main concern in 2024. The navy has since grown by a third.'],
      ['Trade Outlook', 'Traffic through the harbour will grow by a tenth next year. Officials say new berths could open in 2028. The navy has since grown by a third.'],
    ]))
    expect(roleOf(a, 'Strategic Outlook')).toBe('analysis')
    expect(roleOf(a, 'Trade Outlook')).toBe('scenarios')
  })
})

describe('position', () => {
  it('a bare heading passes its role to the headings after it: the issues under a bare "Issues for Congress" are recommendations', () => {
    const a = read(memo([['Port Traffic', plain('quay', 3)], ['Issues for Congress', ''], ['Dredging the Channel', plain('channel', 3)], ['Pilot Fees', plain('pilot service', 3)]]).replace('Issues for Congress\n\n\n\n', 'Issues for Congress\n\n'))
    expect(roleOf(a, 'Issues for Congress')).toBe('recommendations')
    expect(roleOf(a, 'Dredging the Channel')).toBe('recommendations')
    expect(roleOf(a, 'Pilot Fees')).toBe('recommendations')
    expect(roleOf(a, 'Port Traffic')).toBe('analysis')
  })

  it('a heading after a bare one keeps a cue of its own', () => {
    const a = read(memo([['Issues for Congress', ''], ['Background of the Levy', plain('channel', 3)], ['Pilot Fees', plain('pilot service', 3)]]).replace('Issues for Congress\n\n\n\n', 'Issues for Congress\n\n'))
    expect(roleOf(a, 'Background of the Levy')).toBe('background')
    expect(roleOf(a, 'Pilot Fees')).toBe('recommendations')
  })

  it('with no introduction, a first section that asks "What Is …?" introduces the text (overview)', () => {
    const sections: [string, string][] = [['What Is the Harbour Levy?', `The harbour levy is a fee that ships pay per tonne. ${plain('levy office', 3)}`], ['Port Traffic', plain('quay', 3)]]
    expect(roleOf(read(memo(sections, false)), 'What Is the Harbour Levy?')).toBe('overview')
    expect(roleOf(read(memo(sections, true)), 'What Is the Harbour Levy?')).toBe('background')
  })

  it('with no introduction, a first section with no cue is the overview; a first section cued otherwise keeps its role', () => {
    expect(roleOf(read(memo([['The Harbour Today', plain('quay', 3)], ['Port Traffic', plain('quay', 3)]], false)), 'The Harbour Today')).toBe('overview')
    expect(roleOf(read(memo([['Risks to the Harbour', plain('quay', 3)], ['Port Traffic', plain('quay', 3)]], false)), 'Risks to the Harbour')).toBe('risks')
  })
})
