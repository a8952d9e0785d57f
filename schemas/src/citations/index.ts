export {formatAmaReference} from './formatAma.ts'
export type {FormattedReference, ReferenceSegment} from './formatAma.ts'
export {parseReference} from './parseReference.ts'
export type {
  ParsedReference,
  ReferenceParseFailure,
  ReferenceParseResult,
} from './parseReference.ts'
export {splitReferenceList} from './splitReferenceList.ts'
export {ReferenceParseError} from './errors.ts'
export type {ReferenceParseFailureReason} from './errors.ts'
export {doiUrl, isDoi, isPmcid, isPmid, normaliseDoi, pubmedUrl, sameDoi} from './identifiers.ts'
export {formatAmaDate} from './dates.ts'
export {formatAuthorList, normaliseAuthorName} from './authors.ts'
export type {CitationField, CitationInput, ParsedCitation, PublicationType} from './types.ts'
