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
 * The parts of the page around the charts (header, toolbar, intro, filters, cards, a chart's title
 * and caption) are code the first chart does not need. On the prerendered page their HTML is on
 * screen already; their code loads once the first chart is drawn, or as soon as the reader reaches
 * for the page (see hold-early-clicks.ts), so the bytes before the first chart are the chart's.
 */
type LaterParts = typeof import('@/app/later-parts')

let parts: LaterParts | undefined
let loading: Promise<LaterParts> | undefined
let hasFailed = false
const failureListeners = new Set<() => void>()
let settle: { resolve: (module: LaterParts) => void; reject: (error: unknown) => void }
/** Settles once the parts are in (or could not load), without starting the load. */
const partsLoaded = new Promise<LaterParts>((resolve, reject) => {
  settle = { resolve, reject }
})
partsLoaded.catch(() => {}) // a failure is shown where a part stands, not reported as unhandled

/** How often a chunk that failed to load is asked for again (a network blip), and after how long. */
const RETRIES = 2
const RETRY_AFTER_MS = 1000

/** Loads the parts' code, once; the first call starts it. */
export function loadLaterParts(): Promise<LaterParts> {
  loading ??= importWithRetries(RETRIES).then(
    (module) => {
      parts = module
      settle.resolve(module)
      return module
    },
    (error: unknown) => {
      settle.reject(error)
      hasFailed = true
      for (const listener of failureListeners) listener()
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
  settle.resolve(module)
}

/** Settles once the parts' code is in, or has failed to load; does not start the load. */
export const laterPartsLoaded: Promise<unknown> = partsLoaded

/**
 * A part by name: drawn at once when its code is in; otherwise it waits (suspends) until it is,
 * without starting the load itself. Inside a boundary of the prerendered page, waiting keeps the
 * server's HTML on screen.
 */
export function laterPart<K extends keyof LaterParts>(name: K) {
  type Props = ComponentProps<LaterParts[K]> & JSX.IntrinsicAttributes
  function LaterPart(props: Props) {
    const module = parts ?? use(partsLoaded)
    const Part = module[name] as unknown as ComponentType<Props> // the part named K, whose props are Props
    return <Part {...props} />
  }
  LaterPart.displayName = `Later(${name})`
  return LaterPart
}

/** Whether the parts' code could not load, even after trying again: the app then says so, once. */
export function useLaterPartsFailed(): boolean {
  return useSyncExternalStore(
    (listener) => {
      failureListeners.add(listener)
      return () => failureListeners.delete(listener)
    },
    () => hasFailed,
    () => false,
  )
}

/**
 * A part of the prerendered page that React takes over after the chart. React hydrates the content
 * of a Suspense boundary found in server HTML in a later pass, one that yields to the browser
 * (selective hydration), so the pass that reaches the Overview's chart skips these parts; the chart
 * measures itself and draws, and they follow once their code is in. If it never comes, the part is
 * left out (the app says why, once: useLaterPartsFailed); the rest of the page keeps working.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
