import { act, render, screen, waitFor } from '@testing-library/react'
import { useEffect, useRef } from 'react'
import { drawWaitingCharts, useDrawTurn } from '@/charts/draw-turns'
import { BACKGROUND_TAB_CLASS, DRAWN_AHEAD_CLASS, MOUNTED_AHEAD_CLASS, TAB_BOX_ATTRIBUTE } from '@/charts/front-tab'

/** The charts in the order they were drawn. */
const drawn: string[] = []

/** A chart that says where its turn stands; `tab`: the class of the tab around it, if any. */
function Chart({ name, tab }: { name: string; tab?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const turn = useDrawTurn(true, ref)
  useEffect(() => {
    if (turn === 'drawn') drawn.push(name)
  }, [turn, name])
  return (
    <div className={tab}>
      <div ref={ref}>{`${name} ${turn}`}</div>
    </div>
  )
}

/** A tab's box (TabContent), kept as `className` says, with a chart for each name. */
function Tab({ className, names }: { className?: string; names: string[] }) {
  return (
    <div {...{ [TAB_BOX_ATTRIBUTE]: '' }} className={className}>
      {names.map((name) => (
        <Chart key={name} name={name} />
      ))}
    </div>
  )
}

/** Lets the queue's pending turn (after the next frame) come. */
const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 120)))

describe('charts taking turns to draw', () => {
  beforeEach(async () => {
    // The queue is the page's: let the turns a test before left under way end.
    await nextFrame()
    drawn.length = 0
  })

  it('draws the first at once, then one a turn: the tab shown first, then the first chart of a tab drawn ahead', async () => {
    render(<Chart name="first" />)
    expect(screen.getByText('first drawn')).toBeInTheDocument()

    // Asked in this order: two charts of a tab drawn ahead, then one of the tab shown.
    const ahead = render(<Tab className={DRAWN_AHEAD_CLASS} names={['ahead 1', 'ahead 2']} />)
    render(<Chart name="shown" />)
    expect(screen.getByText('shown waiting')).toBeInTheDocument()

    await waitFor(() => expect(drawn).toHaveLength(3))
    expect(drawn).toEqual(['first', 'shown', 'ahead 1'])
    // The rest of a tab drawn ahead waits for it to be shown.
    await nextFrame()
    await nextFrame()
    expect(screen.getByText('ahead 2 waiting')).toBeInTheDocument()
    // Shown, the tab has a chart on screen at once: the other takes its turn after that frame.
    ahead.rerender(<Tab names={['ahead 1', 'ahead 2']} />)
    act(() => drawWaitingCharts())
    expect(screen.getByText('ahead 1 drawn')).toBeInTheDocument()
    expect(screen.getByText('ahead 2 waiting')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('ahead 2 drawn')).toBeInTheDocument())
  })

  it('sets up only the first chart of a tab mounted ahead, and draws its charts once it is shown', async () => {
    const { rerender } = render(<Tab className={MOUNTED_AHEAD_CLASS} names={['mounted 1', 'mounted 2']} />)
    await nextFrame()
    await nextFrame()
    expect(screen.getByText('mounted 1 set up')).toBeInTheDocument()
    expect(screen.getByText('mounted 2 waiting')).toBeInTheDocument()
    expect(drawn).toEqual([])

    // Shown: the first chart draws in the same commit, the second a turn later.
    rerender(<Tab names={['mounted 1', 'mounted 2']} />)
    act(() => drawWaitingCharts())
    expect(screen.getByText('mounted 1 drawn')).toBeInTheDocument()
    expect(screen.getByText('mounted 2 waiting')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('mounted 2 drawn')).toBeInTheDocument())
    expect(drawn).toEqual(['mounted 1', 'mounted 2'])
  })

  it('keeps the charts of a tab the reader has left waiting, and draws a tab shown at once even mid-turn', async () => {
    render(<Chart name="first" />)
    const left = render(<Tab className={BACKGROUND_TAB_CLASS} names={['left 1']} />)
    const shown = render(<Tab className={MOUNTED_AHEAD_CLASS} names={['next 1', 'next 2']} />)
    expect(screen.getByText('next 1 waiting')).toBeInTheDocument()

    // Shown while the first chart's turn is under way: its first chart draws in that commit.
    shown.rerender(<Tab names={['next 1', 'next 2']} />)
    act(() => drawWaitingCharts())
    expect(screen.getByText('next 1 drawn')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('next 2 drawn')).toBeInTheDocument())
    await nextFrame()
    await nextFrame()
    expect(screen.getByText('left 1 waiting')).toBeInTheDocument()

    // The tab left is shown again: its chart draws.
    left.rerender(<Tab names={['left 1']} />)
    act(() => drawWaitingCharts())
    await waitFor(() => expect(screen.getByText('left 1 drawn')).toBeInTheDocument())
    expect(drawn).toEqual(['first', 'next 1', 'next 2', 'left 1'])
  })
})
