import type { ComponentProps } from 'react'
import { cx } from '@/ui/class-names'

const variants = {
  primary: 'bg-accent text-accent-ink border-accent hover:opacity-90',
  secondary: 'bg-raised text-ink border-line hover:bg-sunken',
  ghost: 'bg-transparent text-accent border-transparent hover:bg-accent-soft underline-offset-2 hover:underline',
} as const

const sizes = {
  /** Text-sized, for an action inside a line of small print. */
  inline: 'px-0 text-xs',
  sm: 'min-h-8 px-2.5 text-sm',
  md: 'min-h-10 px-3.5 text-sm',
} as const

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof variants
  size?: keyof typeof sizes
}

/** A button's look, for a link that acts as one (a download of a file as it is). */
export const buttonClassName = ({
  variant = 'secondary',
  size = 'md',
  className,
}: Pick<ButtonProps, 'variant' | 'size' | 'className'>) =>
  cx(
    'inline-flex cursor-pointer items-center justify-center gap-1.5 rounded-md border font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60',
    variants[variant],
    sizes[size],
    className,
  )

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName({ variant, size, className })} {...props} />
}
