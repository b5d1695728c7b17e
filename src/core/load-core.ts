// Finds and compiles the Wasm core in Node (the browser fetches it through Vite instead).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the release (or, with `debug`, the debug) build of the core. */
export function corePath(debug = false): string {
  return fileURLToPath(new URL(`../../build/${debug ? 'core.debug' : 'core'}.wasm`, import.meta.url));
}

/** Compiles the core; a missing build gets an error naming the command that makes it. */
export async function loadCoreModule(debug = false): Promise<WebAssembly.Module> {
  const path = corePath(debug);
  if (!existsSync(path)) throw new Error(`the Wasm core is not built (${path}); run: npm run asbuild`);
  return WebAssembly.compile(await readFile(path));
}
