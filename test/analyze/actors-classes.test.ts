/**
 * Actor precision, second round: one synthetic memo per class of error (capitals that are surnames, cities written
 * with their state, …), never an article's names. Each memo's sentences are long enough to be body text.
 */
import { describe, expect, it } from 'vitest'
import { actorsOf, memo, names } from '../helpers/memo.ts'


describe('places that are names of people', () => {
  it('a capital alone that is the surname of a person the text names in full is that person, not the capital\u2019s country', () => {
    const got = names(memo('On Monday, Senator Mark Kingston spoke at length about the new tariffs on copper imports. Kingston said the deal failed. Later, Kingston objected again to the plan.'))
    expect(got).toContain('Mark Kingston:person')
    expect(got.some(n => n.endsWith(':country'))).toBe(false)
  })

  it('the capital stays its country where the text also names the country', () => {
    const got = names(memo('On Monday, Jamaica and Kingston Smith talked about trade in the region and its future. Kingston said the deal failed, and Kingston later left.'))
    expect(got).toContain('Jamaica:country')
  })

  it('a city written with its state ("Austin, Texas") is a place, no mention of the person of that surname', () => {
    const got = actorsOf(memo('On Monday, Defense Secretary Lloyd Austin visited the base and spoke with the troops there. Officials in Austin, Texas, approved the plan to expand the base.'))
    expect(got.map(a => a.name)).not.toContain('Lloyd Austin')
  })
})

describe('titles that open a company\u2019s name', () => {
  it('a title word before a plural common noun ("General Dynamics") names no person', () => {
    const got = names(memo('On Monday, General Dynamics won the contract to build two submarines for the Navy. Later, General Dynamics said costs had risen. General Atomics built the drones, and General Atomics delivered them late.'))
    expect(got.some(n => n.endsWith(':person'))).toBe(false)
  })

  it('a surname ending in s after a title stays a person ("General Adams")', () => {
    const got = names(memo('On Monday, General Adams met the allied commanders at the base in the north. Later, General Adams said the plan was sound.'))
    expect(got).toContain('General Adams:person')
  })
})

describe('regions named by a capitalised plural', () => {
  it('a capitalised plural the text names only as a location ("across the Balkans") is a place, not a group', () => {
    const got = names(memo('Tensions rose in the Balkans during the spring, as the talks on the border stalled. Trade across the Balkans fell, and investment in the Balkans grew only in the north.'))
    expect(got.some(n => n.startsWith('Balkans'))).toBe(false)
  })

  it('a group that acts stays a group though the text also names a place', () => {
    const got = names(memo('On Monday, the Houthis attacked two ships in the Red Sea with drones and missiles. Later, the Houthis fired missiles at Israel.'))
    expect(got).toContain('Houthis:group')
  })
})

describe('names written family name first', () => {
  it('a family name written first and alone ("Xi" for "Xi Jinping") is the person the text names in full', () => {
    const got = actorsOf(memo('On Monday, President Xi Jinping met the visiting delegation in the capital for two hours. Later, Xi said the talks had been candid and useful.'))
    expect(got.find(a => a.name === 'Xi Jinping')?.mentions).toBe(2)
  })

  it('an English word opening a title ("Second" of "Second Gentleman") is no family name', () => {
    const got = actorsOf(memo('Madam Vice President, our First Lady and Second Gentleman, thank you for coming tonight. Second, the plan costs too much, and the school said so. Second, we will build more roads.'))
    expect(got.find(a => a.aliases.includes('Second'))).toBeUndefined()
  })
})

describe('bodies named by a head without a government word', () => {
  it('a think tank named "… Institution" and a company named "… LLC" or "… Corp." are organisations', () => {
    const got = names(memo('On Monday, researchers at the Brookings Institution published a study of the tariffs on copper. The Brookings Institution later revised the figures it had published.', 'On Monday, Acme Mining LLC applied for a permit to mine nodules in the Pacific. Later, Acme Mining LLC withdrew the application, and Rio Tinto Corp. filed its own. Rio Tinto Corp. later won.'))
    expect(got).toEqual(expect.arrayContaining(['Brookings Institution:organisation', 'Acme Mining LLC:organisation', 'Rio Tinto Corp:organisation']))
  })

  it('"the Institution" alone names no one body', () => {
    const got = names(memo('On Monday, the financial institution filed its report with the regulator in the capital. The Institution said later that it would comply, and the Institution paid.'))
    expect(got.some(n => n.startsWith('Institution'))).toBe(false)
  })
})

describe('authors cited by name and year', () => {
  it('a surname in an author-year citation ("(Roe and Fell, 2023)") is no mention of the person', () => {
    const got = names(memo('Many analysts agree that the tariffs raised prices for farms (Marston and Fell, 2023). Others find smaller effects on prices (Marston, 2024; Fell et al. 2022). Later studies by Ann Fell found that tariffs cost jobs in the north.'))
    expect(got.some(n => n.startsWith('Ann Fell'))).toBe(false)
  })

  it('the person the text names twice outside citations stays an actor', () => {
    const got = names(memo('On Monday, Ann Fell testified before the committee on the tariffs (Fell, 2023). Later, Ann Fell said prices had risen.'))
    expect(got).toContain('Ann Fell:person')
  })
})

describe('things named after a body', () => {
  it('an organisation word before a plural the text also writes in lower case ("Federal Reserve Notes") names things, not a body', () => {
    const got = names(memo('On Monday, the Federal Reserve Notes in circulation grew by two percent over the year. Federal Reserve Notes are liabilities of the banks, and the notes are printed by the Treasury.'))
    expect(got.some(n => n.startsWith('Federal Reserve Notes'))).toBe(false)
  })

  it('a body whose field is a plural after "of" stays a body ("Department of Veterans Affairs")', () => {
    const got = names(memo('On Monday, the Department of Veterans Affairs opened a clinic for veterans in the north. Later, the Department of Veterans Affairs said the affairs of the clinic were in order.'))
    expect(got).toContain('Department of Veterans Affairs:organisation')
  })
})
