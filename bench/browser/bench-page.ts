// Serves the Chromium bench page on 127.0.0.1: a blank page, the bundled bench worker, the core and the benchmark ELFs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The page's script: `benchRun(request)` posts to one module worker and resolves with its reply. */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>Tabvisor bench</title>
<script type="module">
const worker = new Worker('/worker.js', { type: 'module' });
let pending = null;
worker.onmessage = (event) => { const p = pending; pending = null; p?.resolve(event.data); };
worker.onerror = (event) => { const p = pending; pending = null; p?.reject(new Error('bench worker: ' + event.message)); };
window.benchRun = (request) => new Promise((resolve, reject) => {
  if (pending) throw new Error('one run at a time');
  pending = { resolve, reject };
  worker.postMessage(request);
});
</script>
`;

/** The served bench page, until `close`. */
export interface BenchPage {
  url: string;
  close(): Promise<void>;
}

/** Bundles bench/browser/worker.ts (runProgram and the core's TypeScript face) into one ES module, in memory. */
async function bundleWorker(): Promise<string> {
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: { write: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'worker' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    for (const chunk of out.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  }
  throw new Error('vite produced no bundle for bench/browser/worker.ts');
}

/** Serves the page at `/`, the worker at `/worker.js`, `coreBytes` at `/core.wasm` and `elfs` at `/programs/<name>`. */
export async function serveBenchPage(coreBytes: Uint8Array, elfs: Map<string, Uint8Array>): Promise<BenchPage> {
  const workerCode = await bundleWorker();
  const routes = new Map<string, { type: string; body: string | Uint8Array }>([
    ['/', { type: 'text/html; charset=utf-8', body: PAGE }],
    ['/worker.js', { type: 'text/javascript; charset=utf-8', body: workerCode }],
    ['/core.wasm', { type: 'application/wasm', body: coreBytes }],
    ...[...elfs].map(([name, bytes]) => [`/programs/${name}`, { type: 'application/octet-stream', body: bytes }] as const),
  ]);
  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
