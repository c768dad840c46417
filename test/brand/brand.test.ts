import { describe, expect, it } from 'vitest'
import { checkBrand, contrast, parseColor, readableOn } from '../../scripts/brand.ts'

describe('brand colours', () => {
  it('reads #rgb, #rrggbb, rgb() and basic names, and nothing else', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255 })
    expect(parseColor('#1E3A5F')).toEqual({ r: 30, g: 58, b: 95 })
    expect(parseColor('rgb(0, 163, 224)')).toEqual({ r: 0, g: 163, b: 224 })
    expect(parseColor('navy')).toEqual({ r: 0, g: 0, b: 128 })
    expect(parseColor('red; } body {')).toBeUndefined()
    expect(parseColor('rgb(300, 0, 0)')).toBeUndefined()
  })

  it('computes the WCAG contrast ratio (black on white is 21:1, #767676 on white is about 4.54:1)', () => {
    expect(contrast(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5)
    expect(contrast(parseColor('#767676')!, parseColor('#fff')!)).toBeCloseTo(4.54, 2)
  })

  it('keeps a colour that passes AA and darkens one that fails, until it passes', () => {
    const white = parseColor('#fff')!
    expect(readableOn(parseColor('#1e3a5f')!, white)).toEqual({ color: '#1e3a5f', ratio: expect.any(Number) })
    const sky = readableOn(parseColor('#00a3e0')!, white)
    expect(sky.adjusted?.from).toBe('#00a3e0')
    expect(sky.ratio).toBeGreaterThanOrEqual(4.5)
    expect(contrast(parseColor(sky.color)!, white)).toBeGreaterThanOrEqual(4.5)
  })

  it('lightens instead on the dark look', () => {
    const checked = checkBrand({ primary: '#1e3a5f' }, 'dark')
    expect(contrast(parseColor(checked.primary!)!, parseColor('#0f1722')!)).toBeGreaterThanOrEqual(4.5)
    expect(checked.warnings[0]).toMatch(/lightened/)
  })

  it('warns about an unreadable colour or an unbundled font and drops them', () => {
    const checked = checkBrand({ primary: 'corporate blue', font: 'Comic Sans MS' })
    expect(checked.primary).toBeUndefined()
    expect(checked.font).toBeUndefined()
    expect(checked.warnings).toHaveLength(2)
  })
})

import { parseSidecar } from '../../scripts/sidecar.ts'
import { generateFile, SAMPLE } from '../helpers/generate.ts'
import { applyLook } from '../../scripts/pipeline.ts'
import { renderDeck } from '../../scripts/render/slidev.ts'

describe('brand and theme in the sidecar', () => {
  it('accepts a brand and a theme, and names the line of a colour it cannot read', () => {
    expect(parseSidecar('brand:\n  primary: "#00a3e0"\n  font: Source Sans 3\ntheme: dark\n').brand?.font).toBe('Source Sans 3')
    expect(() => parseSidecar('theme: light\nbrand:\n  accent: corporate blue\n')).toThrow(/colour/)
    expect(() => parseSidecar('brand:\n  font: Comic Sans MS\n')).toThrow()
    expect(() => parseSidecar('brand:\n  logo: logo.gif\n')).toThrow(/svg or \.png/)
  })

  it('puts the checked brand in the deck and its headmatter, with a warning for a darkened colour', () => {
    const deck = applyLook(generateFile(SAMPLE).deck, { brand: { primary: '#1e3a5f' } }, 'dark')
    expect(deck.meta.theme).toBe('dark')
    expect(deck.meta.brand?.primary).not.toBe('#1e3a5f')
    expect(deck.diagnostics.filter(d => d.rule === 'brand').map(d => d.message)[0]).toMatch(/#1e3a5f .* lightened/)
    const head = renderDeck(deck).split('\n---\n')[0]!
    expect(head).toContain('colorSchema: "dark"')
    expect(head).toContain(`primary: "${deck.meta.brand!.primary}"`)
  })
})
