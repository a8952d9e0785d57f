/** A document as the seed builds it, before the export's system fields are added. */
export interface SeedDocument {
  _id: string
  _type: string
  [field: string]: unknown
}
