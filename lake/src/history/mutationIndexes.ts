/**
 * A change stores which of its transaction's mutations touched the document, not the mutations
 * again: the same mutation objects are pushed to both lists as the transaction is applied, so
 * a document's list is a subsequence of the transaction's.
 */
export class MutationPositions {
  private readonly positions = new Map<unknown, number[]>()

  /** `mutations` are compared by identity (objects) or by value (the upgrade passes JSON strings). */
  constructor(mutations: readonly unknown[]) {
    mutations.forEach((mutation, index) => {
      const known = this.positions.get(mutation)
      if (known) known.push(index)
      else this.positions.set(mutation, [index])
    })
  }

  /** Where each of `touched` sits in the transaction's mutations, in order. */
  indexesOf(touched: readonly unknown[], documentId: string): number[] {
    let previous = -1
    return touched.map((mutation) => {
      const next = this.positions.get(mutation)?.find((index) => index > previous)
      if (next === undefined) {
        throw new Error(
          `A mutation on "${documentId}" is not among its transaction's mutations, so the log cannot point to it`,
        )
      }
      previous = next
      return next
    })
  }
}

/** A document's mutations, read back from the transaction's by the stored indexes. */
export function mutationsAt(mutations: readonly unknown[], indexesJson: string): unknown[] {
  return (JSON.parse(indexesJson) as number[]).map((index) => mutations[index])
}
