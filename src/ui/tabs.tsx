import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { cx } from '@/ui/class-names'

type TabItem<T extends string> = {
  id: T
  label: string
  /** A shorter label for a phone, part of the full one (which names the tab for assistive technology). */
  shortLabel: string
  href: string
}

type TabListProps<T extends string> = {
  items: readonly TabItem<T>[]
  selected: T
  onSelect: (id: T) => void
  onPointerEnter?: (id: T) => void
  label: string
  idPrefix: string
  className?: string
}

const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`
const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`

/**
 * The WAI-ARIA tabs pattern: one tab stop, Arrow keys move and select, Home and End jump. Each tab
 * is a link to its view: before the app's code has loaded a click navigates there, after it the
 * app switches in place (and a click with a modifier still opens a new tab or window). Tabs wrap
 * rather than scroll, so none hides off-screen on a phone.
 */
export function TabList<T extends string>({
  items,
  selected,
  onSelect,
  onPointerEnter,
  label,
  idPrefix,
  className,
}: TabListProps<T>) {
  const refs = useRef(new Map<T, HTMLAnchorElement>())

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
  const click = (event: MouseEvent, id: T) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onSelect(id)
  }

  return (
    <div role="tablist" aria-label={label} className={cx('flex flex-wrap gap-x-1', className)}>
      {items.map((item, index) => {
        const isSelected = item.id === selected
        return (
          <a
            key={item.id}
            ref={(node) => {
              if (node) refs.current.set(item.id, node)
              else refs.current.delete(item.id)
            }}
            href={item.href}
            role="tab"
            id={tabId(idPrefix, item.id)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, item.id)}
            tabIndex={isSelected ? 0 : -1}
            aria-label={item.label}
            onClick={(event) => click(event, item.id)}
            onPointerEnter={isSelected ? undefined : () => onPointerEnter?.(item.id)}
            onKeyDown={(event) => move(event, index)}
            className={cx(
              'inline-flex min-h-10 shrink-0 items-center whitespace-nowrap border-b-3 px-2 text-sm font-semibold no-underline sm:min-h-11 sm:px-4 sm:text-base',
              isSelected ? 'border-accent text-ink' : 'border-transparent text-ink-muted hover:text-ink',
            )}
          >
            <span aria-hidden="true" className="sm:hidden">
              {item.shortLabel}
            </span>
            <span aria-hidden="true" className="hidden sm:inline">
              {item.label}
            </span>
          </a>
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
