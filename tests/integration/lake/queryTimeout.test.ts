import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {record} from '../../helpers/events.ts'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake({args: ['--query-timeout-ms', '3000', '--query-workers', '2']})
  const transaction = lake.client('pSamLee').transaction()
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f'])
    transaction.create({_id: `doc-${id}`, _type: 'doc'})
  await transaction.commit()
})
afterAll(() => lake?.stop())

/** groq-js evaluates each level for every document of the level above: 6^11 steps. */
function exponentialQuery(levels: number): string {
  let query = '*'
  for (let level = 0; level < levels; level++) query = `*[_id in ${query}._id]`
  return query
}

describe('a query that runs too long', () => {
  it('is cancelled with an error while other queries and listeners keep flowing', async () => {
    const order: string[] = []
    const listener = record<{type: string}>(
      lake
        .client('pSamLee')
        .listen('*[_type == "doc"]', {}, {events: ['welcome', 'mutation']}) as never,
    )
    await listener.waitFor((event: {type: string}) => event.type === 'welcome')

    const slow = lake
      .client('pSamLee')
      .fetch(exponentialQuery(11))
      .then(
        () => order.push('slow answered'),
        (error: {statusCode?: number; details?: {type?: string}}) => {
          order.push('slow cancelled')
          return error
        },
      )

    const simple = await lake.client('rSiteReader').fetch('count(*[_type == "doc"])')
    order.push('simple answered')
    expect(simple).toBe(6)

    await lake.client('pSamLee').patch('doc-a').set({touched: true}).commit()
    await listener.waitFor((event: {type: string}) => event.type === 'mutation')
    order.push('listener heard')

    const error = await slow
    expect(order).toEqual(['simple answered', 'listener heard', 'slow cancelled'])
    expect(error).toMatchObject({statusCode: 400, details: {type: 'queryTimeout'}})
    listener.stop()
  })

  it('leaves the pool whole: queries keep being answered after the cancellation', async () => {
    const answers = await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) =>
        lake.client('rSiteReader').fetch('*[_id == $id][0]._id', {id: `doc-${id}`}),
      ),
    )
    expect(answers).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-d'])
  })
})
