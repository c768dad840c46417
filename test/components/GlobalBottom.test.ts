import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GlobalBottom from '../../global-bottom.vue'

function footer(layout: string, briefdeck?: { classification?: string; date?: string }) {
  return mount(GlobalBottom, {
    global: {
      mocks: {
        $nav: { currentLayout: layout, currentPage: 4, total: 12 },
        $slidev: { configs: { title: "Putin's Gamble", briefdeck } },
      },
    },
  })
}

describe('global-bottom footer', () => {
  it('shows the deck title and the page of the total', () => {
    const wrapper = footer('default')
    expect(wrapper.get('.bd-footer__title').text()).toBe("Putin's Gamble")
    expect(wrapper.get('[data-field="page"]').text()).toBe('4 / 12')
    expect(wrapper.get('[data-field="page"]').attributes('aria-label')).toBe('Slide 4 of 12')
  })

  it('shows the classification and date only when the headmatter gives them', () => {
    const marked = footer('default', { classification: 'Unclassified', date: '2025-11-25' })
    expect(marked.get('[data-field="classification"]').text()).toBe('Unclassified')
    expect(marked.get('[data-field="date"]').text()).toBe('2025-11-25')
    const plain = footer('default')
    expect(plain.find('[data-field="classification"]').exists()).toBe(false)
    expect(plain.find('[data-field="date"]').exists()).toBe(false)
  })

  it('shows a Markdown-escaped headmatter title as plain text', () => {
    const w = mount(GlobalBottom, { global: { mocks: { $nav: { currentLayout: 'default', currentPage: 2, total: 9 }, $slidev: { configs: { title: 'Defense Primer: U\\.S\\. Space Force' } } } } })
    expect(w.get('.bd-footer__title').text()).toBe('Defense Primer: U.S. Space Force')
  })

  it('names the slide\'s section, or the last one before it', () => {
    const route = (section?: string) => ({ meta: { slide: { frontmatter: { briefdeck: section ? { section } : {} } } } })
    const slides = [route(), route('Risks and Challenges'), route()]
    const w = mount(GlobalBottom, { global: { mocks: { $nav: { currentLayout: 'default', currentPage: 3, total: 3, slides, currentSlideRoute: slides[2] }, $slidev: { configs: { title: 'T' } } } } })
    expect(w.get('[data-field="section"]').text()).toBe('Risks and Challenges')
  })

  it('is hidden on the cover slide', () => {
    expect(footer('cover').find('.bd-footer').exists()).toBe(false)
  })
})
