import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from '@vetted/scripts/steps'
import {
  seedCitationIds,
  demoConditionId,
  demoTreatmentIds,
  publishDemoContent,
} from '../../../scripts/src/review/demoPublishing.ts'
import {importDemoDataset} from './demoDataset.ts'
import {startServiceHarness, type ServiceHarness} from './harness.ts'

let h: ServiceHarness

beforeAll(async () => {
  h = await startServiceHarness()
  await importDemoDataset(h.lake)
})
afterAll(() => h?.stop())

const publishedIds = async () =>
  h.lake
    .client('pSamLee')
    .fetch<string[]>(
      '*[_type in ["condition", "treatment", "article", "citation"]]._id',
      {},
      {perspective: 'published'},
    )

describe('the demo content goes through the real review path', () => {
  it('publishes the curated condition and treatments; articles and the unchecked seed references stay drafts', async () => {
    const result = await publishDemoContent({serviceUrl: h.serviceUrl, userToken: h.lake.token})
    const expected = [...demoTreatmentIds, demoConditionId]
    expect(result.published.sort()).toEqual([...expected].sort())
    expect((await publishedIds()).sort()).toEqual([...expected].sort())

    const condition = await h.status(demoConditionId, 'pMayaOkafor')
    expect(condition.body.state).toBe('published')
    const kinds = (condition.body.records as Array<{kind: string; actor: {name: string}}>).map(
      (record) => [record.kind, record.actor.name],
    )
    expect(kinds).toEqual([
      ['approved', 'Dr. Daniel Reyes'],
      ['review-requested', 'Maya Okafor'],
    ])
    for (const id of seedCitationIds) {
      const citation = await h.status(id, 'pMayaOkafor')
      expect(citation.body).toMatchObject({state: 'draft', published: null})
    }
  })

  it('does nothing the second time', async () => {
    const again = await publishDemoContent({serviceUrl: h.serviceUrl, userToken: h.lake.token})
    expect(again.published).toEqual([])
    expect(again.alreadyPublished).toHaveLength(12)
  })

  // 12 × (request + sign-off) from the first test, and one forgery.
  it('npm run review:audit exports every record, valid ones and forgeries told apart', async () => {
    await h.lake.client('pMayaOkafor').create({
      _id: 'drafts.review-00000000-0000-4000-8000-000000000001',
      _type: 'medicalReview',
      kind: 'approved',
    })
    const folder = mkdtempSync(path.join(tmpdir(), 'vetted-audit-'))
    try {
      const out = path.join(folder, 'audit.ndjson')
      const run = spawnSync(process.execPath, ['scripts/reviewAudit.ts', '--out', out], {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          SANITY_PROJECT_ID: 'local',
          SANITY_DATASET: 'production',
          SANITY_API_HOST: h.lake.httpUrl,
          SANITY_READ_TOKEN: h.lake.token('rSiteReader'),
          REVIEW_PUBLIC_KEYS: JSON.stringify({[h.keyId]: h.keys.publicKeyPem}),
        },
      })
      expect(run.stdout).toMatch(/Audited 25 review records .*: 24 valid, 1 forged-draft/)
      expect(run.status).toBe(1)
      const lines = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as {verification: {verdict: string}})
      expect(lines).toHaveLength(25)
      expect(lines.filter((line) => line.verification.verdict === 'valid')).toHaveLength(24)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
