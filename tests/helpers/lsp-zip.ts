import {inflateRawSync} from 'node:zlib'

/**
 * Reads a zip archive (a .vsix) into a map of entry name → bytes, with no
 * dependency: the central directory, then each entry's local header, stored
 * or deflated — all that vsce writes.
 */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (endOfDirectory === -1) throw new Error('Not a zip archive: no end of central directory')
  const count = archive.readUInt16LE(endOfDirectory + 10)
  let offset = archive.readUInt32LE(endOfDirectory + 16)
  const entries = new Map<string, Buffer>()
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50)
      throw new Error(`Bad central directory entry at ${offset}`)
    const method = archive.readUInt16LE(offset + 10)
    const compressedSize = archive.readUInt32LE(offset + 20)
    const nameLength = archive.readUInt16LE(offset + 28)
    const extraLength = archive.readUInt16LE(offset + 30)
    const commentLength = archive.readUInt16LE(offset + 32)
    const localHeader = archive.readUInt32LE(offset + 42)
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength)
    const dataStart =
      localHeader +
      30 +
      archive.readUInt16LE(localHeader + 26) +
      archive.readUInt16LE(localHeader + 28)
    const data = archive.subarray(dataStart, dataStart + compressedSize)
    if (method !== 0 && method !== 8)
      throw new Error(`Unsupported compression method ${method} for ${name}`)
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
