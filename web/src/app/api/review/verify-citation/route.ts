import {reviewRoute} from '../../../../review/service/next.ts'

export const dynamic = 'force-dynamic'

const handle = reviewRoute('verify-citation')
export const POST = handle
export const OPTIONS = handle
