// Mermaid theme for diagrams in the deck (presenters may add ```mermaid blocks): the deck's fonts and
// palette, so diagrams match the slides in the browser and in print.
import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(async () => {
  // Mermaid sizes each label's box when it renders. If the deck's font is still loading then, the boxes fit a
  // fallback font and the labels are clipped once Inter arrives; Slidev awaits this setup before the first render.
  if (typeof document !== 'undefined')
    await Promise.all(['400 16px Inter', '600 16px Inter', '400 16px "Noto Sans SC"'].map(font => document.fonts.load(font)))
  return config
})

const config = {
  theme: 'base' as const,
  themeVariables: {
    fontFamily: 'Inter, "Noto Sans SC", sans-serif',
    fontSize: '16px',
    primaryColor: '#e8eef6',
    primaryTextColor: '#0f1f3d',
    primaryBorderColor: '#1e3a5f',
    lineColor: '#3d5a80',
    secondaryColor: '#f4f6f9',
    tertiaryColor: '#ffffff',
  },
}
