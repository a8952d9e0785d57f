import type {ParsedCitation} from '@vetted/schemas/citations'
import {set, type FormPatch} from 'sanity'

const fillable = [
  'title',
  'authors',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'url',
  'accessed',
  'publicationType',
] as const satisfies ReadonlyArray<keyof ParsedCitation>

/** One `set` patch per field that was found; fields not found are left as the editor had them. */
export function citationPatches(found: Partial<ParsedCitation>): FormPatch[] {
  const patches: FormPatch[] = []
  for (const field of fillable) {
    const value = found[field]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    patches.push(set(value, [field]))
  }
  return patches
}

/** The names of the fields a patch list fills, for the confirmation the editor reads. */
export function filledFieldNames(patches: FormPatch[]): string[] {
  return patches.flatMap((patch) => (patch.type === 'set' ? [String(patch.path[0])] : []))
}
