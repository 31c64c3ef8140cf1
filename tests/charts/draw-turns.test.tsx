import { render, screen, waitFor } from '@testing-library/react'
import { useEffect, useRef } from 'react'
import { useDrawTurn } from '@/charts/draw-turns'
import { DRAWN_AHEAD_CLASS } from '@/charts/front-tab'

/** The charts in the order they were drawn. */
const drawn: string[] = []

/** A chart that says whether it has had its turn to draw; `isAhead`: in a tab drawn ahead. */
function Chart({ name, isAhead = false }: { name: string; isAhead?: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  const hasTurn = useDrawTurn(true, ref)
  useEffect(() => {
    if (hasTurn) drawn.push(name)
  }, [hasTurn, name])
  return (
    <div className={isAhead ? DRAWN_AHEAD_CLASS : undefined}>
      <div ref={ref}>{`${name} ${hasTurn ? 'drawn' : 'waiting'}`}</div>
    </div>
  )
}

describe('charts taking turns to draw', () => {
  it('draws the first at once, then one a turn, the tab shown before a tab drawn ahead', async () => {
    render(<Chart name="first" />)
    expect(screen.getByText('first drawn')).toBeInTheDocument()

    // Asked in this order: two charts of a tab drawn ahead, then one of the tab shown.
    render(<Chart name="ahead 1" isAhead />)
    render(<Chart name="ahead 2" isAhead />)
    render(<Chart name="shown" />)
    expect(screen.getByText('shown waiting')).toBeInTheDocument()

    await waitFor(() => expect(drawn).toHaveLength(4))
    expect(drawn).toEqual(['first', 'shown', 'ahead 1', 'ahead 2'])
  })
})
