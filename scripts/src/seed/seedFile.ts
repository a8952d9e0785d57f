import {SeedInputError} from './errors.ts'

export interface SourceLine {
  /** 1-based line number in the seed file. */
  line: number
  text: string
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1
  return line
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0
  while (offset < bytes.length) {
    const length = sequenceLength(bytes[offset] ?? 0)
    if (length === 0) return offset
    try {
      strictUtf8.decode(bytes.subarray(offset, offset + length))
    } catch {
      return offset
    }
    offset += length
  }
  return -1
}

// Tab, line feed, form feed and carriage return are text; any other control byte means the
// file is not an article (an image, a PDF, a word-processor file).
const isBinaryByte = (byte: number) =>
  byte === 0x7f || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d)

/**
 * Decodes a seed file as UTF-8 text and splits it into lines, or fails naming the file and
 * line: binary content, bytes that are not UTF-8, or no text at all.
 */
export function decodeSeedFile(file: string, bytes: Uint8Array): SourceLine[] {
  const binaryAt = bytes.findIndex(isBinaryByte)
  if (binaryAt >= 0) {
    const byte = (bytes[binaryAt] ?? 0).toString(16).padStart(2, '0')
    throw new SeedInputError(
      file,
      lineAt(bytes, binaryAt),
      `contains binary data (byte 0x${byte} at offset ${binaryAt}), not article text`,
      'A seed must be a plain UTF-8 text file: save the article as text, or remove this file from the seeds folder',
    )
  }
  const invalidAt = firstInvalidUtf8(bytes)
  if (invalidAt >= 0) {
    throw new SeedInputError(
      file,
      lineAt(bytes, invalidAt),
      `is not valid UTF-8 (byte offset ${invalidAt})`,
      'Re-save the file with UTF-8 encoding',
    )
  }
  const text = strictUtf8.decode(bytes).replace(/^\uFEFF/, '')
  const lines = text.split(/\r\n|\r|\n/).map((value, index) => ({line: index + 1, text: value}))
  if (lines.every(({text: value}) => value.trim() === '')) {
    throw new SeedInputError(
      file,
      1,
      'has no text at all',
      'Put the article text in the file, or remove it from the seeds folder',
    )
  }
  return lines
}
