import { useEffect, useId, useState } from 'react'
import { localeTags } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'

/** Time on the presenter's screen: since the view opened (paused and reset at will) and of day. */
export function PresenterClock() {
  const i18n = useI18n()
  const elapsedId = useId()
  const clockId = useId()
  const [now, setNow] = useState(() => Date.now())
  const [timer, setTimer] = useState(() => ({ startedAt: now as number | null, carried: 0 }))
  const isRunning = timer.startedAt !== null

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])

  const elapsedAt = (time: number) =>
    timer.carried + (timer.startedAt === null ? 0 : Math.max(0, time - timer.startedAt))
  const restart = (next: { startedAt: number | null; carried: number }) => {
    setTimer(next)
    setNow(Date.now())
  }

  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <div className="flex items-center gap-2">
        <div>
          <p id={elapsedId} className="text-xs text-ink-muted">
            {i18n.t('presenterView.elapsed')}
          </p>
          <p role="timer" aria-labelledby={elapsedId} className="text-2xl font-semibold tabular-nums">
            {formatElapsed(elapsedAt(now))}
          </p>
        </div>
        <Button
          size="sm"
          onClick={() => {
            const time = Date.now()
            restart(
              isRunning ? { startedAt: null, carried: elapsedAt(time) } : { startedAt: time, carried: timer.carried },
            )
          }}
        >
          {i18n.t(isRunning ? 'presenterView.pause' : 'presenterView.resume')}
        </Button>
        <Button size="sm" onClick={() => restart({ startedAt: isRunning ? Date.now() : null, carried: 0 })}>
          {i18n.t('presenterView.reset')}
        </Button>
      </div>
      <div>
        <p id={clockId} className="text-xs text-ink-muted">
          {i18n.t('presenterView.clock')}
        </p>
        <p role="timer" aria-labelledby={clockId} className="text-2xl font-semibold tabular-nums">
          {new Intl.DateTimeFormat(localeTags[i18n.locale], { hour: '2-digit', minute: '2-digit' }).format(now)}
        </p>
      </div>
    </div>
  )
}

/** 4:05, 12:30, 1:02:03: minutes and seconds, hours once there are any. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000)
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60]
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`
}
