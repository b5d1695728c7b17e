// `npm start`: builds the core if its sources changed, builds the web app, serves it on 127.0.0.1 and prints the URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const repoRoot = new URL('../../', import.meta.url).pathname;
const configFile = join(repoRoot, 'vite.config.ts');
const core = join(repoRoot, 'build', 'core.wasm');

if (!existsSync(core) || statSync(core).mtimeMs < newestSource(join(repoRoot, 'assembly'))) {
  console.log('Building the core (build/core.wasm)…');
  const asbuild = spawnSync('npm', ['run', 'asbuild:release'], { cwd: repoRoot, stdio: 'inherit' });
  if (asbuild.status !== 0) process.exit(asbuild.status ?? 1);
}
await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile });
const url = server.resolvedUrls?.local[0];
console.log(`\nTabvisor is at ${url} (Ctrl-C stops the server)`);

/** The latest modification time of any file under `folder`. */
function newestSource(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}
