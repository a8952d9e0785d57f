import {formatDate, isoDate} from '../../format/dates.ts'
import type {ReviewCredit} from '../../sanity/types.ts'

/** Shown while a page's review is overdue: the page stays up, marked, and out of search engines. */
export function OverdueNotice({review}: {review?: ReviewCredit}) {
  if (!review?.overdue || !review.nextReviewDue) return null
  return (
    <div className="notice notice-warning" role="note">
      <p>
        <strong>This page is due for review.</strong> Its medical review was due on{' '}
        <time dateTime={isoDate(review.nextReviewDue)}>{formatDate(review.nextReviewDue)}</time>.
        The information may be out of date while our reviewers check it again.
      </p>
    </div>
  )
}
