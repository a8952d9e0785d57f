// Formats an editor types by hand. Each pattern has a message that shows a correct example,
// because "does not match pattern" tells a clinical editor nothing.

/** ICD-10-CM: letter, digit, letter or digit, then optionally a dot and 1–4 letters or digits. */
export const icd10CmCodePattern = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/
export const icd10CmCodeHint =
  'Use the ICD-10-CM format in capitals: a letter, a digit, a letter or digit, then optionally a dot and up to four more — e.g. M62.830'

/** A bare DOI: `10.` + a 4–9 digit registrant code + `/` + a suffix without spaces. */
export const doiPattern = /^10\.\d{4,9}\/\S+$/
export const doiHint =
  'Enter the bare DOI, e.g. 10.1097/00007632-199605010-00006 (leave out https://doi.org/ and "doi:")'

/** PubMed ID: digits only, no leading zero. */
export const pmidPattern = /^[1-9]\d{0,8}$/
export const pmidHint = 'A PMID is digits only, e.g. 8727238 (leave out "PMID:")'

/** PubMed Central ID: `PMC` followed by digits. */
export const pmcidPattern = /^PMC\d+$/
export const pmcidHint = 'A PMCID is "PMC" followed by digits, e.g. PMC3227453'

/** URL slugs: lowercase words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** SHA-256 in lowercase hex, as the review core writes it. */
export const sha256HexPattern = /^[0-9a-f]{64}$/

/** base64url without padding (RFC 4648 §5), the encoding of review signatures. */
export const base64UrlPattern = /^[A-Za-z0-9_-]+$/

/** Link schemes a reader may follow from body text. `javascript:` and `data:` are never allowed. */
export const linkSchemes = ['http', 'https', 'mailto', 'tel']
