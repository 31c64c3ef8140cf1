import js from '@eslint/js'
import globals from 'globals'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { noImportCycle } from './scripts/eslint-no-import-cycle.js'

const features = ['overview', 'clusters', 'nev', 'finance', 'all-figures', 'finder']

/**
 * The layers of src/ (../shared/style.md): ui, data, view-state and i18n at the bottom, then charts,
 * then features, then the app with its modes (present, embed). Imports only go down, a feature never
 * imports another, and no module reaches itself through its imports. Type-only imports and import()
 * count like any other.
 */
const layers = [
  {
    target: './src/ui',
    from: './src',
    except: ['./ui'],
    message: 'src/ui holds primitives: it imports nothing else of the app.',
  },
  {
    target: ['./src/data', './src/view-state', './src/i18n'],
    from: ['./src/ui', './src/charts', './src/features', './src/app', './src/present', './src/embed'],
    message: 'data, view-state and i18n are the bottom layer: they import no screen.',
  },
  {
    target: './src/charts',
    from: ['./src/features', './src/app', './src/present', './src/embed'],
    message: 'src/charts sits under the features and the app: it cannot import them.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/present', './src/embed'],
    message: 'A feature sits under the app: the app composes the features.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; the app composes them.',
  })),
  {
    target: ['./src/present', './src/embed'],
    from: ['./src/app', './src/features'],
    message: 'Presenter and embed modes are given the views by the app.',
  },
]

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report'] },
  {
    // The host-page listener ships as written, to browsers of any age: plain ES2017 script.
    files: ['public/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2017, sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset strings are text: never inject HTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'local/no-import-cycle': 'error',
    },
  },
)
