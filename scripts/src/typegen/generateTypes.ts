import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {runSanity, studioDir, typegenOutDirVariable} from './sanityCli.ts'

export interface TypegenOutput {
  schemaPath: string
  typesPath: string
  /** Milliseconds per step. */
  timings: {extract: number; generate: number}
}

export const committedOutput = {
  schemaPath: path.join(studioDir, 'schema.json'),
  typesPath: path.resolve(studioDir, '..', 'schemas', 'src', 'sanity.types.ts'),
}

// TypeGen appends `declare module '@sanity/client'` for client releases older than the global
// `SanityQueries` registry. Our pinned @sanity/client reads the global one, and schemas/ cannot
// resolve @sanity/client, so the bridge would only be a type error (TS2664) there.
const legacyClientBridge =
  /\n\/\/ Lets @sanity\/client releases that predate the global registry read it too\ndeclare module '@sanity\/client' \{\n[\s\S]*?\n\}\n?/

/** Makes generated types independent of where they were written, and resolvable from schemas/. */
export function normalizeGeneratedTypes(source: string, printedSchemaPath: string): string {
  const withoutBridge = source.replace(legacyClientBridge, '\n')
  return withoutBridge.replace(`// Source: ${printedSchemaPath}\n`, '// Source: schema.json\n')
}

/**
 * `sanity schema extract` then `sanity typegen generate`. With `outDir`, writes schema.json and
 * sanity.types.ts there instead of their committed places.
 */
export function generateTypes(outDir?: string): TypegenOutput {
  const schemaPath = outDir ? path.join(outDir, 'schema.json') : committedOutput.schemaPath
  const typesPath = outDir ? path.join(outDir, 'sanity.types.ts') : committedOutput.typesPath
  // The CLI joins --path onto the studio directory even when it is absolute.
  const printedSchemaPath = path.relative(studioDir, schemaPath).split(path.sep).join('/')
  const extract = runSanity(['schema', 'extract', '--force', '--path', printedSchemaPath])
  const generate = runSanity(
    ['typegen', 'generate'],
    outDir ? {[typegenOutDirVariable]: outDir} : {},
  )
  writeFileSync(
    typesPath,
    normalizeGeneratedTypes(readFileSync(typesPath, 'utf8'), printedSchemaPath),
  )
  return {schemaPath, typesPath, timings: {extract, generate}}
}
