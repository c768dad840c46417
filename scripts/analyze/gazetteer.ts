/**
 * Countries, their capitals, alternative spellings and demonyms, from the maintained `world-countries` package
 * (ISO 3166-1, 250 entries, data only) rather than a hand-typed table; former states (the USSR, Czechoslovakia,
 * Yugoslavia) and former names of today's states (Burma, Zaire) from ISO 3166-3, in the `iso-3166` package.
 */
import { createRequire } from 'node:module'
import nlp from 'compromise'
import { iso31663 } from 'iso-3166'

interface CountryRecord {
  name: { common: string; official: string }
  altSpellings?: string[]
  capital?: string[]
  demonyms?: { eng?: { f: string; m: string } }
  cca2: string
  cca3: string
  independent?: boolean | null
  currencies?: Record<string, unknown>
}

const countries = createRequire(import.meta.url)('world-countries') as CountryRecord[]

/** The name briefdeck shows for a country (the common English name). */
const display = (c: CountryRecord) => c.name.common

/**
 * Former names → the country they stand for, from ISO 3166-3 (codes deleted from ISO 3166-1):
 * - a state renamed, one code changed for one of today's ("Burma" → Myanmar, "Zaire" → DR Congo), is today's state;
 * - a state that split, merged or was succeeded by another former state (the USSR, Czechoslovakia, Yugoslavia, the
 *   German Democratic Republic) is a country of its own: the Soviet Union is not Russia.
 * Dependent territories and zones ("Wake Island", "Neutral Zone", "British Antarctic Territory") are no states, and
 * ISO's inverted names ("Yemen, Democratic") are not how a text writes them. ISO 3166-3 gives a former state only
 * its short name; the common English names a text uses for the two it writes otherwise are added by hand
 * (`COMMON`), and briefdeck shows those.
 */
const FORMER: ReadonlyMap<string, string> = (() => {
  const byCode = new Map(countries.map(c => [c.cca2, display(c)]))
  const independent = new Set(countries.filter(c => c.independent).map(c => c.cca2))
  const COMMON: Record<string, string[]> = {
    USSR: ['Soviet Union', 'Union of Soviet Socialist Republics'],
    'German Democratic Republic': ['East Germany'],
  }
  const m = new Map<string, string>()
  for (const e of iso31663) {
    const name = e.from.name
    if (/[,(]/u.test(name) || /\b(?:Islands?|Territory|Territories|Zone|Land)$/u.test(name)) continue
    const [next, ...more] = e.to
    const renamed = e.type === 'change' && next?.state === 'assigned' && !more.length ? byCode.get(next.alpha2) : undefined
    if (renamed) { m.set(name, renamed); continue }
    // (a dependency that split into dependencies, "Netherlands Antilles", was never a state)
    if (!e.to.some(t => t.state !== 'assigned' || independent.has(t.alpha2))) continue
    const shown = COMMON[name]?.[0] ?? name
    for (const n of new Set([name, shown, ...(COMMON[name] ?? [])])) m.set(n, shown)
  }
  return m
})()

/** Every name, spelling, capital or demonym that stands for a country → the country's common name. */
export const COUNTRY_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>()
  const put = (k: string | undefined, v: string) => { if (k && k.length > 1 && !m.has(k)) m.set(k, v) }
  for (const c of countries) {
    const name = display(c)
    put(name, name); put(c.name.official, name)
    // two- and three-letter codes are left out: "IN", "CAN", "US" are also words; the dotted forms are added below
    for (const a of c.altSpellings ?? []) if (a.length > 3) put(a, name)
    for (const cap of c.capital ?? []) put(cap.replace(/ D\.C\.$/, ''), name)
  }
  // the dotted forms texts write for the most cited initialisms, derived from the ISO codes
  for (const c of countries) for (const code of [c.cca2]) put(code.split('').join('.') + '.', display(c))
  for (const [name, country] of FORMER) put(name, country)
  return m
})()

/** Demonym → country ("Russian" → Russia): an adjective, so it is an alias, never an actor name of its own. */
export const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(countries.flatMap(c => {
  const d = c.demonyms?.eng
  return d ? [[d.m, display(c)] as const, [d.f, display(c)] as const] : []
}))

/** The country a name stands for, if any. */
export function countryOf(name: string): string | undefined {
  // "U.S" is "U.S." whose final period ended the sentence or was cut by the name cleaner
  return COUNTRY_OF.get(name) ?? COUNTRY_OF.get(name.replace(/^the\s+/i, '')) ?? (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name) ? COUNTRY_OF.get(`${name}.`) : undefined)
}

/**
 * Sub-national regions (U.S. states, provinces, Indian and Russian regions …) from compromise's maintained lexicon
 * (its `Region` tag), not a hand list. A country that shares a region's name ("Georgia") is ambiguous.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon
/** The tags compromise's lexicon gives a word or a name (none for a word it does not list). */
export const lexiconTags = (name: string): string[] => ([] as string[]).concat(lexicon[name.toLowerCase()] ?? [])
export const isRegion = (name: string): boolean => lexiconTags(name).includes('Region')

/**
 * A dependent territory that pays in a sovereign country's money (Puerto Rico and Guam in dollars, Greenland in kroner)
 * is part of that country, like a region; one with money of its own (Taiwan, Hong Kong) is not.
 */
const sovereignMoney = new Set(countries.filter(c => c.independent).flatMap(c => Object.keys(c.currencies ?? {})))
const DEPENDENCIES = new Set(countries.filter(c => c.independent === false && Object.keys(c.currencies ?? {}).length > 0 && Object.keys(c.currencies ?? {}).every(k => sovereignMoney.has(k))).map(display))
export const isDependency = (name: string): boolean => DEPENDENCIES.has(name)


/**
 * A country's initials: the first letters of the words of its official name or of a known alternative name ("People's
 * Republic of China" → PRC, "Democratic People's Republic of Korea" → DPRK, "United Arab Emirates" → UAE, "Republic of
 * Korea" → ROK, its "of" giving a letter). `full`: every capitalised word gave its letter and no function word did
 * (PRC, UAE); `english`: the name is the common or the official English one, not an alternative spelling ("Udzima wa
 * Komori" spells UK too).
 */
interface Initials { country: string; full: boolean; english: boolean }
const INITIALS: ReadonlyMap<string, Initials[]> = (() => {
  const m = new Map<string, Initials[]>()
  const put = (key: string, x: Initials) => {
    if (key.length < 2) return
    const xs = m.get(key) ?? []
    const had = xs.find(y => y.country === x.country)
    if (!had) xs.push(x)
    else { had.full ||= x.full; had.english ||= x.english }
    m.set(key, xs)
  }
  for (const c of countries) {
    const country = display(c)
    const english = new Set([c.name.common, c.name.official])
    for (const name of new Set([...english, ...(c.altSpellings ?? []).filter(a => a.length > 3)])) {
      const words = name.replace(/\s*\(.*\)$/u, '').split(/\s+/u)
      // (only names in Latin letters, never one written "Korea, Republic of")
      if (words.length < 2 || name.includes(',') || !words.every(w => /^[A-Za-z’'-]+$/u.test(w))) continue
      const capitals = words.filter(w => /^[A-Z]/u.test(w)).map(w => w[0]!).join('')
      put(capitals, { country, full: true, english: english.has(name) })
      const all = words.map(w => w[0]!.toUpperCase()).join('')
      if (all !== capitals) put(all, { country, full: false, english: english.has(name) })
    }
  }
  return m
})()

/**
 * The country an acronym written in capitals stands for by its initials ({@link INITIALS}): of the countries whose names
 * spell it, the one the text also names by a name of its own (`namedOtherwise`: "Republic of Korea (ROK)", where ROK
 * spells Kenya's official name too); else the one country whose English name's capitalised words spell it, when the
 * acronym has three letters or compromise's lexicon knows it as a country ("UK"); never an English word ("ARE", "CAR").
 */
export function countryOfInitials(acronym: string, namedOtherwise: (country: string) => boolean): string | undefined {
  const tags = lexiconTags(acronym)
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || (tags.length && !tags.includes('Country'))) return undefined
  const xs = INITIALS.get(acronym) ?? []
  const named = xs.filter(x => namedOtherwise(x.country))
  if (named.length === 1) return named[0]!.country
  const english = xs.filter(x => x.full && x.english)
  return english.length === 1 && (tags.includes('Country') || acronym.length >= 3) ? english[0]!.country : undefined
}
