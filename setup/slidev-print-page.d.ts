// The type of Slidev's print page, for `setup/routes.ts`. tsconfig `paths` points the import here so the type check
// does not compile Slidev's client sources (which rely on globals only Slidev's Vite config defines).
import type { DefineComponent } from 'vue'

declare const PrintPage: DefineComponent
export default PrintPage
