import {expect} from 'vitest'
import type {ServiceHarness} from './harness.ts'

/** Asserts an HTTP status; on failure vitest shows the service's error alongside. */
export function expectStatus(
  answer: {status: number; body: Record<string, unknown>},
  status: number,
) {
  expect({status: answer.status, error: answer.body.error}).toMatchObject({status})
}

export const fullChecklist = {
  claimsChecked: true,
  citationsVerified: true,
  dosagesChecked: true,
  noPromotionalContent: true,
}

/** The fingerprint the service would bind a sign-off to right now. */
export async function currentFingerprint(
  h: ServiceHarness,
  id: string,
  userId: string,
): Promise<string> {
  const {status, body} = await h.status(id, userId)
  expect(status).toBe(200)
  const current = body.current as {fingerprint: string}
  return current.fingerprint
}

export async function requestReview(h: ServiceHarness, id: string, userId = 'pMayaOkafor') {
  const answer = await h.call('request-review', userId, {documentId: id})
  expectStatus(answer, 200)
  return answer
}

export function signOff(
  h: ServiceHarness,
  id: string,
  reviewer: string,
  fingerprint: string,
  extra: Record<string, unknown> = {},
) {
  return h.call('sign-off', reviewer, {
    documentId: id,
    fingerprint,
    decision: 'approved',
    checklist: fullChecklist,
    conflictOfInterest: {declared: false},
    notes: 'Checked against the cited sources.',
    ...extra,
  })
}

/** Review requested by Maya, approved by `reviewer`: the draft is ready to publish. */
export async function approve(h: ServiceHarness, id: string, reviewer = 'pDanielReyes') {
  await requestReview(h, id)
  const answer = await signOff(h, id, reviewer, await currentFingerprint(h, id, reviewer))
  expectStatus(answer, 200)
  return answer
}

export function reasonsOf(answer: {body: Record<string, unknown>}): string {
  const error = answer.body.error as {reasons?: string[]; message?: string} | undefined
  return [error?.message ?? '', ...(error?.reasons ?? [])].join(' ')
}
