// How a build's output takes the place of the previous site, in a time that follows the change.
//
// The site is a set of units, listed in its manifest (SITE_MANIFEST): a page's file, a search
// part's folder (a Pagefind bundle, moved whole), every other file. A build writes only the units
// it makes into its staging folder; those it keeps stay where they are in the site. Then:
//   1. a small change is published in place: a journal names what moves, the previous versions of
//      the units written or removed are moved aside, the new ones moved in, and removing the journal
//      commits. A build that stops before that (killed, say, or a move failing) is undone from the
//      journal, by itself or by the next build (recover), so the site is the previous one again;
//   2. a larger change (more than IN_PLACE_MAX_UNITS moves), or a site without a manifest, is
//      published whole: the kept units are linked into the staging folder, which is swapped in.
// Either way, what the new site replaced is left in a folder aside (`retired-PID-N`), which the
// build removes in a process of its own once the new site is announced.
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SEARCH_PATH } from '../site/config.ts';
import type { Paths } from './paths.ts';
import { readJsonFile, writeJsonFile } from './reuse.ts';

/** In the site: every unit it holds, for the next build. */
export const SITE_MANIFEST = '.clippings-site.json';
/**
 * The most units a build moves in place (those written and those they replace or remove). In
 * place, a reader may meet a site part old and part new while they move, some 0.1 ms a move (900
 * moves: 97-100 ms), and a killed build leaves it so until the next build undoes it; past this,
 * publishing whole costs a link per kept unit instead (15,000: 0.66 s; 100,000: 4.3-4.8 s), which
 * is little beside rendering or indexing so many units.
 */
export const IN_PLACE_MAX_UNITS = 1000;
/** Folders whose folders are units of their own: the search parts. */
const BUNDLE_FOLDERS = new Set([SEARCH_PATH]);
/** In the working folder: what a publication in place moves, until it is done. */
const JOURNAL = 'publish.json';

/** The site's file or folder of a unit, a path relative to the site's folder with `/` between folders. */
export type Unit = string;

/** The unit of the page at `url` (Eleventy writes `/a/b/` to `a/b/index.html`). */
export function pageUnit(url: string): Unit {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

/** The unit of the search part in folder `dir`. */
export function searchPartUnit(dir: string): Unit {
  return `${SEARCH_PATH}/${dir}`;
}

/** The units of the site in `site` as its manifest lists them; undefined without one (a site of an earlier version, or none). */
export async function publishedUnits(site: string): Promise<Set<Unit> | undefined> {
  const listed = await readJsonFile<Unit[]>(join(site, SITE_MANIFEST));
  return listed && new Set(listed);
}

/** The units below `dir`: its files, and the folders of BUNDLE_FOLDERS's folders whole. */
function unitsIn(dir: string, prefix = '', out: Unit[] = []): Unit[] {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const unit = prefix + entry.name;
    if (!entry.isDirectory() || BUNDLE_FOLDERS.has(prefix.slice(0, -1))) out.push(unit);
    else unitsIn(dir, `${unit}/`, out);
  }
  return out;
}

// Links, moves and folders are made synchronously: a build makes thousands of them one after
// another, and each asynchronous call is a round trip through libuv's thread pool (14,653 links:
// 0.8 s against 2.2 s).

/** Makes the folders it is given, each once (a recursive mkdir checks every ancestor of every unit: 11.5 s for 118,141 pages). */
function folderMaker(): (dir: string) => void {
  const made = new Set<string>();
  const folder = (dir: string): void => {
    if (made.has(dir)) return;
    if (dirname(dir) !== dir) folder(dirname(dir));
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    made.add(dir);
  };
  return folder;
}

/** Every file below `from` linked at the same place below `to`. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

interface Journal {
  staging: string;
  aside: string;
  /** The units the staging folder holds, moved into the site. */
  written: Unit[];
  /** The site's units that go: the previous versions of written ones, and those the new site lacks. */
  replaced: Unit[];
}

/** Moves `unit` from the folder `from` to the folder `to`, making its folders there. */
function move(unit: Unit, from: string, to: string, folder: (dir: string) => void): void {
  folder(dirname(join(to, unit)));
  renameSync(join(from, unit), join(to, unit));
}

/** Removes the folders that held `units` and hold nothing now, up to the site's own. */
function pruneFolders(site: string, units: Unit[]): void {
  const folders = new Set<string>();
  for (const unit of units) for (let dir = dirname(unit); dir !== '.'; dir = dirname(dir)) folders.add(dir);
  // Longest first: a folder's subfolders before it, so that those it held are gone when it is tried.
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(site, dir));
    } catch {
      // not empty, or gone already
    }
  }
}

/**
 * Undoes a publication that stopped before it was done: a site published whole is put back; one
 * in place is undone from its journal, every unit moved aside going back and every unit brought that
 * the previous site lacked going. Safe to run again should it stop itself; does nothing when no
 * publication stopped.
 */
export async function recover(paths: Paths): Promise<void> {
  if (!existsSync(paths.site) && existsSync(previousSite(paths))) await rename(previousSite(paths), paths.site);
  const journalFile = join(paths.work, JOURNAL);
  const journal = await readJsonFile<Journal>(journalFile);
  if (!journal) return;
  const replaced = new Set(journal.replaced);
  const folder = folderMaker();
  for (const unit of [...journal.written, ...journal.replaced]) {
    if (existsSync(join(journal.aside, unit))) {
      await rm(join(paths.site, unit), { recursive: true, force: true });
      move(unit, journal.aside, paths.site, folder);
    } else if (!replaced.has(unit)) {
      await rm(join(paths.site, unit), { recursive: true, force: true });
    }
  }
  pruneFolders(paths.site, journal.written);
  await unlink(journalFile);
  await rm(journal.staging, { recursive: true, force: true });
  await rm(journal.aside, { recursive: true, force: true });
}

export interface Publication {
  /** The units the new site keeps from the previous one as they are. */
  kept: Unit[];
  /** The previous site's units (its manifest); undefined when it has none. */
  previous: Set<Unit> | undefined;
  staging: string;
  /** Where what the new site replaces is left: a folder of the working folder, to be removed. */
  aside: string;
  /** For tests: called after each unit is moved, with their number so far. */
  moved?: (count: number) => void;
}

/**
 * Makes the site the previous one's kept units and the staging folder's (1. in place, 2. whole: see
 * above), the staging folder then holding nothing of use; the folder the previous site's replaced
 * units are in, or undefined when there are none.
 */
export async function publish(paths: Paths, publication: Publication): Promise<string | undefined> {
  const { kept, previous, staging, aside } = publication;
  const written = unitsIn(staging);
  const units = [...new Set([...kept, ...written, SITE_MANIFEST])].sort();
  await writeFile(join(staging, SITE_MANIFEST), JSON.stringify(units));
  written.push(SITE_MANIFEST);
  const [listed, writing] = [new Set(units), new Set(written)];
  const replaced = previous ? [...previous].filter((unit) => !listed.has(unit) || writing.has(unit)) : [];
  if (!previous || written.length + replaced.length > IN_PLACE_MAX_UNITS || !existsSync(paths.site)) return publishWhole(paths, publication);

  const journal: Journal = { staging, aside, written, replaced };
  const journalFile = join(paths.work, JOURNAL);
  await writeJsonFile(journalFile, journal);
  try {
    let count = 0;
    const [toAside, toSite] = [folderMaker(), folderMaker()];
    for (const unit of replaced) {
      // A unit the previous site listed but lost (removed by hand) has nothing to move aside.
      if (existsSync(join(paths.site, unit))) move(unit, paths.site, aside, toAside);
      publication.moved?.(++count);
    }
    for (const unit of written) {
      move(unit, staging, paths.site, toSite);
      publication.moved?.(++count);
    }
  } catch (error) {
    await recover(paths);
    throw error;
  }
  await unlink(journalFile); // done: the site is the new one
  pruneFolders(paths.site, replaced);
  return replaced.length ? aside : undefined;
}

/** The folder a previous site waits in while a new one is moved into its place whole. */
function previousSite(paths: Paths): string {
  return join(paths.work, 'previous-site');
}

/**
 * The kept units linked into the staging folder, which takes the previous site's place. A kept
 * unit the site lacks (removed by hand) fails the build, and its manifest is removed, so that the
 * next build keeps nothing and makes the whole site anew.
 */
async function publishWhole(paths: Paths, { kept, staging, aside }: Publication): Promise<string | undefined> {
  const folder = folderMaker();
  for (const unit of kept) {
    const [from, to] = [join(paths.site, unit), join(staging, unit)];
    folder(dirname(to));
    try {
      if (lstatSync(from).isDirectory()) linkTree(from, to);
      else linkSync(from, to);
    } catch (error) {
      await rm(join(paths.site, SITE_MANIFEST), { force: true });
      throw new Error(`${unit} is missing from the site its manifest lists it in; the next build makes the whole site anew`, { cause: error });
    }
  }
  // A build stopped between the two renames leaves the previous site aside: recover puts it back.
  const previous = previousSite(paths);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(paths.site)) await rename(paths.site, previous);
  await rename(staging, paths.site);
  if (!existsSync(previous)) return undefined;
  await rename(previous, aside);
  return aside;
}
