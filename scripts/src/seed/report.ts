import type {ExportedDocument, SeedDataset} from './dataset.ts'
import {articleId} from './ids.ts'

/** Lint findings of one article, counted by rule id. */
export type LintCounts = Record<string, number>

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  )
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1)
  return counts
}

function documentsTable(documents: ExportedDocument[]): string {
  const types = [...new Set(documents.map(({_type}) => _type))].sort()
  const rows = types.map((type) => {
    const ofType = documents.filter(({_type}) => _type === type)
    const drafts = ofType.filter(({_id}) => _id.startsWith('drafts.')).length
    return [type, String(ofType.length), String(drafts), String(ofType.length - drafts)]
  })
  rows.push(['total', String(documents.length), '', ''])
  return table(['type', 'documents', 'drafts', 'published'], rows)
}

function seedsTable(dataset: SeedDataset): string {
  const rows = dataset.imports.map((seed) => [
    seed.file,
    articleId(seed.number),
    String(seed.body.length),
    String(seed.chrome.length),
    String(seed.encodingRepairs),
    String(seed.referenceLists.length > 0 ? 'yes' : 'no'),
  ])
  return table(
    ['seed', 'article', 'blocks', 'chrome removed', 'encoding repairs', 'reference list'],
    rows,
  )
}

function chromeListing(dataset: SeedDataset): string {
  return dataset.imports
    .map((seed) => {
      const header = `${seed.file}: ${seed.chrome.length} removed`
      const byRule = [...countBy(seed.chrome, (removal) => removal.rule)]
        .map(([rule, count]) => `${rule} ${count}`)
        .join(', ')
      const lines = seed.chrome.map(
        (removal) =>
          `  line ${String(removal.line).padStart(3)}  ${removal.rule.padEnd(14)}  ${removal.text}`,
      )
      return [byRule ? `${header} (${byRule})` : header, ...lines].join('\n')
    })
    .join('\n')
}

function lintTable(lint: Map<string, LintCounts>): string {
  const allRules = [...new Set([...lint.values()].flatMap((counts) => Object.keys(counts)))].sort()
  const found = (rule: string) => [...lint.values()].some((counts) => (counts[rule] ?? 0) > 0)
  const rules = allRules.filter(found)
  const rows = [...lint].map(([id, counts]) => [
    id,
    ...rules.map((rule) => String(counts[rule] ?? 0)),
    String(Object.values(counts).reduce((sum, count) => sum + count, 0)),
  ])
  const clean = allRules.filter((rule) => !found(rule))
  const note = clean.length > 0 ? `\nNo findings for: ${clean.join(', ')}` : ''
  return `${table(['article', ...rules, 'total'], rows)}${note}`
}

/** The summary `dataset:seed` prints: documents, seeds, every chrome removal, lint findings. */
export function formatSeedReport(dataset: SeedDataset, lint: Map<string, LintCounts>): string {
  return [
    'Documents',
    documentsTable(dataset.documents),
    '',
    'Seed articles',
    seedsTable(dataset),
    '',
    'Page chrome removed',
    chromeListing(dataset),
    '',
    'Editorial lint findings on the imported articles (for fact-checkers to fix)',
    lint.size > 0 ? lintTable(lint) : '(no articles)',
  ].join('\n')
}
