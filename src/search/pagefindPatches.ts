// Two fixes to the search scripts Pagefind 1.5.2 writes into each part (pagefind.js, and
// pagefind-worker.js, which runs the same search in a worker). The version is pinned (the registry
// lacks 1.6's binaries for other systems), so its scripts are patched as patch-package would patch a
// dependency: each fix names the exact text it replaces, and indexing fails loudly if that text is
// not there once, so a new Pagefind cannot slip by unpatched or half-patched.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Patch {
  why: string;
  /** The text to replace: it must occur exactly once in each file patched. */
  find: RegExp;
  replace: string;
  files: string[];
}

export const PAGEFIND_PATCHES: Patch[] = [
  {
    // A search with filters and no words asks for every index chunk (the index's whole vocabulary:
    // 37 MB at 10,000 articles) though it reads none of them. Pagefind's own fix (its pull request
    // #1317) came after 1.5.2: no words, no chunks.
    why: 'a search with no words loads no index chunks',
    find: /let index_resp=this\.backend\.request_indexes\(ptr,term\);/g,
    replace: 'let index_resp=term.length?this.backend.request_indexes(ptr,term):"[]";',
    files: ['pagefind.js', 'pagefind-worker.js'],
  },
  {
    // A sorted search scores each result by its rank in its own index (0, -1, -2, …), and merged
    // indexes (mergeIndex, one per part) have their results sorted together by score: ranks of
    // different parts interleaved, not dates. Sorted, each part's results are put in its own order
    // and kept together, one part after another, and `parts` says how many came from each, for the
    // search page to merge by date. Each result names its part (`part`, the index's place in
    // parts.json), whose withdrawn articles the search page leaves out.
    why: 'a sorted search over merged indexes keeps each index’s order and says where each begins',
    find: /async search\(term,(\w+)=\{\}\)\{let (\w+)=await Promise\.all\(this\.instances\.map\(\(i2\)=>i2\.search\(term,\1\)\)\);(.*?)const results=\2\.map\(\(s\)=>s\.results\)\.flat\(\)\.sort\(\(a,b\)=>b\.score-a\.score\);(.*?)let response=\{results,/g,
    replace:
      'async search(term,$1={}){let $2=await Promise.all(this.instances.map((i2)=>i2.search(term,$1)));$3const results=$2.map((s,n)=>[...s.results].sort((a,b)=>b.score-a.score).map((r)=>Object.assign(r,{part:n}))).flat();if(!Object.keys($1.sort??{}).length)results.sort((a,b)=>b.score-a.score);$4let response={parts:$2.map((s)=>s.results.length),results,',
    files: ['pagefind.js', 'pagefind-worker.js'],
  },
];

/** Applies every patch to the Pagefind bundle in `dir`; throws, naming the patch, when its text is not found exactly once. */
export async function patchPagefind(dir: string): Promise<void> {
  const texts = new Map<string, string>();
  for (const patch of PAGEFIND_PATCHES) {
    for (const file of patch.files) {
      const text = texts.get(file) ?? (await readFile(join(dir, file), 'utf8'));
      const found = text.match(patch.find)?.length ?? 0;
      if (found !== 1) throw new Error(`search index: cannot patch Pagefind's ${file} (${patch.why}): its text was found ${found} times, not once; was Pagefind upgraded?`);
      texts.set(file, text.replace(patch.find, patch.replace));
    }
  }
  for (const [file, text] of texts) await writeFile(join(dir, file), text);
}
