/**
 * Gettext catalogues for the WordPress plugin: reads a .po file (msgctxt,
 * msgid, msgstr, continued strings; no plural entries, the plugin has none)
 * and writes the binary .mo that WordPress loads. Entries left untranslated
 * are left out, so WordPress shows the English source.
 */

const unquote = (line) => JSON.parse(line.replace(/^[a-z]+\s+/, ''));

/** The entries of a .po text: {context, id, text}, the header's id being ''. */
export function parsePo(source) {
  const entries = [];
  let entry = {};
  let field = null;
  const flush = () => {
    if (entry.id !== undefined) entries.push({ context: entry.context ?? null, id: entry.id, text: entry.text ?? '' });
    entry = {};
    field = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (line === '' && entry.text !== undefined) flush();
      continue;
    }
    if (line.startsWith('msgctxt ')) {
      if (entry.text !== undefined) flush();
      entry.context = unquote(line);
      field = 'context';
    } else if (line.startsWith('msgid ')) {
      if (entry.text !== undefined) flush();
      entry.id = unquote(line);
      field = 'id';
    } else if (line.startsWith('msgstr ')) {
      entry.text = unquote(line);
      field = 'text';
    } else if (line.startsWith('"') && field) {
      entry[field] += JSON.parse(line);
    } else {
      throw new Error(`Unreadable .po line: ${raw}`);
    }
  }
  flush();
  return entries;
}

/** The .mo bytes (little-endian, no hash table) for translated entries. */
export function writeMo(entries) {
  const pairs = entries
    .filter((entry) => entry.text !== '')
    .map((entry) => [
      Buffer.from(entry.context === null ? entry.id : `${entry.context}\u0004${entry.id}`),
      Buffer.from(entry.text),
    ])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = pairs.length;
  const headerSize = 28;
  const tablesSize = 16 * count;
  let offset = headerSize + tablesSize;
  const header = Buffer.alloc(headerSize + tablesSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + 8 * count, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const bodies = [];
  for (const column of [0, 1]) {
    pairs.forEach((pair, index) => {
      const bytes = pair[column];
      const at = headerSize + column * 8 * count + index * 8;
      header.writeUInt32LE(bytes.length, at);
      header.writeUInt32LE(offset, at + 4);
      bodies.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...bodies]);
}
