import {formatDate, isoDate} from '../../format/dates.ts'
import {nameWithCredentials} from '../../sanity/reshape/people.ts'
import type {PersonCard, ReviewCredit as Credit} from '../../sanity/types.ts'

function PersonName({person}: {person: {name: string; credentials: string[]; slug?: string}}) {
  const label = nameWithCredentials(person)
  return person.slug ? (
    <a href={`/reviewers/${encodeURIComponent(person.slug)}`}>{label}</a>
  ) : (
    <>{label}</>
  )
}

function ConflictOfInterest({statement}: {statement: Credit['conflictOfInterest']}) {
  if (!statement) return <>No conflict-of-interest statement was recorded with this review.</>
  if (!statement.declared) return <>The reviewer declared no conflict of interest.</>
  return <>{statement.statement ?? 'The reviewer declared a conflict of interest.'}</>
}

/** Who reviewed this page and when, who wrote it, and when it is next due: on every clinical page. */
export function ReviewCredit({review, authors}: {review?: Credit; authors: PersonCard[]}) {
  return (
    <section className="review-credit" aria-label="Medical review">
      {review ? (
        <p className="reviewed-by">
          Medically reviewed by <PersonName person={review.reviewer} />
          {review.reviewer.specialty ? ` (${review.reviewer.specialty})` : ''} on{' '}
          <time dateTime={isoDate(review.reviewedAt)}>{formatDate(review.reviewedAt)}</time>
        </p>
      ) : (
        <p className="reviewed-by">Not yet medically reviewed.</p>
      )}
      {authors.length > 0 ? (
        <p>
          Written by{' '}
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : ''}
              <PersonName person={author} />
            </span>
          ))}
        </p>
      ) : null}
      {review?.nextReviewDue ? (
        <p>
          Next review due{' '}
          <time dateTime={isoDate(review.nextReviewDue)}>{formatDate(review.nextReviewDue)}</time>
        </p>
      ) : null}
      {review ? (
        <p className="conflict-of-interest">
          <span className="label">Conflict of interest:</span>{' '}
          <ConflictOfInterest statement={review.conflictOfInterest} />
        </p>
      ) : null}
    </section>
  )
}
