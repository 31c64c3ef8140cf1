import {
  Suspense,
  use,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
  type JSX,
  type ReactNode,
} from 'react'
import { ErrorBoundary } from '@/ui/error-boundary'

/**
 * The parts of the page around the charts (header, toolbar, intro, filters, cards, a chart's
 * legend and caption) are code the first chart does not need. On the prerendered page their HTML
 * is on screen already; their code loads once the first chart is drawn, or as soon as the reader
 * reaches for the page (see early-input.ts), so the bytes before the first chart are the chart's.
 */
type LaterParts = typeof import('@/app/later-parts')

/** Where the parts' code is: what the app tells the reader when it is late or cannot come. */
export type LaterPartsState = 'loading' | 'late' | 'loaded' | 'failed'

let parts: LaterParts | undefined
let loading: Promise<LaterParts> | undefined
let state: LaterPartsState = 'loading'
const stateListeners = new Set<() => void>()
let settle: (module: LaterParts | null) => void = () => {}
/** The parts once they are in, or null if they cannot come; waiting for it does not start the load. */
const partsSettled = new Promise<LaterParts | null>((resolve) => (settle = resolve))

const never = new Promise<never>(() => {})

function setState(next: LaterPartsState) {
  state = next
  for (const listener of stateListeners) listener()
}

/** How often a chunk that failed to load is asked for again (a network blip), and after how long. */
const RETRIES = 2
const RETRY_AFTER_MS = 1000

/** Loads the parts' code, once; the first call starts it. */
export function loadLaterParts(): Promise<LaterParts> {
  loading ??= importWithRetries(RETRIES).then(
    (module) => {
      parts = module
      settle(module)
      setState('loaded')
      return module
    },
    (error: unknown) => {
      settle(null)
      setState('failed')
      throw error
    },
  )
  return loading
}

async function importWithRetries(retries: number): Promise<LaterParts> {
  try {
    return await import('@/app/later-parts')
  } catch (error) {
    if (retries === 0) throw error
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS))
    return importWithRetries(retries - 1)
  }
}

/** Gives the parts at once, where they are imported statically: the build's prerender, tests. */
export function provideLaterParts(module: LaterParts) {
  parts = module
  loading = Promise.resolve(module)
  settle(module)
  state = 'loaded'
}

/** Settles once the parts' code is in (true) or cannot come (false); does not start the load. */
export const laterPartsLoaded: Promise<boolean> = partsSettled.then((module) => module !== null)

export const areLaterPartsLoaded = () => parts !== undefined

/** Says the parts' code is late (it still may come). */
export function markLaterPartsLate() {
  if (state === 'loading') setState('late')
}

/** Where the parts' code is, for a notice when it is late or cannot come. */
export function useLaterPartsState(): LaterPartsState {
  return useSyncExternalStore(
    (listener) => {
      stateListeners.add(listener)
      return () => stateListeners.delete(listener)
    },
    () => state,
    () => 'loaded',
  )
}

/**
 * A part by name: drawn at once when its code is in; otherwise it waits (suspends) until it is,
 * without starting the load itself. Inside a boundary of the prerendered page, waiting keeps the
 * server's HTML on screen.
 */
export function laterPart<K extends keyof LaterParts>(name: K) {
  type Props = ComponentProps<LaterParts[K]> & JSX.IntrinsicAttributes
  function LaterPart(props: Props) {
    // If the code cannot come, the part waits for good: the prerendered HTML stays readable, and
    // the app says why, once (useLaterPartsState).
    const module = parts ?? use(partsSettled) ?? use(never)
    const Part = module[name] as unknown as ComponentType<Props> // the part named K, whose props are Props
    return <Part {...props} />
  }
  LaterPart.displayName = `Later(${name})`
  return LaterPart
}

/**
 * A part of the prerendered page that React takes over after the chart. React hydrates the content
 * of a Suspense boundary found in server HTML in a later pass, one that yields to the browser
 * (selective hydration), so the pass that reaches the Overview's chart skips these parts; the chart
 * measures itself and draws, and they follow once their code is in. If it never comes, the part is
 * left out (the app says why, once: useLaterPartsState); the rest of the page keeps working.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
