/// <reference types="@slidev/types/client" />
/**
 * Lets briefdeck's exports ask a built site which slides it holds (scripts/export/deck-page.ts): the title of each
 * slide, by slide number, as Slidev's parser read it when the site was built. Before printing, an export compares
 * these with the deck it was asked to print, so a `dist/` built from another deck is refused, not printed.
 */
import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'

export default defineAppSetup(() => {
  if (typeof window !== 'undefined')
    Object.assign(window, { __briefdeck__: { slideTitles: () => slides.value.map(s => (s.meta.slide as { title?: string } | undefined)?.title ?? '') } })
})
