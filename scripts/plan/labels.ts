/**
 * The few words the planner writes itself (slide roles, appendix labels), per language, so a Russian
 * article gets a Russian deck. Everything else on a slide is the article's own text.
 */
export interface Labels {
  bottomLine: string
  agenda: string
  keyFigures: string
  actors: string
  timeline: string
  appendix: string
  /** Synthetic part of a text with no headings. */
  part: string
  baseCase: string
  topRisk: string
  table: string
  matrix: string
  /** The heading of a matrix whose risks the text weighs in several sections (it stands after the one holding most). */
  risksAcross: string
  /** The heading of a matrix whose risks a section weighs in prose under a heading that names no risk (options, history). */
  risksIn: (heading: string) => string
  source: string
  correction: string
  caveat: string
  estimates: string
  estimatesText: string
}

export const LABELS: Readonly<Record<string, Labels>> = {
  en: {
    bottomLine: 'Bottom line', agenda: 'Agenda', keyFigures: 'Key figures', actors: 'Who is doing what to whom',
    timeline: 'Timeline', appendix: 'Appendix: sources and notes', part: 'Part', baseCase: 'base case', topRisk: 'Top risk',
    table: 'table', matrix: 'likelihood × impact', risksAcross: 'Risks weighed across the text', risksIn: h => `Risks weighed in “${h}”`, source: 'Source', correction: 'Correction', caveat: 'Caveat',
    estimates: 'Estimates', estimatesText: 'Risk likelihood and impact are estimated from the article’s own hedging and severity words unless the sidecar sets them.',
  },
  ru: {
    bottomLine: 'Главный вывод', agenda: 'План', keyFigures: 'Ключевые цифры', actors: 'Кто на кого влияет',
    timeline: 'Хронология', appendix: 'Приложение: источники и примечания', part: 'Часть', baseCase: 'базовый сценарий', topRisk: 'Главный риск',
    table: 'таблица', matrix: 'вероятность × последствия', risksAcross: 'Риски, взвешенные в тексте', risksIn: h => `Риски, взвешенные в разделе «${h}»`, source: 'Источник', correction: 'Исправление', caveat: 'Оговорка',
    estimates: 'Оценки', estimatesText: 'Вероятность и последствия рисков оценены по формулировкам самой статьи, если файл настроек не задаёт их.',
  },
}

/** The labels for a language, English when there are none for it. */
export function labelsFor(language: string): Labels {
  return LABELS[language] ?? LABELS.en!
}
