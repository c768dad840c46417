/** Realistic props from the sample article (content/00-putins-gamble.txt), shared by component tests. */
import type { RiskMatrixRisk, ScenarioCard } from '../../scripts/model.ts'

export const RISKS: RiskMatrixRisk[] = [
  {
    id: 'us-retaliation',
    name: 'U.S. Retaliation',
    likelihood: 3,
    impact: 4,
    estimated: true,
    basis: 'hedge "could" → possible; "strain" → major',
    anchor: 'L19',
  },
  {
    id: 'technology-stagnation',
    name: 'Technology Stagnation',
    likelihood: 3,
    impact: 3,
    estimated: true,
    basis: 'hedge "may" → possible; "delays" → moderate',
    anchor: 'L20',
  },
  {
    id: 'regional-backlash',
    name: 'Regional Backlash',
    likelihood: 2,
    impact: 5,
    estimated: false,
    basis: 'sidecar',
    anchor: 'L21',
  },
]

export const SCENARIOS: ScenarioCard[] = [
  {
    id: 'optimistic',
    name: 'Optimistic',
    tone: 'optimistic',
    outlook: 'The partnership deepens, with India becoming Russia’s top Asian arms buyer and a counterweight to China.',
    points: [],
    baseCase: false,
    anchor: 'L28',
  },
  {
    id: 'pessimistic',
    name: 'Pessimistic',
    tone: 'pessimistic',
    outlook: 'U.S. sanctions escalate, forcing India to choose between security and technology access.',
    points: ['New Delhi may pivot to European suppliers.'],
    baseCase: false,
    anchor: 'L29',
  },
  {
    id: 'realistic',
    name: 'Realistic',
    tone: 'realistic',
    outlook: 'A hybrid model emerges, where India retains key Russian systems while reducing dependency through partnerships with France and the U.S.',
    points: [],
    baseCase: true,
    probability: 0.55,
    anchor: 'L30',
  },
]
