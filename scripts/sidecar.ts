/**
 * The optional sidecar `<article>.deck.yaml`: corrections, estimate overrides, scenario data,
 * caveats, section hints and deck metadata. Validated once, at the edge, with zod; errors name the
 * key path and the line. `npm run schema` writes `sidecar.schema.json` for editor autocompletion.
 */
import { isMap, LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { BUNDLED_FONTS, parseColor, THEMES } from './brand.ts'

const level = z.number().int().min(1).max(5)
const colour = z.string().refine(v => parseColor(v) !== undefined, { message: 'expected a colour: #rrggbb, #rgb or rgb(r, g, b)' })

export const SidecarSchema = z.strictObject({
  meta: z.strictObject({
    title: z.string().optional().describe('Replaces the deck title'),
    presenter: z.string().optional().describe('Presenter name, shown on the title slide and in PDF metadata'),
    organisation: z.string().optional(),
    date: z.string().optional().describe('Date shown in the footer; omitted by default so builds are reproducible'),
    classification: z.string().optional().describe('Marking shown in the footer, e.g. "UNCLASSIFIED"'),
  }).optional(),
  corrections: z.array(z.strictObject({
    find: z.string().min(1).describe('Exact text to replace in the deck (the article is not changed)'),
    replace: z.string(),
    reason: z.string().optional(),
  })).optional(),
  risks: z.record(z.string(), z.strictObject({
    likelihood: level.optional(),
    impact: level.optional(),
    note: z.string().optional(),
  })).optional().describe('Keyed by risk name or id'),
  scenarios: z.record(z.string(), z.strictObject({
    probability: z.number().min(0).max(1).optional(),
    baseCase: z.boolean().optional(),
    dimensions: z.record(z.string(), z.string()).optional(),
  })).optional().describe('Keyed by scenario name or id'),
  dimensions: z.array(z.string()).optional().describe('Order of scenario comparison rows'),
  caveats: z.array(z.strictObject({ claim: z.string().min(1), caveat: z.string().min(1) })).optional(),
  sections: z.record(z.string(), z.strictObject({
    skip: z.boolean().optional(),
    retitle: z.string().optional(),
    mergeInto: z.string().optional(),
    role: z.enum(['overview', 'background', 'analysis', 'risks', 'scenarios', 'recommendations', 'legislation', 'conclusion', 'reference']).optional()
      .describe('Overrides the role briefdeck check prints for the section: a risks section gets the risk matrix, a scenarios section the comparison'),
  })).optional().describe('Keyed by section title or id'),
  titles: z.enum(['assertion', 'heading']).optional().describe('Section slide headlines: "assertion" (default) — the section\'s key sentence or a verbatim clause of it, the heading small above it; "heading" — the section heading'),
  brand: z.strictObject({
    primary: colour.optional().describe('Main colour: headings and the title slide; darkened (with a warning) if it fails WCAG AA on the background'),
    accent: colour.optional().describe('Accent colour: markers, card edges, highlights; checked like primary'),
    logo: z.string().regex(/(\.(svg|png)$)|^data:image\/(svg\+xml|png)[;,]/i, 'expected an .svg or .png file (relative to the sidecar) or a data:image/svg+xml or data:image/png URI').optional()
      .describe('SVG or PNG logo, shown on the title slide and in the footer; a file is embedded in the deck'),
    font: z.enum(BUNDLED_FONTS as [string, ...string[]]).optional().describe('A bundled @fontsource family'),
  }).optional().describe('The organisation\'s look'),
  theme: z.enum(THEMES as [string, ...string[]]).optional().describe('Built-in look: light (default) or dark (for projector rooms); --theme overrides it'),
  limits: z.strictObject({ maxSlides: z.number().int().min(5).max(2000).optional() }).optional(),
  lint: z.strictObject({
    ignore: z.array(z.string()).optional().describe('Lint findings the author has seen and accepts, by rule id ("word-count") or "rule:line" ("stray-line:33"); they stay out of the appendix'),
  }).optional(),
})

/** A validated sidecar. */
export type Sidecar = z.infer<typeof SidecarSchema>

/** A sidecar that could not be used; `line` points into the sidecar file. */
export class SidecarError extends Error {
  constructor(message: string, readonly line: number, readonly keyPath: string) { super(message) }
}

/** Parses and validates sidecar YAML text. */
export function parseSidecar(text: string): Sidecar {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const yamlErr = doc.errors[0]
  if (yamlErr) {
    const line = yamlErr.linePos?.[0]?.line ?? 1
    throw new SidecarError(`invalid YAML: ${yamlErr.message.split('\n')[0]}`, line, '')
  }
  const data: unknown = doc.toJS() ?? {}
  const result = SidecarSchema.safeParse(data)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const path = issue.path.map(String)
  let node: unknown = doc.contents
  let line = 1
  for (const key of path) {
    if (!isMap(node)) break
    const pair = node.items.find(p => String((p.key as { value?: unknown })?.value) === key)
    if (!pair) break
    const range = (pair.key as { range?: [number, number, number] }).range
    if (range) line = lineCounter.linePos(range[0]).line
    node = pair.value
  }
  throw new SidecarError(issue.message, line, path.join('.'))
}

/** The JSON Schema of the sidecar, for editors. */
export function sidecarJsonSchema(): unknown {
  return z.toJSONSchema(SidecarSchema)
}
