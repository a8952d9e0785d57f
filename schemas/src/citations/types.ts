export type PublicationType =
  'journal-article' | 'review' | 'guideline' | 'book' | 'website' | 'other'

/**
 * The citation document's reference fields (content model names). Every field may be absent or
 * `null`, because GROQ projections return `null` for fields a document does not have.
 *
 * `authors` holds "Surname Initials" strings ("Hides JA") or group names; a final "et al" marks a
 * list the source itself truncated (a pasted AMA reference names only the first 3 of 7+ authors).
 */
export type CitationInput = {
  title?: string | null
  authors?: readonly string[] | null
  journal?: string | null
  year?: number | null
  volume?: string | null
  issue?: string | null
  pages?: string | null
  doi?: string | null
  pmid?: string | number | null
  pmcid?: string | null
  url?: string | null
  /** ISO date (YYYY-MM-DD) the URL was last accessed. */
  accessed?: string | null
  publicationType?: PublicationType | null
}

/** What `parseReference` fills: only the fields it found, ready to patch onto a citation. */
export type ParsedCitation = {
  authors: string[]
  title?: string
  journal?: string
  year?: number
  volume?: string
  issue?: string
  pages?: string
  doi?: string
  pmid?: string
  pmcid?: string
  url?: string
  accessed?: string
  publicationType?: PublicationType
}

export type CitationField = Exclude<keyof ParsedCitation, 'publicationType'>
