import {reviewRoute} from '../../../../review/service/next.ts'

export const dynamic = 'force-dynamic'

const handle = reviewRoute('credential-status')
export const GET = handle
export const OPTIONS = handle
