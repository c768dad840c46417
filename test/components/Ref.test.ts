import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Ref from '../../components/Ref.vue'

describe('Ref', () => {
  it('shows the anchor as a small marker and spells out the source for hover and focus', () => {
    const wrapper = mount(Ref, { props: { at: 'L12·s2' } })
    expect(wrapper.get('.bd-ref__marker').text()).toBe('L12·s2')
    expect(wrapper.get('.bd-ref__marker').element.tagName.toLowerCase()).toBe('sup')
    expect(wrapper.get('[role="tooltip"]').text()).toBe('Source: article line 12, sentence 2')
  })

  it('can be reached with the keyboard and names the source for screen readers', () => {
    const wrapper = mount(Ref, { props: { at: 'L12·s2' } })
    expect(wrapper.attributes('tabindex')).toBe('0')
    expect(wrapper.attributes('aria-label')).toBe('Source: article line 12, sentence 2')
    expect(wrapper.attributes('data-at')).toBe('L12·s2')
  })

  it('reads line ranges, with an en dash or a hyphen', () => {
    expect(mount(Ref, { props: { at: 'L12–14' } }).attributes('aria-label')).toBe('Source: article lines 12–14')
    expect(mount(Ref, { props: { at: 'L3-4·s1' } }).attributes('aria-label')).toBe(
      'Source: article lines 3–4, sentence 1',
    )
    expect(mount(Ref, { props: { at: 'L7' } }).attributes('aria-label')).toBe('Source: article line 7')
  })

  it('falls back to the anchor as written when it is not a line reference', () => {
    expect(mount(Ref, { props: { at: 'sidecar' } }).attributes('aria-label')).toBe('Source: sidecar')
  })

  it('renders on the baseline in the inline variant', () => {
    const wrapper = mount(Ref, { props: { at: 'L7', variant: 'inline' } })
    expect(wrapper.get('.bd-ref__marker').element.tagName.toLowerCase()).toBe('span')
  })
})
