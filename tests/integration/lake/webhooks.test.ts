import {createServer, type IncomingHttpHeaders, type Server} from 'node:http'
import {createRequire} from 'node:module'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startTestLake, type TestLake} from '../../helpers/lake.ts'

/** @sanity/webhook as the lake depends on it: the verifier a receiving site would use. */
const {isValidSignature} = createRequire(import.meta.resolve('@vetted/lake'))(
  '@sanity/webhook',
) as {
  isValidSignature(payload: string, signature: string, secret: string): Promise<boolean>
}

interface Received {
  headers: IncomingHttpHeaders
  body: string
  answered: number
}

const secret = 'test-webhook-secret-0123456789'
let lake: TestLake
let receiver: Server
const received: Received[] = []
/** Statuses the receiver answers in turn; 200 once they run out. */
const script: number[] = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      const answered = script.shift() ?? 200
      received.push({headers: request.headers, body, answered})
      response.writeHead(answered).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const address = receiver.address()
  const port = typeof address === 'object' && address ? address.port : 0
  lake = await startTestLake({
    args: ['--webhook-retry-ms', '50'],
    webhooks: [
      {
        name: 'site revalidation',
        url: `http://127.0.0.1:${port}/api/revalidate`,
        filter: '_type == "article"',
        projection: '{_id, _type, "slug": slug.current}',
        on: ['create', 'update', 'delete'],
        secret,
      },
    ],
  })
})
afterAll(async () => {
  await lake?.stop()
  receiver?.close()
})

async function deliveriesFor(documentId: string, count: number) {
  const deadline = Date.now() + 15_000
  for (;;) {
    const found = received.filter((entry) => entry.headers['sanity-document-id'] === documentId)
    if (found.length >= count || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('webhooks', () => {
  it('POSTs the projection of a published change, signed as @sanity/webhook verifies', async () => {
    await lake
      .client('rPublisher')
      .transaction()
      .create({_id: 'article-w1', _type: 'article', slug: {_type: 'slug', current: 'w1'}})
      .commit({transactionId: 'tx-w1'})
    const [delivery] = await deliveriesFor('article-w1', 1)
    expect(delivery).toBeDefined()
    expect(JSON.parse(delivery?.body ?? '')).toEqual({
      _id: 'article-w1',
      _type: 'article',
      slug: 'w1',
    })
    expect(delivery?.headers).toMatchObject({
      'content-type': 'application/json',
      'sanity-transaction-id': 'tx-w1',
      'sanity-transaction-time': expect.any(String),
      'sanity-document-id': 'article-w1',
      'sanity-operation': 'create',
      'idempotency-key': expect.any(String),
    })
    const signature = String(delivery?.headers['sanity-webhook-signature'])
    expect(await isValidSignature(delivery?.body ?? '', signature, secret)).toBe(true)
    expect(await isValidSignature(delivery?.body ?? '', signature, 'another-secret')).toBe(false)
  })

  it('retries with the same idempotency key after the receiver answers 500', async () => {
    script.push(500, 503)
    await lake.client('rPublisher').patch('article-w1').set({title: 'Retitled'}).commit()
    const attempts = (await deliveriesFor('article-w1', 4)).slice(1)
    expect(attempts.map((attempt) => attempt.answered)).toEqual([500, 503, 200])
    expect(new Set(attempts.map((attempt) => attempt.headers['idempotency-key'])).size).toBe(1)
    expect(attempts.every((attempt) => attempt.headers['sanity-operation'] === 'update')).toBe(true)
    for (const attempt of attempts) {
      const signature = String(attempt.headers['sanity-webhook-signature'])
      expect(await isValidSignature(attempt.body, signature, secret)).toBe(true)
    }
  })

  it('sends nothing for drafts or documents outside the filter, and reports deletes', async () => {
    const client = lake.client('pSamLee')
    await client.create({_id: 'drafts.article-w2', _type: 'article'})
    await client.create({_id: 'condition-w3', _type: 'condition'})
    await client.delete('article-w1')
    const deletes = await deliveriesFor('article-w1', 5)
    expect(deletes.at(-1)?.headers['sanity-operation']).toBe('delete')
    expect(
      received.some((entry) => entry.headers['sanity-document-id'] === 'drafts.article-w2'),
    ).toBe(false)
    expect(received.some((entry) => entry.headers['sanity-document-id'] === 'condition-w3')).toBe(
      false,
    )
  })
})
