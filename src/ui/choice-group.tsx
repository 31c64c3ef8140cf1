import { useId, type ReactNode } from 'react'
import { cx } from '@/ui/class-names'

type Choice<T extends string> = { value: T; label: ReactNode; count?: number; disabled?: boolean }

type CommonProps<T extends string> = {
  legend: ReactNode
  choices: readonly Choice<T>[]
  className?: string
  /** Visually compact buttons in one row (chart/table, theme), rather than a list. */
  variant?: 'list' | 'segmented'
}

type SingleProps<T extends string> = CommonProps<T> & {
  multiple?: false
  value: T
  onChange: (value: T) => void
}

type MultipleProps<T extends string> = CommonProps<T> & {
  multiple: true
  value: readonly T[]
  onChange: (value: T[]) => void
}

/**
 * Native radio buttons or checkboxes in a fieldset: keyboard use, labels and states come from
 * the browser. A count after a choice says how many figures it would show.
 */
export function ChoiceGroup<T extends string>(props: SingleProps<T> | MultipleProps<T>) {
  const name = useId()
  const { legend, choices, className, variant = 'list' } = props
  const isSegmented = variant === 'segmented'

  const isChecked = (value: T) => (props.multiple ? props.value.includes(value) : props.value === value)
  const toggle = (value: T, checked: boolean) => {
    if (props.multiple) {
      const next = checked ? [...props.value, value] : props.value.filter((v) => v !== value)
      props.onChange(choices.map((c) => c.value).filter((v) => next.includes(v)))
    } else if (checked) {
      props.onChange(value)
    }
  }

  return (
    <fieldset className={cx('min-w-0', className)}>
      <legend className={cx('mb-1.5 text-sm font-semibold', isSegmented && 'sr-only')}>{legend}</legend>
      <div className={cx('flex flex-wrap', isSegmented ? 'rounded-md border border-line' : 'gap-1.5')}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cx(
              'relative inline-flex min-h-9 cursor-pointer items-center gap-1.5 text-sm has-checked:font-semibold has-disabled:cursor-not-allowed has-disabled:opacity-60 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
              isSegmented
                ? 'px-3 first:rounded-l-md last:rounded-r-md has-checked:bg-accent has-checked:text-accent-ink'
                : 'rounded-full border border-line bg-raised px-3 has-checked:border-accent has-checked:bg-accent-soft',
            )}
          >
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={name}
              value={choice.value}
              checked={isChecked(choice.value)}
              disabled={choice.disabled}
              onChange={(event) => toggle(choice.value, event.target.checked)}
              className={isSegmented ? 'sr-only' : 'size-4 accent-accent'}
            />
            <span>
              {choice.label}
              {choice.count !== undefined && <span className="tabular-nums text-ink-muted"> ({choice.count})</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
