import {reviewRoute} from '../../../../review/service/next.ts'

export const dynamic = 'force-dynamic'

const handle = reviewRoute('sign-off')
export const POST = handle
export const OPTIONS = handle
