/**
 * Which sections are risks sections, by what their sentences weigh rather than by their headings, and how the
 * hedged harms in them are named (noun phrases, never clauses). Fixtures are sentences of our own in the shapes of
 * CRS and GAO reports.
 */
import { describe, expect, it } from 'vitest'
import { findRisks, hedgedEffect, isClause, riskName } from '../../scripts/analyze/risks.ts'
import { ingest } from '../../scripts/ingest/index.ts'

const none = new Set<string>()
const read = (text: string) => ingest(new TextEncoder().encode(text), 'memo.md')
const intro = '# Grid Reliability\n\n## Background\n\nThe regional operator dispatches power plants across four states. It publishes a reliability assessment each spring.\n\n'
const section = (heading: string, lines: string[]) => findRisks(read(`${intro}## ${heading}\n\n${lines.join('\n')}\n`), 'en')

describe('a section is a risks section by what its sentences weigh', () => {
  it('a section of hedged harms under a plain heading yields a matrix', () => {
    const found = section('Summer Operations', [
      'The operator sets a reserve margin of 15% each summer.',
      'Prolonged outages may aggravate heat illness among elderly residents.',
      'Storm repairs could divert crews from routine maintenance for months.',
    ])
    expect(found.sectionIds).toEqual(['summer-operations'])
    expect(found.risks.length).toBeGreaterThanOrEqual(2)
  })
  it('an issues section that weighs harms yields a matrix; one that lists options for Congress does not', () => {
    const harms = section('Issues for Congress', [
      'Data centers account for a growing share of new load.',
      'Rapid load growth could trigger rolling blackouts in peak hours.',
      'Cold snaps may aggravate fuel shortages at gas plants.',
    ])
    expect(harms.sectionIds).toEqual(['issues-for-congress'])
    const options = section('Issues for Congress', [
      'Congress could direct the commission to set a reserve standard.',
      'Another option would fund transmission planning grants to reduce outage risk.',
      'Congress may also consider extending the tax credit for storage.',
    ])
    expect(options.sectionIds).toEqual([])
  })
  it('an options section is not a risk section, even when its options would curb harms', () => {
    const found = section('Approaches', [
      'One approach would require utilities to harden lines against wildfires.',
      'Another would pay customers to cut demand when heat threatens outages.',
      'A third approach is to fund microgrids at hospitals that could otherwise lose power.',
    ])
    expect(found.sectionIds).toEqual([])
    expect(found.risks).toEqual([])
  })
  it('a risk heading alone makes no risks section: "Legal Challenges" that tells of lawsuits filed is history', () => {
    const found = section('Legal Challenges', [
      'Nine states sued to block the interconnection rule in 2022.',
      'A federal court stayed part of the rule in 2023.',
      'The commission issued a revised order the next year.',
    ])
    expect(found.sectionIds).toEqual([])
    expect(found.diagnostics.map(d => d.message).join(' ')).toContain('its heading alone makes none')
  })
})

describe('a risk name is a noun phrase, never a clause', () => {
  it('a risk name is never a clause with a modal ("harm resulting debris could cause")', () => {
    expect(riskName('harm resulting debris could cause', none)).toBeUndefined()
    expect(riskName('outages that may follow', none)).toBeUndefined()
    expect(isClause('reserve margins before new plants come online')).toBe(true)
    expect(isClause('severe flooding of the substations')).toBe(false)
  })
  it('a hedged harm with no harm noun is named by its verb\'s participle and object ("diverted funds from rural clinics")', () => {
    expect(hedgedEffect('Rapid growth in purchased care could divert funds from rural clinics and erode their staffing.', none)).toBe('diverted funds from rural clinics')
    expect(hedgedEffect('Repeated heat waves could raise long-term mortality among older adults.', none)).toBe('long-term mortality')
  })
  it('a hedge that helps names no harm ("could improve reliability", "Congress could fund …")', () => {
    expect(hedgedEffect('New storage could improve reliability in the evening peak.', none)).toBeUndefined()
    expect(hedgedEffect('Congress could fund additional transmission studies.', none)).toBeUndefined()
  })
})

describe('a heading over sub-sections of risks is one risks section', () => {
  it('a plain heading whose sub-sections weigh harms yields one matrix of the risks they weigh (a topic heading, "Fuel Supply", names none), none for its background', () => {
    const text = `${intro}## Grid Stress\n\n### Fuel Supply\n\nCold snaps may aggravate fuel shortages at gas plants. Pipelines could freeze at compressor stations. Most plants hold five days of oil.\n\n### Transmission\n\nAging lines may fail during heat waves. Wildfires could force utilities to de-energize lines. The operator owns 9,000 miles of line.\n\n### Market Rules\n\nThe market was created in 1999. It clears prices every five minutes. Its rules are set by a board.\n`
    const found = findRisks(read(text), 'en')
    expect(found.sectionIds).toEqual(['grid-stress'])
    const names = found.risks.map(r => r.name)
    expect(names).toEqual(expect.arrayContaining(['Fuel shortages', 'Wildfires']))
    expect(names).not.toContain('Fuel Supply')
    expect(names).not.toContain('Market Rules')
  })
})

describe('an abbreviation is one word of a name', () => {
  it('"retaliation against U.S. exports" is not cut at "U"', () => {
    const found = section('Trade Effects', ['Some analysts contend that the tariffs could prompt retaliation against U.S. exports.', 'Higher input prices may aggravate shortages of transformers.', 'Imports rose 4% in 2024.'])
    expect(found.risks.map(r => r.name)).toContain('Retaliation against U.S. exports')
  })
})
