/**
 * A chart's place before its turn to draw (draw-turns.ts): the height it will have, so nothing
 * moves when it draws. Recharts is not mounted until then (or until it is set up, in a tab mounted
 * ahead): its store, size observers and effects cost time when a tab is shown, and memory in tabs
 * built in the background.
 */
export function WaitingChartBox({ height }: { height: number }) {
  return <div className="w-full" style={{ height }} />
}
