// The VM worker: compiles the core as soon as it starts and exposes one VM's host (vm-host.ts) through comlink.
import * as Comlink from 'comlink';
import coreUrl from '../build/core.wasm?url';
import { createVmHost, messageChannelScheduler } from './vm-host.ts';

/** Compiling starts as the worker starts, while the page is still fetching the guest's images. */
const compiledCore = compileCore();
// Not awaited until create: keep an early failure from being reported as unhandled before then.
compiledCore.catch(() => {});

async function compileCore(): Promise<WebAssembly.Module> {
  const response = await fetch(coreUrl);
  if (!response.ok) throw new Error(`cannot load the core (${coreUrl}): HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

Comlink.expose(createVmHost(compiledCore, messageChannelScheduler()));
