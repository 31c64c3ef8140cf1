import { Component, type ReactNode } from 'react'

type Props = {
  children: ReactNode
  fallback: (error: Error) => ReactNode
  /** A change of key (a new tab, a new view) clears the error and tries again. */
  resetKey?: string
}
type State = { error: Error | null; resetKey: string | undefined }

/** Catches a render error below it and shows `fallback` in its place; the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children
  }
}
