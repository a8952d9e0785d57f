import type {Store} from '../../../../lake/src/store/types.ts'
import type {SyntheticDocument} from './synthetic.ts'

/** Writes documents through the store's own commit path, a thousand per transaction. */
export function loadDocuments(
  store: Store,
  documents: SyntheticDocument[],
  author = 'bench',
): void {
  const batch = 1000
  for (let start = 0; start < documents.length; start += batch) {
    store.mutate({
      author,
      authorize: () => {},
      mutations: documents.slice(start, start + batch).map((document) => ({create: document})),
    })
  }
}
