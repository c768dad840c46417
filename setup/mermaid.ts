// Mermaid theme for diagrams in the deck (presenters may add ```mermaid blocks): the deck's fonts and
// palette, so diagrams match the slides in the browser and in print.
import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(() => ({
  theme: 'base',
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
}))
