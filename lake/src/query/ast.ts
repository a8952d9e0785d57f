/** A node of groq-js's query tree, as the lake's rewrites look at it. */
export type AstNode = Record<string, unknown> & {type: string}

export const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string'

/** Whether any node of `tree` satisfies `test` (a `Value` is data, and is not looked into). */
export function someNode(tree: unknown, test: (node: AstNode) => boolean): boolean {
  if (Array.isArray(tree)) return tree.some((item) => someNode(item, test))
  if (!isNode(tree) || tree.type === 'Value') return false
  return test(tree) || Object.values(tree).some((value) => someNode(value, test))
}
