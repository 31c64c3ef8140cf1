import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { cx } from '@/ui/class-names'

export type TabItem<T extends string> = { id: T; label: ReactNode }

type TabListProps<T extends string> = {
  items: readonly TabItem<T>[]
  selected: T
  onSelect: (id: T) => void
  /**
   * The reader reaches for an unselected tab, before any click selects it: the pointer rests on it
   * (`INTENT_REST_MS`; a pointer passing over tabs on its way elsewhere says nothing), or presses it.
   */
  onIntent?: (id: T) => void
  label: string
  idPrefix: string
  className?: string
}

/** How long a pointer rests on a tab before the reader is taken to be reaching for it. */
export const INTENT_REST_MS = 100

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

/**
 * The WAI-ARIA tabs pattern: one tab stop, Arrow keys move and select, Home and End jump.
 * Selection follows focus, since every tab's panel is cheap to show. Tabs wrap rather than scroll, so
 * none hides off-screen on a phone.
 */
export function TabList<T extends string>({
  items,
  selected,
  onSelect,
  onIntent,
  label,
  idPrefix,
  className,
}: TabListProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const resting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const stopResting = () => clearTimeout(resting.current)
  useEffect(() => stopResting, [])
  const reachFor = (id: T) => {
    stopResting()
    onIntent?.(id)
  }

  const move = (event: KeyboardEvent, index: number) => {
    const last = items.length - 1
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key]
    const item = target === undefined ? undefined : items[target]
    if (!item) return
    event.preventDefault()
    onSelect(item.id)
    refs.current.get(item.id)?.focus()
  }

  return (
    <div role="tablist" aria-label={label} className={cx('flex flex-wrap gap-x-1', className)}>
      {items.map((item, index) => {
        const isSelected = item.id === selected
        return (
          <button
            key={item.id}
            ref={(node) => {
              if (node) refs.current.set(item.id, node)
              else refs.current.delete(item.id)
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, item.id)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, item.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(item.id)}
            onPointerEnter={
              isSelected
                ? undefined
                : () => {
                    stopResting()
                    resting.current = setTimeout(() => reachFor(item.id), INTENT_REST_MS)
                  }
            }
            onPointerLeave={stopResting}
            onPointerDown={isSelected ? undefined : () => reachFor(item.id)}
            onKeyDown={(event) => move(event, index)}
            className={cx(
              'min-h-11 shrink-0 cursor-pointer whitespace-nowrap border-b-3 px-3 text-sm font-semibold sm:px-4 sm:text-base',
              isSelected ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:text-ink',
            )}
          >
            {item.label}
          </button>
        )
      })}
    </div>
  )
}

export function TabPanel({ idPrefix, id, children }: { idPrefix: string; id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} tabIndex={0}>
      {children}
    </div>
  )
}
