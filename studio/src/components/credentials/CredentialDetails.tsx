import {Grid, Text} from '@sanity/ui'
import {Fragment, type ReactNode} from 'react'
import {describeLicence, shortDay} from '../../review/credentialWords.ts'
import type {RecordedCredentialView} from '../../review/reviewStatus.ts'

const missing = 'missing from the profile'

/** A credential as it is (or would be) signed: letters, specialty, licence, last day. */
export function CredentialDetails({credential}: {credential: RecordedCredentialView}) {
  const {licence} = credential
  const rows: [string, ReactNode][] = [
    ['Credentials', credential.credentials.join(', ') || missing],
    ['Specialty', credential.specialty ?? 'none given'],
    ['Licence', licence.number || licence.jurisdiction ? describeLicence(licence) : missing],
    ...(licence.registryUrl
      ? [
          [
            'Public register',
            <a key="register" href={licence.registryUrl} target="_blank" rel="noreferrer">
              {licence.registryUrl}
            </a>,
          ] as [string, ReactNode],
        ]
      : []),
    ['Verified until', credential.expiresOn ? shortDay(credential.expiresOn) : missing],
  ]
  return (
    <Grid gap={3} style={{gridTemplateColumns: 'max-content 1fr'}} data-testid="credential-details">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <Text size={1} weight="semibold">
            {label}
          </Text>
          <Text size={1}>{value}</Text>
        </Fragment>
      ))}
    </Grid>
  )
}
