/**
 * Actors and relations, found with compromise's named-entity tags (places, organisations, people)
 * plus all-capital acronyms (NATO, AUKUS) — never a list of one article's names.
 *
 * Alias rules, stated:
 * 1. Possessives and leading "the" are dropped ("India’s" → India, "the Quad" → Quad).
 * 2. An acronym equals a multi-word name whose initials it spells ("U.S." = "United States", "UN" = "United Nations").
 * 3. A capital city stands for its country ("New Delhi" → India, "Moscow" → Russia) — a general gazetteer.
 * 4. A person's surname alone merges into the full name seen elsewhere ("Putin" → "Vladimir Putin");
 *    titles ("President", "PM") are dropped.
 * Relations: in a sentence naming two or more actors, the first actor acts on the next one named
 * after the first verb that follows it; the verb is kept as written.
 */
import nlp from 'compromise'
import type { Actor, Relation, Section, Sentence } from '../model.ts'
import { slugify } from '../ingest/blocks.ts'
import { allSections } from './sections.ts'

/** Capital → country, for alias rule 3. */
export const CAPITALS: Readonly<Record<string, string>> = {
  'Washington': 'United States', 'Moscow': 'Russia', 'New Delhi': 'India', 'Delhi': 'India', 'Beijing': 'China',
  'Tokyo': 'Japan', 'Canberra': 'Australia', 'London': 'United Kingdom', 'Paris': 'France', 'Berlin': 'Germany',
  'Tehran': 'Iran', 'Islamabad': 'Pakistan', 'Kyiv': 'Ukraine', 'Kiev': 'Ukraine', 'Ottawa': 'Canada',
  'Seoul': 'South Korea', 'Pyongyang': 'North Korea', 'Taipei': 'Taiwan', 'Riyadh': 'Saudi Arabia',
  'Ankara': 'Turkey', 'Jerusalem': 'Israel', 'Cairo': 'Egypt', 'Brasilia': 'Brazil', 'Rome': 'Italy',
  'Madrid': 'Spain', 'Brussels': 'Belgium', 'Warsaw': 'Poland', 'Hanoi': 'Vietnam', 'Jakarta': 'Indonesia',
  'Manila': 'Philippines', 'Minsk': 'Belarus', 'Damascus': 'Syria', 'Baghdad': 'Iraq', 'Kabul': 'Afghanistan',
  'Doha': 'Qatar', 'Abu Dhabi': 'United Arab Emirates', 'Wellington': 'New Zealand', 'Pretoria': 'South Africa',
  'Mexico City': 'Mexico', 'Caracas': 'Venezuela', 'Havana': 'Cuba', 'Beirut': 'Lebanon', 'Sanaa': 'Yemen',
}
const TITLES = /^(President|Prime Minister|PM|Premier|Chancellor|Minister|Secretary|General|Gen\.|Senator|Sen\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Prince|Vice President)\s+/u

function clean(name: string): string {
  if (/^(?:\p{Lu}\.){2,}$/u.test(name.trim())) return name.trim()
  return name
    .replace(/[’']s?$|[’']s(?=\s)/u, '')
    .replace(/^(the|The)\s+/u, '')
    .replace(/[.,;:!?)(\]"“”—–-]+$/u, '')
    .replace(/(\s+\p{Ll}[\p{Ll}-]*)+$/u, '')
    .replace(/^[("“]+/u, '')
    .trim()
}
const initials = (name: string) => name.split(/\s+/).filter(w => /^\p{Lu}/u.test(w)).map(w => w[0]).join('')
const acronymOf = (name: string) => name.replace(/\./g, '')

interface Raw { name: string; kind: Actor['kind'] }

function mentionsIn(raw: string): Raw[] {
  // possessives confuse the tagger ("Putin’s" is not tagged as the same person as "Putin")
  const text = raw.replace(/(\p{L})[’']s\b/gu, '$1').replace(/(\p{L}s)[’']/gu, '$1')
  const doc = nlp(text)
  const raws: Raw[] = [
    ...(doc.people().out('array') as string[]).map(n => ({ name: clean(n).replace(TITLES, ''), kind: 'person' as const })),
    ...(doc.places().out('array') as string[]).map(n => ({ name: clean(n), kind: 'country' as const })),
    ...(doc.organizations().out('array') as string[]).map(n => ({ name: clean(n), kind: 'organisation' as const })),
    ...[...text.matchAll(/\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}\b/g)].map(m => ({ name: m[0], kind: 'group' as const })),
  ]
  // split "Japan, Australia" style lists that the tagger keeps together; drop titles, demonyms and compounds
  return raws
    .flatMap(r => r.name.split(/,\s*|\s+and\s+|—|–/).map(n => ({ ...r, name: clean(n) })))
    .filter(r => r.name.length > 1 && /^\p{Lu}/u.test(r.name) && !TITLES.test(`${r.name} `) && !/^\p{Lu}\p{Ll}+(ian|ese|ish)$/u.test(r.name) && !/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(r.name))
}

function sentencesOf(sections: Section[]): Sentence[] {
  return allSections(sections).flatMap(s => s.blocks.flatMap(b => b.kind === 'list' ? b.items.flatMap(i => i.sentences) : 'sentences' in b ? b.sentences : []))
}

export function findActors(sections: Section[], language: string): { actors: Actor[]; relations: Relation[] } {
  if (language !== 'en') return { actors: [], relations: [] }
  const sentences = sentencesOf(sections)
  const byKey = new Map<string, Actor>()
  const perSentence: { s: Sentence; names: string[] }[] = []
  const canonical = (raw: Raw): Actor => {
    let name = CAPITALS[raw.name] ?? raw.name
    const kind = CAPITALS[raw.name] ? 'country' : raw.kind
    const acr = acronymOf(name)
    // rule 2: acronym ↔ initials
    for (const a of byKey.values()) {
      const bare = (n: string) => n.replace(/\.$/, '')
      if (bare(a.name) === bare(name) || a.aliases.includes(name)) {
        if (raw.name !== a.name && !a.aliases.includes(raw.name)) a.aliases.push(raw.name)
        return a
      }
      if ((acr.length >= 2 && acr === acr.toUpperCase() && initials(a.name) === acr) || (initials(name).length >= 2 && acronymOf(a.name) === initials(name) && a.name === a.name.toUpperCase())) {
        if (!a.aliases.includes(name)) a.aliases.push(name)
        if (name.includes(' ') && !a.name.includes(' ')) { a.aliases.push(a.name); a.name = name; a.id = slugify(name) }
        return a
      }
      // rule 4: surname alone ↔ full name
      if (kind === 'person' || a.kind === 'person') {
        const last = (n: string) => n.split(' ').pop()
        if ((name.includes(' ') !== a.name.includes(' ')) && last(name) === last(a.name)) {
          if (name.includes(' ')) { a.aliases.push(a.name); a.name = name; a.id = slugify(name) } else a.aliases.push(name)
          a.kind = 'person'
          return a
        }
      }
    }
    const actor: Actor = { id: slugify(name), name, kind, aliases: raw.name !== name ? [raw.name] : [], mentions: 0, span: { line: 0, endLine: 0 } }
    byKey.set(name, actor)
    return actor
  }
  for (const s of sentences) {
    const names: string[] = []
    for (const raw of mentionsIn(s.text)) {
      const a = canonical(raw)
      if (!names.includes(a.name)) { names.push(a.name); a.mentions++; if (!a.span.line) a.span = s.span }
    }
    perSentence.push({ s, names })
  }
  const actors = [...new Set(byKey.values())].filter(a => a.mentions > 0).sort((a, b) => b.mentions - a.mentions || a.span.line - b.span.line)
  const top = new Set(actors.slice(0, 10).map(a => a.name))
  const idOf = new Map(actors.map(a => [a.name, a.id]))
  const relations: Relation[] = []
  const pairs = new Set<string>()
  for (const { s, names } of perSentence) {
    const present = names.filter(n => top.has(n))
    if (present.length < 2) continue
    const doc = nlp(s.text)
    const verb = (doc.verbs().out('array') as string[])[0]
    if (!verb) continue
    const from = present[0]!
    for (const to of present.slice(1, 3)) {
      const key = `${from}→${to}`
      if (pairs.has(key) || pairs.has(`${to}→${from}`)) continue
      pairs.add(key)
      relations.push({ from: idOf.get(from)!, to: idOf.get(to)!, verb: verb.replace(/[.,;:]+$/, ''), span: s.span })
    }
  }
  return { actors, relations }
}
