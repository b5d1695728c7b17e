// The Chromium side of the MIPS comparison: a module worker that compiles the core once and runs benchmark ELFs.
import { timedRun, type ProgramRun } from './timed-run.ts';

/** A request from the bench page: run the ELF at `elfUrl` on the core at `coreUrl` (both same-origin URLs). */
export interface BenchRequest {
  coreUrl: string;
  elfUrl: string;
  name: string;
}

/** The worker's answer to one request. */
export type BenchReply = { ok: true; run: ProgramRun } | { ok: false; error: string };

/** Compiled once per core URL, so later runs reuse V8's optimized code as later runs in one Node process do. */
const compiled = new Map<string, Promise<WebAssembly.Module>>();

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot fetch ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function compileOnce(url: string): Promise<WebAssembly.Module> {
  let module = compiled.get(url);
  if (module === undefined) {
    module = fetchBytes(url).then((bytes) => WebAssembly.compile(bytes));
    compiled.set(url, module);
  }
  return module;
}

addEventListener('message', (event: MessageEvent<BenchRequest>) => {
  const { coreUrl, elfUrl, name } = event.data;
  const answer = async (): Promise<BenchReply> => {
    try {
      // Fetching and compiling stay outside the timed part, as in Node.
      const [module, elf] = await Promise.all([compileOnce(coreUrl), fetchBytes(elfUrl)]);
      return { ok: true, run: await timedRun(module, elf, name) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
  void answer().then((reply) => postMessage(reply));
});
