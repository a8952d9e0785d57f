import {badRequest} from '../errors.ts'

export type Perspective = 'raw' | 'drafts' | 'published'

/** From API version 2025-02-19 on, a query without a perspective reads published documents. */
const publishedByDefaultFrom = '2025-02-19'

/**
 * The perspective a query runs in: the `perspective` option, else the API version's default
 * (`raw` before 2025-02-19, `published` from then on; versions compare as ISO dates).
 */
export function resolvePerspective(
  requested: string | null,
  apiVersion: string | null,
): Perspective {
  if (requested === null || requested === '') {
    const dated = apiVersion && /^\d{4}-\d{2}-\d{2}$/.test(apiVersion) ? apiVersion : null
    return dated && dated >= publishedByDefaultFrom ? 'published' : 'raw'
  }
  const names = requested.split(',').map((name) => name.trim())
  if (names.length === 1) {
    const [name] = names
    if (name === 'raw' || name === 'published' || name === 'drafts') return name
    if (name === 'previewDrafts') return 'drafts'
  }
  // A stack like "drafts,published" reads drafts over published, as "drafts" does.
  if (names.length === 2 && names[0] === 'drafts' && names[1] === 'published') return 'drafts'
  throw badRequest(
    `Unsupported perspective "${requested}": this local lake answers raw, drafts and published (releases are not enabled)`,
  )
}

type Doc = {_id: string; [key: string]: unknown}

const isVersion = (id: string) => id.startsWith('versions.')
const isDraft = (id: string) => id.startsWith('drafts.')

/** A stored document as the drafts perspective shows it: under its published id, with `_originalId`. */
export const asInDrafts = <T extends Doc>(doc: T): Doc =>
  isDraft(doc._id)
    ? {...doc, _id: doc._id.slice('drafts.'.length), _originalId: doc._id}
    : {...doc, _originalId: doc._id}

/**
 * The documents a query sees in a perspective. `drafts` overlays each draft on its published
 * document: `_id` is the published id and `_originalId` the id the content came from.
 */
export function applyPerspective<T extends Doc>(
  documents: readonly T[],
  perspective: Perspective,
): Doc[] {
  if (perspective === 'raw') return documents as T[]
  if (perspective === 'published')
    return documents.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id))

  const draftIds = new Set(documents.filter((doc) => isDraft(doc._id)).map((doc) => doc._id))
  const overlaid: Doc[] = []
  for (const doc of documents) {
    if (isVersion(doc._id)) continue
    if (isDraft(doc._id) || !draftIds.has(`drafts.${doc._id}`)) overlaid.push(asInDrafts(doc))
  }
  // Keep the published-id order raw documents have, so unordered queries answer stably.
  return overlaid.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}
