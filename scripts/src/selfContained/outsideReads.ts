import path from 'node:path'
import ts from 'typescript'

/** A place in a tracked file that names a path outside the repository. */
export interface OutsideRead {
  file: string
  line: number
  /** The code as written, e.g. `path.resolve(root, '..', 'notes', 'seeds')`. */
  code: string
  /** Where it leads, relative to the repository root (starts with `..`), or the reason. */
  target: string
}

const pathCalls = new Set(['join', 'resolve'])
// Called with a path relative to the working directory, which every `npm run` sets to the root.
const fileCalls = new Set([
  'readFileSync',
  'readFile',
  'readdirSync',
  'readdir',
  'existsSync',
  'statSync',
  'stat',
  'openSync',
  'createReadStream',
  'copyFileSync',
  'cpSync',
])
// An expression this checker cannot evaluate, but whose name says it is the repository root
// (`root`, `repoRoot`, `options.repositoryRoot`).
const rootName = /^(root|repoRoot|repositoryRoot)$/

type Value = string | undefined

const outside = (root: string, target: string) => {
  const relative = path.relative(root, target)
  return relative === '..' || relative.startsWith(`..${path.sep}`)
}

function calleeName(node: ts.CallExpression) {
  const callee = node.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return undefined
}

/** Local names of `join` / `resolve` imported from node:path. */
function pathFunctionImports(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue
    const from = statement.moduleSpecifier.text
    const named = statement.importClause?.namedBindings
    if ((from !== 'node:path' && from !== 'path') || !named || !ts.isNamedImports(named)) continue
    for (const element of named.elements) {
      if (pathCalls.has((element.propertyName ?? element.name).text)) names.add(element.name.text)
    }
  }
  return names
}

/**
 * Finds the paths a source file builds that lead out of the repository: `path.join`/`resolve`
 * calls and `new URL(…, import.meta.url)` whose parts are literals, `import.meta.dirname` or
 * the repository root, and literal `../` paths handed to `fs` (relative to the root, where every
 * command runs). A user's clone has nothing beside it, so each of these is a read that fails.
 */
export function findOutsideReads(root: string, file: string, source: string): OutsideRead[] {
  const absolute = path.join(root, file)
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const bindings = new Map<string, ts.Expression>()
  const pathImports = pathFunctionImports(sourceFile)
  const findings: OutsideRead[] = []

  const evaluate = (node: ts.Expression, depth = 0): Value => {
    if (depth > 20) return undefined
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
    if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, depth + 1)
    if (ts.isPropertyAccessExpression(node)) {
      const {expression, name} = node
      if (ts.isMetaProperty(expression) && name.text === 'dirname') return path.dirname(absolute)
      if (rootName.test(name.text)) return root
      return undefined
    }
    if (ts.isIdentifier(node)) {
      if (node.text === '__dirname') return path.dirname(absolute)
      const bound = bindings.get(node.text)
      if (bound) return evaluate(bound, depth + 1)
      return rootName.test(node.text) ? root : undefined
    }
    if (ts.isCallExpression(node)) return evaluatePathCall(node, depth)
    return undefined
  }

  // `path.join(…)`, or `join(…)` imported from node:path; not an array's `.join('/')`.
  const pathFunction = (node: ts.CallExpression) => {
    const callee = node.expression
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression))
      return callee.expression.text === 'path' && pathCalls.has(callee.name.text)
        ? callee.name.text
        : undefined
    return ts.isIdentifier(callee) && pathImports.has(callee.text) ? callee.text : undefined
  }

  const evaluatePathCall = (node: ts.CallExpression, depth: number): Value => {
    const name = pathFunction(node)
    if (!name || node.arguments.length === 0) return undefined
    const parts = node.arguments.map((argument) => evaluate(argument, depth + 1))
    if (parts.some((part) => part === undefined)) return undefined
    const strings = parts as string[]
    if (name === 'resolve') return path.resolve(root, ...strings)
    // A relative join has no base yet (a symlink target, a URL path): nothing to judge.
    const joined = path.join(...strings)
    return path.isAbsolute(joined) ? joined : undefined
  }

  const report = (node: ts.Node, target: string) => {
    const {line} = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile))
    findings.push({file, line: line + 1, code: node.getText(sourceFile), target})
  }

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const target = evaluatePathCall(node, 0)
      if (target !== undefined && outside(root, target)) report(node, path.relative(root, target))
      const first = node.arguments[0]
      const name = calleeName(node)
      if (name && fileCalls.has(name) && first && ts.isStringLiteralLike(first)) {
        const literal = first.text
        if (!path.isAbsolute(literal) && outside(root, path.resolve(root, literal)))
          report(node, path.relative(root, path.resolve(root, literal)))
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const [first, second] = node.arguments ?? []
      const relativeToModule =
        node.expression.text === 'URL' &&
        first &&
        ts.isStringLiteralLike(first) &&
        second &&
        ts.isPropertyAccessExpression(second) &&
        ts.isMetaProperty(second.expression) &&
        second.name.text === 'url'
      if (relativeToModule) {
        const target = path.resolve(path.dirname(absolute), first.text)
        if (outside(root, target)) report(node, path.relative(root, target))
      }
    }
    ts.forEachChild(node, visit)
  }
  // Bindings first, so a use above its declaration (a function body) still resolves.
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      bindings.set(node.name.text, node.initializer)
    ts.forEachChild(node, collect)
  }
  collect(sourceFile)
  visit(sourceFile)
  return findings
}

// The team's design folder sits beside the checkout on the team's machines only.
const teamFolder = /(^|[^\w.])\.\.\/(\.\.\/)*shared\//

/** Lines of any text file (scripts, configuration) that name the team's design folder. */
export function findTeamFolderMentions(file: string, source: string): OutsideRead[] {
  return source.split('\n').flatMap((text, index) =>
    teamFolder.test(text)
      ? [
          {
            file,
            line: index + 1,
            code: text.trim(),
            target: "the team's design folder beside the checkout (team machines only)",
          },
        ]
      : [],
  )
}
