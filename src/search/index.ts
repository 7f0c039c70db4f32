// The search index: Pagefind, fed each article's own text as a custom record, so only article text
// (headline and body, never page furniture or removed lines) can be found. The index is written
// beside the old one and moved into place, so a live site never serves half an index.
import { rename, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';

export interface SearchEntry {
  url: string;
  title: string;
  /** Human-readable date shown with the result. */
  date?: string;
  /** Plain text of the body. */
  text: string;
}

function check(errors: string[], what: string): void {
  if (errors.length) throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
}

/** Writes a Pagefind bundle (index, UI and WASM) for the entries to `outputPath`. */
export async function writeSearchIndex(entries: SearchEntry[], outputPath: string, language: string): Promise<void> {
  const staging = `${outputPath}.next`;
  await rm(staging, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  check(errors, 'starting Pagefind');
  try {
    for (const entry of entries) {
      const meta: Record<string, string> = { title: entry.title };
      if (entry.date) meta.date = entry.date;
      const added = await index!.addCustomRecord({ url: entry.url, content: `${entry.title}\n${entry.text}`, language, meta });
      check(added.errors, `indexing ${entry.url}`);
    }
    check((await index!.writeFiles({ outputPath: staging })).errors, 'writing the index');
  } finally {
    await index!.deleteIndex();
    await pagefind.close();
  }
  await rm(outputPath, { recursive: true, force: true });
  await rename(staging, outputPath);
}
