import {formatDate, isoDate} from '../../format/dates.ts'
import type {PersonPage} from '../../sanity/fetch/people.ts'
import {nameWithCredentials} from '../../sanity/reshape/people.ts'
import {SummaryList} from '../lists/SummaryList.tsx'
import {safeHref} from '../richText/safeHref.ts'

type Credential = NonNullable<PersonPage['person']['verifiedCredential']>

function Licence({licence}: {licence: Credential['licence']}) {
  const registry = safeHref(licence.registryUrl)
  return (
    <>
      <dt>Licence</dt>
      <dd>
        {licence.jurisdiction} {licence.number}
        {registry ? (
          <>
            {' '}
            (<a href={registry.href}>check the register</a>)
          </>
        ) : null}
      </dd>
    </>
  )
}

/** What an administrator verified, from the signed credential record. */
function VerifiedCredentialFacts({credential}: {credential: Credential}) {
  return (
    <>
      <dt>Credentials</dt>
      <dd>{credential.credentials.join(', ')}</dd>
      {credential.specialty ? (
        <>
          <dt>Specialty</dt>
          <dd>{credential.specialty}</dd>
        </>
      ) : null}
      <Licence licence={credential.licence} />
      <dt>Credential verified</dt>
      <dd>
        by {credential.verifiedBy} on{' '}
        <time dateTime={isoDate(credential.verifiedAt)}>{formatDate(credential.verifiedAt)}</time>;{' '}
        {credential.expired ? 'expired on' : 'valid until'}{' '}
        <time dateTime={isoDate(credential.expiresOn)}>{formatDate(credential.expiresOn)}</time>
      </dd>
    </>
  )
}

/** A reviewer's or author's credentials and the approved content they reviewed or wrote. */
export function PersonProfileView({person, reviewed, written}: PersonPage) {
  const links = person.sameAs.flatMap((url) => safeHref(url) ?? [])
  return (
    <article className="person">
      <header>
        <p className="eyebrow">{reviewed.length > 0 ? 'Medical reviewer' : 'Author'}</p>
        <h1>
          {nameWithCredentials({
            name: person.name,
            credentials: person.verifiedCredential?.credentials ?? person.credentials,
          })}
        </h1>
        {person.jobTitle ? <p className="lede">{person.jobTitle}</p> : null}
      </header>
      <dl className="facts">
        {person.verifiedCredential ? (
          <VerifiedCredentialFacts credential={person.verifiedCredential} />
        ) : (
          <>
            {person.credentials.length > 0 ? (
              <>
                <dt>Credentials</dt>
                <dd>{person.credentials.join(', ')}</dd>
              </>
            ) : null}
            {person.specialty ? (
              <>
                <dt>Specialty</dt>
                <dd>{person.specialty}</dd>
              </>
            ) : null}
          </>
        )}
      </dl>
      {person.bio ? <p className="bio">{person.bio}</p> : null}
      {links.length > 0 ? (
        <ul className="same-as">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="external" rel="noopener noreferrer">
                {new URL(link.href).hostname}
                <span className="visually-hidden"> (external site)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {reviewed.length > 0 ? (
        <section aria-labelledby="reviewed-heading">
          <h2 id="reviewed-heading">Pages reviewed</h2>
          <SummaryList entries={reviewed} />
        </section>
      ) : null}
      {written.length > 0 ? (
        <section aria-labelledby="written-heading">
          <h2 id="written-heading">Pages written</h2>
          <SummaryList entries={written} />
        </section>
      ) : null}
    </article>
  )
}
