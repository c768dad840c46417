/**
 * A state that no longer exists is a country of the text it acts in: the Soviet Union, Yugoslavia, East Germany
 * (ISO 3166-3, via the iso-3166 package), never an organisation because its name holds "Union", and never today's
 * Russia. A state that was only renamed (Burma, Zaire) is today's state under its old name.
 */
import { describe, expect, it } from 'vitest'
import { countryOf } from '../../scripts/analyze/gazetteer.ts'
import { actorsOf, memo } from '../helpers/memo.ts'

describe('a former state', () => {
  it('is one country, with its long name and initials as aliases ("the Union of Soviet Socialist Republics (USSR)", "the Soviet Union")', () => {
    const got = actorsOf(memo('The United States and the Union of Soviet Socialist Republics (USSR) signed a treaty in 1987. The Soviet Union destroyed missiles under it. After the USSR dissolved, the Russian Federation assumed the Soviet Union\u2019s obligations. Russia later left the treaty.'))
    const soviet = got.filter(a => a.name === 'Soviet Union' || a.aliases.includes('USSR'))
    expect(soviet.map(a => `${a.name}:${a.kind}`)).toEqual(['Soviet Union:country'])
    expect(got.find(a => a.name === 'Russia')?.aliases ?? []).not.toContain('USSR')
  })

  it('that split is itself ("Czechoslovakia", "Yugoslavia"), and one that was renamed is today\u2019s state ("Burma" is Myanmar)', () => {
    expect(countryOf('Czechoslovakia')).toBe('Czechoslovakia')
    expect(countryOf('Yugoslavia')).toBe('Yugoslavia')
    expect(countryOf('East Germany')).toBe('East Germany')
    expect(countryOf('Burma')).toBe('Myanmar')
  })

  it('is never a former dependency or a zone ("Netherlands Antilles", "Wake Island")', () => {
    expect(countryOf('Netherlands Antilles')).toBeUndefined()
    expect(countryOf('Wake Island')).toBeUndefined()
  })
})
