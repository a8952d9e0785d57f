import {describe, expect, it} from 'vitest'
import {
  createPreviewToken,
  PreviewTokenError,
  verifyPreviewToken,
} from '../../../../web/src/review/previewToken.ts'

const secret = 'a-preview-secret-that-is-long-enough-000'
const issuedAt = new Date('2025-06-01T12:00:00Z')
const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000)

describe('preview tokens', () => {
  it('grant the document they were minted for, until they expire', async () => {
    const token = await createPreviewToken({documentId: 'article-seed-004', secret, now: issuedAt})
    await expect(verifyPreviewToken(token, secret, later(599))).resolves.toEqual({
      documentId: 'article-seed-004',
      exp: Math.floor(issuedAt.getTime() / 1000) + 600,
    })
  })

  it('are refused once expired', async () => {
    const token = await createPreviewToken({documentId: 'article-seed-004', secret, now: issuedAt})
    await expect(verifyPreviewToken(token, secret, later(600))).rejects.toThrow(/expired/)
  })

  it('are refused when signed with another secret', async () => {
    const token = await createPreviewToken({
      documentId: 'article-seed-004',
      secret: 'some-other-secret-that-is-also-long-000',
      now: issuedAt,
    })
    await expect(verifyPreviewToken(token, secret, issuedAt)).rejects.toThrow(PreviewTokenError)
  })

  it('are refused when the payload is changed to name another document', async () => {
    const token = await createPreviewToken({documentId: 'article-seed-004', secret, now: issuedAt})
    const [, signature] = token.split('.')
    const payload = Buffer.from(
      JSON.stringify({documentId: 'condition-lower-back-spasm', exp: 4102444800}),
    ).toString('base64url')
    await expect(verifyPreviewToken(`${payload}.${signature}`, secret, issuedAt)).rejects.toThrow(
      /not signed by this site/,
    )
  })

  it('are refused when malformed', async () => {
    await expect(verifyPreviewToken('not-a-token', secret, issuedAt)).rejects.toThrow(/malformed/)
    await expect(verifyPreviewToken('a.b.c', secret, issuedAt)).rejects.toThrow(/malformed/)
  })

  it('name the published id, never a draft id', async () => {
    await expect(
      createPreviewToken({documentId: 'drafts.article-seed-004', secret, now: issuedAt}),
    ).rejects.toThrow(/pass "article-seed-004"/)
  })

  it('are short-lived: at most an hour', async () => {
    await expect(
      createPreviewToken({documentId: 'article-seed-004', secret, ttlSeconds: 86_400}),
    ).rejects.toThrow(/ttlSeconds/)
  })
})
