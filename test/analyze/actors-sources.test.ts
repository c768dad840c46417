/**
 * News outlets and studies the text cites as its sources tell the story and act in none of it: no actors, unless the
 * text makes them act or be acted on. A public office's reports are its acts.
 */
import { describe, expect, it } from 'vitest'
import { memo, names } from '../helpers/memo.ts'

describe('a source the text cites is no actor', () => {
  it('a news outlet that only reports ("Reuters reported", "according to Bloomberg") is no actor', () => {
    const got = names(memo('Reuters reported in 2023 that the ministry had shipped shells, and Reuters later reported a second shipment. According to Bloomberg, insurers raised premiums. Bloomberg said that talks had stalled.'))
    expect(got.filter(n => /Reuters|Bloomberg/.test(n))).toEqual([])
  })

  it('a research body named only for its studies ("a study by the Center for …", "a CSIS study found") is no actor', () => {
    const got = names(memo('The exports grew, according to a study by the Center for Strategic and International Studies (CSIS). A CSIS study estimated that trade doubled. A Lowy Institute report found that aid fell, and the Lowy Institute said lending rose.'))
    expect(got.filter(n => /Center for Strategic|Lowy/.test(n))).toEqual([])
  })

  it('a source the text makes act or be acted on stays an actor ("the Department of Energy hired the Brookings Institution")', () => {
    const got = names(memo('A Brookings Institution study found that demand doubled. The Department of Energy later hired the Brookings Institution to review its forecasts.'))
    expect(got).toContain('Brookings Institution:organisation')
  })

  it('a public office that reports acts ("the Consumer Financial Protection Bureau (CFPB) reported that …")', () => {
    const got = names(memo('The Consumer Financial Protection Bureau (CFPB) reported in 2024 that servicers had made errors, and the CFPB said some borrowers were wrongly placed in forbearance.'))
    expect(got).toContain('Consumer Financial Protection Bureau:organisation')
  })
})
