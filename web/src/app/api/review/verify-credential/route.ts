import {reviewRoute} from '../../../../review/service/next.ts'

export const dynamic = 'force-dynamic'

const handle = reviewRoute('verify-credential')
export const POST = handle
export const OPTIONS = handle
