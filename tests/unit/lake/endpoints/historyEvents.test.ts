import {describe, expect, it} from 'vitest'
import {documentEvents} from '../../../../lake/src/endpoints/historyEvents.ts'
import type {HistoryTransaction} from '../../../../lake/src/store/types.ts'

const created = {apply: [0, {title: 'x'}], revert: [0, null]}
const edited = {apply: [11, 1], revert: [11, 2]}
const deleted = {apply: [0, null], revert: [0, {title: 'x'}]}

function tx(
  id: string,
  author: string,
  effects: HistoryTransaction['effects'],
): HistoryTransaction {
  return {
    id,
    author,
    timestamp: `2026-01-01T00:00:0${id.slice(-1)}Z`,
    documentIDs: Object.keys(effects),
    effects,
  }
}

const log = [
  tx('tx-1', 'pMaya', {'drafts.a': created}),
  tx('tx-2', 'pMaya', {'drafts.a': edited}),
  tx('tx-3', 'rPublisher', {'drafts.a': deleted, a: created}),
  tx('tx-4', 'pMaya', {'drafts.a': created}),
  tx('tx-5', 'pMaya', {'drafts.a': deleted}),
  tx('tx-6', 'pSam', {a: edited}),
  tx('tx-7', 'pSam', {a: deleted, 'drafts.a': created}),
]

describe('documentEvents', () => {
  it('gives a draft its creations, publishes (with the draft revision consumed) and discards', () => {
    expect(
      documentEvents('drafts.a', log).map((event) => [event.type, event.timestamp.slice(-2, -1)]),
    ).toEqual([
      ['createDocumentVersion', '7'],
      ['deleteDocumentVersion', '5'],
      ['createDocumentVersion', '4'],
      ['publishDocumentVersion', '3'],
      ['createDocumentVersion', '1'],
    ])
    const publish = documentEvents('drafts.a', log).find(
      (event) => event.type === 'publishDocumentVersion',
    )
    expect(publish).toMatchObject({
      documentId: 'a',
      revisionId: 'tx-3',
      versionId: 'drafts.a',
      versionRevisionId: 'tx-2',
      publishCause: 'document.publish',
      author: 'rPublisher',
      documentVariantType: 'draft',
    })
  })

  it('gives the published document its publishes, live edits and unpublish', () => {
    expect(documentEvents('a', log).map((event) => event.type)).toEqual([
      'unpublishDocument',
      'updateLiveDocument',
      'publishDocumentVersion',
    ])
  })
})
