import type { Dataset } from '@/data/schema'
import { indexDataset, toFigureRow, toStatementRow, type FigureRow, type StatementRow } from '@/data/select-figures'
import { toListRow, type ListRow } from '@/data/select-lists'

export type SourceTarget =
  | { kind: 'fact'; row: FigureRow; inputs: FigureRow[] }
  | { kind: 'list'; row: ListRow }
  | { kind: 'statement'; row: StatementRow }

/** The fact, list or statement a source panel is about, with a derived figure's inputs resolved; null if no such id. */
export function selectSource(data: Dataset, id: string): SourceTarget | null {
  const index = indexDataset(data)
  const fact = index.facts.get(id)
  if (fact) {
    const inputs = fact.kind === 'derived' ? fact.derivation.inputs : []
    return {
      kind: 'fact',
      row: toFigureRow(fact, index),
      inputs: inputs.flatMap((inputId) => {
        const input = index.facts.get(inputId)
        return input ? [toFigureRow(input, index)] : []
      }),
    }
  }
  const list = data.lists.find((entry) => entry.id === id)
  if (list) return { kind: 'list', row: toListRow(list, index) }
  const statement = data.statements.find((entry) => entry.id === id)
  return statement ? { kind: 'statement', row: toStatementRow(statement, index) } : null
}
