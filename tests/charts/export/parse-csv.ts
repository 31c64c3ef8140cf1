/**
 * A strict RFC 4180 reader for checking what the exporter writes: quoted fields may hold commas,
 * doubled quotes and line breaks; every record must end with CRLF. Throws on anything else.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let index = 0
  const endField = () => {
    record.push(field)
    field = ''
  }
  while (index < text.length) {
    const character = text[index]
    if (character === '"' && field === '') {
      const close = readQuoted(text, index + 1)
      field = close.value
      index = close.next
      const after = text[index]
      if (after !== ',' && after !== '\r')
        throw new Error(`unexpected ${JSON.stringify(after)} after a quoted field at ${index}`)
      continue
    }
    if (character === ',') {
      endField()
      index += 1
    } else if (character === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`a bare CR at ${index}`)
      endField()
      records.push(record)
      record = []
      index += 2
    } else if (character === '\n') {
      throw new Error(`a bare LF at ${index}`)
    } else if (character === '"') {
      throw new Error(`a quote inside an unquoted field at ${index}`)
    } else {
      field += character
      index += 1
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF')
  return records
}

function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = ''
  for (let index = start; index < text.length; index += 1) {
    if (text[index] !== '"') value += text[index]
    else if (text[index + 1] === '"') {
      value += '"'
      index += 1
    } else return { value, next: index + 1 }
  }
  throw new Error('a quoted field never closes')
}
