import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Timeline from '../../components/Timeline.vue'
import type { TimelineItem } from '../../components/Timeline.vue'

const EVENTS: TimelineItem[] = [
  { date: '2023', text: 'Arms sales to India reach $20 billion.', anchor: { line: 11, endLine: 11, sentence: 1 } },
  { date: '2025', text: 'S-400 deliveries set to begin.', anchor: { line: 8, endLine: 9 } },
]

describe('Timeline', () => {
  it('lists the events in the order given, each with its date, text and anchor', () => {
    const wrapper = mount(Timeline, { props: { events: EVENTS } })
    const items = wrapper.findAll('li.bd-tl__event')
    expect(items.map(i => i.get('.bd-tl__date').text())).toEqual(['2023', '2025'])
    expect(items[0]!.get('.bd-tl__text').text()).toContain('Arms sales to India reach $20 billion.')
    expect(items.map(i => i.get('[data-at]').attributes('data-at'))).toEqual(['L11·s1', 'L8–9'])
  })

  it('runs horizontally up to five events and vertically beyond, unless told otherwise', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ ...EVENTS[0]!, date: String(2020 + i) }))
    expect(mount(Timeline, { props: { events: EVENTS } }).attributes('data-orientation')).toBe('horizontal')
    expect(mount(Timeline, { props: { events: six } }).attributes('data-orientation')).toBe('vertical')
    expect(mount(Timeline, { props: { events: EVENTS, orientation: 'vertical' } }).attributes('data-orientation')).toBe(
      'vertical',
    )
  })
})
