import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import http2 from 'node:http2'
import https from 'node:https'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiVersion, startTestLake, type TestLake} from '../../helpers/lake.ts'

let lake: TestLake
const studioDir = mkdtempSync(path.join(tmpdir(), 'vetted-studio-'))

beforeAll(async () => {
  mkdirSync(path.join(studioDir, 'static'))
  writeFileSync(path.join(studioDir, 'index.html'), '<!doctype html><title>Studio</title>')
  writeFileSync(path.join(studioDir, 'static', 'app-1234.js'), 'console.log("studio")')
  lake = await startTestLake({args: ['--studio', studioDir]})
})
afterAll(async () => {
  await lake?.stop()
  rmSync(studioDir, {recursive: true, force: true})
})

interface H2Response {
  status: number
  headers: http2.IncomingHttpHeaders
  body: string
  protocol: string | undefined
}

/** One HTTP/2 request that trusts the lake's generated certificate (and nothing else). */
function h2(pathname: string, headers: Record<string, string> = {}): Promise<H2Response> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(lake.httpsUrl, {ca: lake.certificate})
    session.on('error', reject)
    const request = session.request({':path': pathname, ...headers})
    let body = ''
    let responseHeaders: http2.IncomingHttpHeaders = {}
    request.on('response', (received) => (responseHeaders = received))
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      resolve({
        status: Number(responseHeaders[':status']),
        headers: responseHeaders,
        body,
        protocol: session.alpnProtocol,
      })
      session.close()
    })
    request.on('error', reject)
    request.end()
  })
}

describe('HTTPS with HTTP/2', () => {
  it('serves the API over h2 with the certificate generated into the data folder', async () => {
    const response = await h2(`/v${apiVersion}/users/me`, {
      authorization: `Bearer ${lake.token('pSamLee')}`,
    })
    expect(response.protocol).toBe('h2')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({id: 'pSamLee', role: 'administrator'})
  })

  it('accepts the project as a subdomain (https://local.localhost:PORT), as the Studio calls', async () => {
    const port = new URL(lake.httpsUrl).port
    const ok = await h2('/v1/ping', {':authority': `local.localhost:${port}`})
    expect(ok.status).toBe(200)
    const other = await h2('/v1/ping', {':authority': `other.localhost:${port}`})
    expect(other.status).toBe(404)
  })

  it('still answers HTTP/1.1 clients on the same port (allowHTTP1)', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(`${lake.httpsUrl}/v1/ping`, {ca: lake.certificate}, (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
          response.on('end', () => resolve(`${response.httpVersion} ${text}`))
        })
        .on('error', reject)
    })
    expect(body).toBe('1.1 "PONG"')
  })
})

describe('the built Studio at /studio', () => {
  it('serves files as they are and every other path as index.html', async () => {
    const asset = await h2('/studio/static/app-1234.js')
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toContain('javascript')
    expect(asset.headers['cache-control']).toContain('immutable')
    const deepLink = await h2('/studio/structure/article;article-seed-000')
    expect(deepLink.status).toBe(200)
    expect(deepLink.body).toContain('<title>Studio</title>')
    const escape = await h2('/studio/..%2F..%2Fdemo-users.json')
    expect(escape.body).toContain('<title>Studio</title>')
  })

  it('serves /static/… too, where a Studio built without project.basePath links its assets', async () => {
    const asset = await h2('/static/app-1234.js')
    expect(asset.status).toBe(200)
    expect(asset.body).toBe('console.log("studio")')
    expect((await h2('/static/missing.js')).status).toBe(404)
  })

  it('is not served on the plain HTTP port, which carries only the API', async () => {
    const response = await fetch(`${lake.httpUrl}/studio/`)
    expect(response.status).toBe(404)
  })
})
