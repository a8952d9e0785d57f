import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from '@vetted/scripts/steps'
import {
  demoArticleId,
  demoCitationIds,
  demoConditionId,
  demoTreatmentIds,
  publishDemoContent,
} from '../../../scripts/src/review/demoPublishing.ts'
import {citationId} from '../../../scripts/src/seed/ids.ts'
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

/** Seed 004's reference list: none of its entries was checked, so none may be verified. */
const seedCitationIds = [1, 2, 3, 4].map((position) => citationId('004', position))
const demo = () =>
  publishDemoContent({serviceUrl: h.serviceUrl, lakeUrl: h.lake.httpUrl, userToken: h.lake.token})

describe('the demo content goes through the real review path', () => {
  it('verifies the curated citations, publishes them, the condition, its treatments and one revised article', async () => {
    const result = await demo()
    const expected = [...demoCitationIds, ...demoTreatmentIds, demoConditionId, demoArticleId]
    expect(result.published.sort()).toEqual([...expected].sort())
    expect((await publishedIds()).sort()).toEqual([...expected].sort())

    const condition = await h.status(demoConditionId, 'pMayaOkafor')
    expect(condition.body.state).toBe('published')
    const kinds = (condition.body.records as Array<{kind: string; actor: {name: string}}>).map(
      (record) => [record.kind, record.actor.name],
    )
    expect(kinds).toEqual([
      ['published', 'Maya Okafor'],
      ['approved', 'Dr. Daniel Reyes'],
      ['review-requested', 'Maya Okafor'],
    ])
    for (const id of seedCitationIds) {
      const citation = await h.status(id, 'pMayaOkafor')
      expect(citation.body).toMatchObject({state: 'draft', published: null})
    }
  })

  it("has the administrator verify both reviewers' credentials from their profiles first", async () => {
    for (const [personId, licence] of [
      ['person-daniel-reyes', 'DEMO-MD-104233'],
      ['person-helen-carter', 'DEMO-MD-208871'],
    ] as const) {
      const answer = await h.call(`credential-status?personId=${personId}`, 'pSamLee')
      expect(answer.body).toMatchObject({
        standing: {
          state: 'verified',
          record: {
            kind: 'credential-verified',
            actor: {name: 'Sam Lee'},
            credential: {credentials: ['MD'], licence: {number: licence}},
          },
        },
        profileMatchesRecord: true,
      })
    }
  })

  it('records each citation as verified by the clinical editor, with how she checked it', async () => {
    const citation = await h.status('citation-paige-2017-spinal-manipulation', 'pSamLee')
    expect(citation.body.state).toBe('published')
    expect(citation.body.records).toEqual([
      expect.objectContaining({kind: 'published'}),
      expect.objectContaining({
        kind: 'citation-verified',
        actor: expect.objectContaining({name: 'Maya Okafor'}),
        verificationMethod:
          'Every field checked against the PubMed Central record and the journal PDF',
      }),
    ])
  })

  it("publishes the editor's cleaned-up revision of the article, every claim citing a curated source", async () => {
    const article = await h.lake
      .client('pSamLee')
      .getDocument<{title: string; body: Array<{markDefs: Array<{source: {_ref: string}}>}>}>(
        demoArticleId,
      )
    expect(article?.title).toBe('Lower back spasm: what helps at home, and when to get checked')
    const cited = new Set(
      article?.body.flatMap((block) => block.markDefs.map((mark) => mark.source._ref)),
    )
    expect(cited.size).toBeGreaterThanOrEqual(6)
    for (const id of cited) expect(demoCitationIds).toContain(id)
    const kinds = (
      (await h.status(demoArticleId, 'pSamLee')).body.records as Array<{
        kind: string
        actor: {name: string}
      }>
    ).map((record) => [record.kind, record.actor.name])
    expect(kinds).toEqual([
      ['published', 'Maya Okafor'],
      ['approved', 'Dr. Daniel Reyes'],
      ['review-requested', 'Maya Okafor'],
    ])
  })

  it('does nothing the second time', async () => {
    const again = await demo()
    expect(again.published).toEqual([])
    expect(again.alreadyPublished).toHaveLength(
      demoCitationIds.length + demoTreatmentIds.length + 2,
    )
  })

  // 13 × (verification + publish), 13 × (request + sign-off + publish), 2 credentials, and one
  // forgery.
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
      expect(run.stdout).toMatch(/Audited 68 review records .*: 67 valid, 1 forged-draft/)
      expect(run.stdout).toMatch(/Record chains: all 28 documents' records are linked/)
      expect(run.status).toBe(1)
      const lines = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as {verification: {verdict: string}})
      expect(lines).toHaveLength(68)
      expect(lines.filter((line) => line.verification.verdict === 'valid')).toHaveLength(67)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
