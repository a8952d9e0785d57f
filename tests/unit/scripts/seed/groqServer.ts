import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createClient, type SanityClient} from '@sanity/client'
import {evaluate, parse} from 'groq-js'

type Doc = {_id: string; [field: string]: unknown}

const idOf = ({_id}: Doc) => _id

// The Content Lake's perspectives over a plain list of documents.
function inPerspective(documents: Doc[], perspective: string): Doc[] {
  if (perspective === 'raw') return documents
  const published = documents.filter(({_id}) => !_id.startsWith('drafts.'))
  if (perspective === 'published') return published
  const drafts = new Map(
    documents.filter(({_id}) => _id.startsWith('drafts.')).map((doc) => [idOf(doc).slice(7), doc]),
  )
  const overlaid = published.map((doc) => drafts.get(idOf(doc)) ?? doc)
  const draftOnly = [...drafts].filter(([id]) => !published.some(({_id}) => _id === id))
  return [
    ...overlaid,
    ...draftOnly.map(([id, {_id: originalId, ...doc}]) => ({
      ...doc,
      _id: id,
      _originalId: originalId,
    })),
  ]
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

async function answer(documents: Doc[], request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const path = url.pathname.replace(/^\/v[^/]+/, '')
  const send = (status: number, body: unknown) => {
    response.writeHead(status, {'content-type': 'application/json'})
    response.end(JSON.stringify(body))
  }
  const docMatch = /^\/data\/doc\/[^/]+\/(.+)$/.exec(path)
  if (docMatch?.[1]) {
    const ids = decodeURIComponent(docMatch[1]).split(',')
    const found = documents.filter(({_id}) => ids.includes(_id))
    const omitted = ids.filter((id) => !found.some(({_id}) => _id === id))
    return send(200, {documents: found, omitted: omitted.map((id) => ({id, reason: 'existence'}))})
  }
  if (!/^\/data\/query\/[^/]+$/.test(path)) return send(404, {error: `no route ${path}`})
  const posted = request.method === 'POST' ? JSON.parse(await readBody(request)) : undefined
  const query: string = posted?.query ?? url.searchParams.get('query') ?? ''
  const params: Record<string, unknown> = posted?.params ?? {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  const perspective = url.searchParams.get('perspective') ?? 'published'
  const tree = parse(query, {params})
  const value = await evaluate(tree, {dataset: inPerspective(documents, perspective), params})
  return send(200, {result: await value.get(), ms: 0, query})
}

/**
 * A real `@sanity/client` talking HTTP to a stand-in for the Content Lake's query and doc
 * endpoints, answered by groq-js over `documents`.
 */
export async function startGroqServer(documents: Doc[]) {
  const server = createServer((request, response) => {
    answer(documents, request, response).catch((error: unknown) => {
      response.writeHead(400, {'content-type': 'application/json'})
      response.end(JSON.stringify({error: {description: String(error)}}))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  const client: SanityClient = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: `http://127.0.0.1:${port}`,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
  })
  return {
    client,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
