import {reviewRoute} from '../../../../review/service/next.ts'

export const dynamic = 'force-dynamic'

const handle = reviewRoute('preview-link')
export const POST = handle
export const OPTIONS = handle
