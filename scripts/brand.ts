/**
 * The organisation's look, checked: brand colours must keep WCAG AA contrast (4.5:1 for body-size text) against the
 * background they are drawn on, and the font must be one the deck bundles (no network at show time).
 *
 * Pure and dependency-free, so the same check runs when the deck is generated (a warning on the console) and in the
 * browser, on a `brand:` the presenter typed into the headmatter (components/… and global-top.vue import it).
 */

/** WCAG 2.x AA for normal-size text. */
export const AA = 4.5

/** The looks briefdeck ships: `light` (default) and `dark` (for rooms with projectors, where white glares). */
export type ThemeName = 'light' | 'dark'
export const THEMES: readonly ThemeName[] = ['light', 'dark']

/** The slide background of each look: brand colours are checked against it. */
export const BACKGROUND: Record<ThemeName, string> = { light: '#ffffff', dark: '#0f1722' }

/**
 * Font families bundled with @fontsource (imported in styles/fonts.css; the browser fetches a family's files only
 * when a slide uses it). `brand.font` must name one of these.
 */
export const BUNDLED_FONTS: readonly string[] = ['Inter', 'Source Sans 3', 'Noto Sans SC']

/** An sRGB colour, 0–255 per channel. */
export interface Rgb { r: number, g: number, b: number }

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', navy: '#000080', red: '#ff0000', green: '#008000', blue: '#0000ff',
  teal: '#008080', maroon: '#800000', purple: '#800080', orange: '#ffa500', gray: '#808080', grey: '#808080',
}

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a basic colour name; undefined when it is none of these. */
export function parseColor(input: string): Rgb | undefined {
  const s = input.trim().toLowerCase()
  const named = NAMED[s]
  if (named) return parseColor(named)
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s)
  if (m) return { r: parseInt(m[1]! + m[1]!, 16), g: parseInt(m[2]! + m[2]!, 16), b: parseInt(m[3]! + m[3]!, 16) }
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s)
  if (m) return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) }
  m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(s)
  if (m) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (r <= 255 && g <= 255 && b <= 255) return { r, g, b }
  }
  return undefined
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const v = c / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG contrast ratio of two colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** What {@link readableOn} did to a colour. */
export interface Checked {
  /** The colour to use, as `#rrggbb`. */
  color: string
  /** Its contrast against the background. */
  ratio: number
  /** The colour as given, when it had to be changed. */
  adjusted?: { from: string, ratio: number }
}

/**
 * The colour itself when it reaches `min` contrast on `background`, else the nearest colour that does: mixed towards
 * black on a light background (darkened), towards white on a dark one, in 2 % steps.
 */
export function readableOn(color: Rgb, background: Rgb, min = AA): Checked {
  const first = contrast(color, background)
  if (first >= min) return { color: toHex(color), ratio: first }
  const target = luminance(background) > 0.18 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 }
  let mixed = color
  for (let t = 0.02; t <= 1.0001; t += 0.02) {
    mixed = { r: color.r + (target.r - color.r) * t, g: color.g + (target.g - color.g) * t, b: color.b + (target.b - color.b) * t }
    mixed = { r: Math.round(mixed.r), g: Math.round(mixed.g), b: Math.round(mixed.b) }
    if (contrast(mixed, background) >= min) break
  }
  return { color: toHex(mixed), ratio: contrast(mixed, background), adjusted: { from: toHex(color), ratio: first } }
}

/** A brand as the deck uses it: colours made readable, with what was changed. */
export interface CheckedBrand {
  primary?: string
  accent?: string
  logo?: string
  font?: string
  /** One sentence per change, for the console: what, why, and how to avoid it. */
  warnings: string[]
}

/**
 * Checks a brand for a look. Colours that cannot be parsed or fonts that are not bundled are errors the sidecar
 * schema already rejects; here (e.g. a hand-edited headmatter) they are dropped with a warning, so the deck still shows.
 */
export function checkBrand(brand: { primary?: string, accent?: string, logo?: string, font?: string }, theme: ThemeName = 'light'): CheckedBrand {
  const bg = parseColor(BACKGROUND[theme])!
  const out: CheckedBrand = { warnings: [] }
  for (const key of ['primary', 'accent'] as const) {
    const given = brand[key]
    if (given === undefined) continue
    const rgb = parseColor(given)
    if (!rgb) {
      out.warnings.push(`brand.${key} "${given}" is not a colour briefdeck reads (#rrggbb, #rgb or rgb(r, g, b)); the built-in colour is used`)
      continue
    }
    const c = readableOn(rgb, bg)
    out[key] = c.color
    if (c.adjusted) {
      out.warnings.push(`brand.${key} ${c.adjusted.from} has contrast ${c.adjusted.ratio.toFixed(2)}:1 on the ${theme} background ${BACKGROUND[theme]} (WCAG AA needs ${AA}:1); ${theme === 'dark' ? 'lightened' : 'darkened'} to ${c.color} (${c.ratio.toFixed(2)}:1). Give a ${theme === 'dark' ? 'lighter' : 'darker'} colour to choose the shade yourself`)
    }
  }
  if (brand.logo !== undefined) out.logo = brand.logo
  if (brand.font !== undefined) {
    if (BUNDLED_FONTS.includes(brand.font)) out.font = brand.font
    else out.warnings.push(`brand.font "${brand.font}" is not bundled; choose one of ${BUNDLED_FONTS.join(', ')}`)
  }
  return out
}
