/**
 * Evidence layouts chosen by the shape of a slide's content (issue 15), one stated rule over the slide's bullets and
 * the source blocks they come from. The first rule that holds wins:
 *
 * 1. **quote** — every item comes from a quotation block: the quotation, with its speaker when the quotation itself
 *    names one after a closing dash ("… — Vladimir Putin").
 * 2. **questions** — two or more items, and every one is a question (ends in "?").
 * 3. **steps** — two to {@link BODY_ITEMS} items from one numbered list, or items labelled "Step/Phase/Stage N":
 *    a sequence, in order.
 * 4. **cards** — two to {@link BODY_ITEMS} items, every one labelled: the label as the card's heading.
 * 5. **fact** — the items state exactly one money or percent figure, in at most two items (the other of at most
 *    {@link FACT_OTHER_WORDS} words): the section's point is one number. The big number and the clause it measures (analysis's `measure`); the other items stay as bullets.
 * 6. **bullets** — otherwise.
 *
 * The choice is kept in `Slide.layout`, so the HTML and the PPTX exports follow the same one.
 */
import type { Block, Bullet, KeyFigure, SlideBlock, SlideLayout } from '../model.ts'
import { BODY_ITEMS } from './budget.ts'

const within = (b: Bullet, block: Block) => b.anchor.line >= block.span.line && b.anchor.line <= block.span.endLine
const RE_STEP_LABEL = /^(?:step|phase|stage)\s*\d+\b/iu
const RE_MONEY_OR_PERCENT = /[$€£¥₹]\s?\d[\d,.]*(?:\s(?:million|billion|trillion))?|\d[\d,.]*\s?(?:%|percent\b)/giu
/** A speaker named after a closing dash at the end of a quotation. */
const RE_SPEAKER = /\s[—―–]\s?([\p{Lu}][\p{L}.'’ -]{2,60}?)[.]?$/u

export interface LaidOut {
  layout: SlideLayout
  blocks: SlideBlock[]
}

/** The layout of one section slide and its blocks, by the rule above. `figures` are the article's key figures. */
/** Most words of the one other item a fact slide may show beside its number. */
export const FACT_OTHER_WORDS = 24

export function layOut(items: Bullet[], blocks: Block[], figures: KeyFigure[]): LaidOut {
  const from = (b: Bullet) => blocks.find(x => within(b, x))
  const n = items.length
  const bullets = (xs: Bullet[]): SlideBlock[] => (xs.length ? [{ kind: 'bullets', items: xs }] : [])

  if (n && items.every(i => from(i)?.kind === 'quote')) {
    const text = items.map(i => i.text).join(' ')
    const m = RE_SPEAKER.exec(text)
    const first = items[0]!.anchor
    const last = items[n - 1]!.anchor
    return {
      layout: 'quote',
      blocks: [{ kind: 'quote', text: m ? text.slice(0, m.index).trim() : text, ...(m ? { speaker: m[1]!.trim() } : {}), anchor: { line: first.line, endLine: last.endLine } }],
    }
  }
  if (n >= 2 && items.every(i => i.text.trim().endsWith('?'))) return { layout: 'questions', blocks: [{ kind: 'questions', questions: items }] }
  const list = from(items[0]!)
  const oneOrderedList = list?.kind === 'list' && list.ordered && items.every(i => from(i) === list)
  if (n >= 2 && n <= BODY_ITEMS && (oneOrderedList || items.every(i => i.label && RE_STEP_LABEL.test(i.label)))) return { layout: 'steps', blocks: [{ kind: 'steps', steps: items }] }
  if (n >= 2 && n <= BODY_ITEMS && items.every(i => i.label)) {
    return { layout: 'cards', blocks: [{ kind: 'cards', cards: items.map(i => ({ label: i.label!, text: i.text, anchor: i.anchor })) }] }
  }
  const values = new Set(items.flatMap(i => [...i.text.matchAll(RE_MONEY_OR_PERCENT)].map(m => m[0].trim())))
  // the number must be the slide's point: at most one other item, and a short one (the fact's card is large)
  const others = (value: string) => items.filter(i => !i.text.includes(value))
  if (n <= 2 && values.size === 1 && others([...values][0]!).reduce((w, i) => w + i.text.split(/\s+/).length, 0) <= FACT_OTHER_WORDS) {
    const [value] = values
    const holder = items.find(i => i.text.includes(value!))!
    const figure = figures.find(f => (f.kind === 'money' || f.kind === 'percent') && f.value === value && f.span.line >= holder.anchor.line && f.span.line <= holder.anchor.endLine)
    if (figure && figure.measure.includes(value!)) {
      return { layout: 'fact', blocks: [{ kind: 'fact', value: figure.value, text: figure.measure, anchor: figure.span }, ...bullets(items.filter(i => i !== holder))] }
    }
  }
  return { layout: 'bullets', blocks: bullets(items) }
}
