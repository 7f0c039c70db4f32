// A throwaway copy of the project (sharing node_modules) in which the real CLI runs, so tests build
// their own archives without touching the working tree.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_FILES = ['package.json', 'tsconfig.json', '.eleventy.ts', 'src', 'templates', 'public'];

/** A project folder whose articles/ holds the shipped archive, or exactly the given files. */
export async function makeProject(articles?: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-test-'));
  for (const f of PROJECT_FILES) await cp(join(ROOT, f), join(dir, f), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (!articles) {
    await cp(join(ROOT, 'articles'), join(dir, 'articles'), { recursive: true });
  } else {
    await mkdir(join(dir, 'articles'));
    for (const [name, content] of Object.entries(articles)) {
      await mkdir(dirname(join(dir, 'articles', name)), { recursive: true });
      await writeFile(join(dir, 'articles', name), content);
    }
  }
  return dir;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `clippings ARGS` in the project folder, with `env` added to the environment. */
export function runCli(dir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: dir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
