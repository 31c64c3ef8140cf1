// @vitest-environment node
import { textWidth, wrapText } from '@/charts/text-width'

// Without a canvas (Node, jsdom) widths are estimated: 0.56 em a Latin character, 1 em a CJK one.
describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('Sichuan vehicle output', 400, 10, false, 4)).toEqual(['Sichuan vehicle output'])
  })

  it('breaks at spaces, each line within the width', () => {
    const lines = wrapText('Vehicles produced in Sichuan and Chongqing (January–November 2022)', 150, 10, false, 4)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe('Vehicles produced in Sichuan and Chongqing (January–November 2022)')
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(150)
  })

  it('breaks Chinese between any two characters', () => {
    const lines = wrapText('四川和重庆汽车产量占全国比重', 60, 10, true, 4)
    expect(lines).toEqual(['四川和重庆汽', '车产量占全国', '比重'])
  })

  it('ends the last allowed line with an ellipsis, never going past the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 40, 10, false, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    expect(textWidth(lines[1] ?? '', 10)).toBeLessThanOrEqual(40)
  })
})
