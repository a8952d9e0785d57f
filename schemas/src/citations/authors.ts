/** AMA lists every author up to 6; beyond that the first 3 and "et al". */
const MAX_LISTED = 6
const LISTED_WHEN_TRUNCATED = 3

export const ET_AL = 'et al'

const ET_AL_PATTERN = /^et\.?\s+al\.?$/i
const TRAILING_INITIALS = /^(.*?\S)\s+((?:\p{Lu}\.?\s?-?){1,4})$/u

export function isEtAl(name: string): boolean {
  return ET_AL_PATTERN.test(name.trim())
}

/** "Hides J.A." / "Hides J. A." → "Hides JA"; group names ("World Health Organization") unchanged. */
export function normaliseAuthorName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (isEtAl(clean)) return ET_AL
  const match = TRAILING_INITIALS.exec(clean)
  if (!match) return clean
  const [, surname = '', initials = ''] = match
  return `${surname} ${initials.replace(/[.\s]/g, '')}`
}

/**
 * "Hides JA, O'Sullivan K, Twomey LT, et al." (without the final full stop). A group that
 * follows named authors ("…, Forciea MA; Clinical Guidelines Committee of the ACP") comes
 * after a semicolon, as AMA writes it; a group that is the only author stands alone.
 */
export function formatAuthorList(authors: readonly string[]): string {
  const names = authors.map(normaliseAuthorName).filter((name) => name.length > 0)
  const truncatedAtSource = names.some(isEtAl)
  const listed = names.filter((name) => !isEtAl(name))
  const firstGroup = listed.findIndex(
    (name, index) =>
      index > 0 && !isPersonName(name) && listed.slice(index).every((rest) => !isPersonName(rest)),
  )
  const people = firstGroup < 0 ? listed : listed.slice(0, firstGroup)
  const groups = firstGroup < 0 ? [] : listed.slice(firstGroup)
  if (people.length === 0) return ''
  const named =
    people.length > MAX_LISTED
      ? [...people.slice(0, LISTED_WHEN_TRUNCATED), ET_AL]
      : truncatedAtSource
        ? [...people, ET_AL]
        : people
  return [named.join(', '), ...groups].join('; ')
}

const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|ten|al|el|bin|ibn)`
const SURNAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`
const SURNAME = String.raw`(?:${PARTICLE}\s+)*${SURNAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${SURNAME_WORD}){0,2}`
const INITIALS = String.raw`(?:\p{Lu}\.?){1,4}(?:-\p{Lu}\.?)?`
const SUFFIX = String.raw`(?:\s+(?:Jr|Sr|II|III|IV)\.?)?`
const PERSON = String.raw`${SURNAME}\s+${INITIALS}${SUFFIX}`
const PERSON_NAME = new RegExp(String.raw`^${PERSON}$`, 'u')

/** "Forciea MA", "van Tulder MW"; not a group such as "SPORT Investigators". */
export function isPersonName(name: string): boolean {
  return PERSON_NAME.test(name)
}
/**
 * A run of "Surname Initials" names at the start of a reference, optionally "et al" and a group
 * after a semicolon ("…, Forciea MA; Clinical Guidelines Committee of the ACP."), up to the
 * full stop that ends it.
 */
const AUTHOR_LIST = new RegExp(
  String.raw`^(${PERSON}(?:,\s*${PERSON})*)(,?\s*et\s+al\.?)?(?:;\s*([^.;]+?))?(?:(?<=\.)\s+|\.\s+)`,
  'u',
)

/** The authors that open a reference, and the text after them; undefined when none are found. */
export function readAuthorList(text: string): {authors: string[]; rest: string} | undefined {
  const match = AUTHOR_LIST.exec(text)
  if (!match) return undefined
  const [whole, names = '', etAl, group] = match
  const authors = names.split(/\s*,\s*/).map(normaliseAuthorName)
  if (etAl) authors.push(ET_AL)
  if (group) authors.push(group.trim())
  return {authors, rest: text.slice(whole.length)}
}
