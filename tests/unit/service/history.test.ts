import {describe, expect, it} from 'vitest'
import {writersSince, type HistoryTransaction} from '../../../web/src/review/service/history.ts'

const created: HistoryTransaction['effects'][string] = {apply: [0, {title: 'x'}], revert: [0, null]}
const edited: HistoryTransaction['effects'][string] = {apply: [], revert: []}

function transaction(id: string, author: string, effect = edited): HistoryTransaction {
  return {
    id,
    author,
    timestamp: `2026-11-22T09:00:0${id.length}Z`,
    documentIDs: ['drafts.a'],
    effects: {'drafts.a': effect},
  }
}

describe('who wrote a document since its last approval', () => {
  const log = [
    transaction('t1', 'pMayaOkafor', created),
    transaction('t2', 'pDanielReyes'),
    transaction('t3', 'rPublisher'),
    transaction('t4', 'pMayaOkafor'),
  ]

  it('lists every writer since creation, oldest first, without the robot', () => {
    expect(writersSince(log, 'a', undefined, ['rPublisher'])).toEqual([
      'pMayaOkafor',
      'pDanielReyes',
      'pMayaOkafor',
    ])
  })

  it('counts only transactions after the revision the last approval signed', () => {
    expect(writersSince(log, 'a', 't2', ['rPublisher'])).toEqual(['pMayaOkafor'])
  })

  it('fails closed when the approved revision is no longer in the history', () => {
    expect(writersSince(log.slice(2), 'a', 't2', [])).toBeNull()
  })

  it('fails closed when the history does not reach back to the creation', () => {
    expect(writersSince(log.slice(1), 'a', undefined, [])).toBeNull()
    expect(writersSince([], 'a', undefined, [])).toBeNull()
  })
})
