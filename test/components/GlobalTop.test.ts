import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import GlobalTop from '../../global-top.vue'

function top(brand: object | undefined, layout = 'default', colorSchema = 'light') {
  return mount(GlobalTop, { global: { mocks: { $nav: { currentLayout: layout, currentPage: 1, total: 9 }, $slidev: { configs: { title: 'T', colorSchema, brand } } } } })
}

describe('global-top: the brand', () => {
  afterEach(() => vi.restoreAllMocks())

  it('writes no style without a brand', () => {
    expect(top(undefined).find('style').exists()).toBe(false)
  })

  it('turns a brand into CSS variables, keeping a colour that already passes AA', () => {
    const css = top({ primary: '#003366', accent: '#8a2be2', font: 'Source Sans 3' }).get('style').text()
    expect(css).toContain('--bd-navy: #003366;')
    expect(css).toContain('--bd-accent: #8a2be2;')
    expect(css).toContain('--bd-font-sans: \'Source Sans 3\'')
  })

  it('darkens a colour that fails AA on white and says so on the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const css = top({ primary: '#ffd700' }).get('style').text()
    expect(css).not.toContain('#ffd700')
    expect(warn.mock.calls.flat().join(' ')).toMatch(/brand\.primary #ffd700 has contrast .* darkened to #/)
  })

  it('never writes text that is not a parsed colour or a bundled font into the style sheet', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const css = top({ primary: 'red; } body { display: none', font: 'x\'; } * { color: red' }).find('style')
    expect(css.exists()).toBe(false)
  })

  it('shows the logo on the cover only, and only a data: image or a relative file', () => {
    const logo = 'data:image/svg+xml;base64,PHN2Zy8+'
    expect(top({ logo }, 'cover').get('img.bd-cover-logo').attributes('src')).toBe(logo)
    expect(top({ logo }, 'default').find('img').exists()).toBe(false)
    expect(top({ logo: 'javascript:alert(1)' }, 'cover').find('img').exists()).toBe(false)
  })
})
