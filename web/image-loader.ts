// Downloads guest images with progress, checks their SHA-256 and keeps them in Cache Storage so they load offline.
import type { ImageFile } from './guest-catalog.ts';

/** The part of a Cache Storage bucket the loader uses (the browser's `Cache` fits; tests use a fake). */
export interface ImageCache {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  keys(): Promise<readonly Request[]>;
  delete(request: string | Request): Promise<boolean>;
}

/** The part of the Cache Storage API the loader uses. */
export interface ImageCacheStorage {
  open(name: string): Promise<ImageCache>;
}

/** Bytes received so far of one download. */
export interface DownloadProgress {
  loaded: number;
  total: number;
}

/** Where the loader gets bytes from. */
export interface LoaderEnvironment {
  fetch: typeof fetch;
  caches: ImageCacheStorage | null;
  /** The app's base URL; image URLs are relative to it. */
  baseUrl: string;
}

/** Cache Storage bucket of downloaded guest images (precached ones live in the service worker's own cache). */
export const IMAGE_CACHE = 'tabvisor-guest-images-v1';

/** Returns an image's bytes: from the cache when there, else downloaded (reporting progress), verified and cached. */
export async function loadImage(file: ImageFile, environment: LoaderEnvironment, onProgress: (progress: DownloadProgress) => void): Promise<Uint8Array> {
  const url = new URL(file.url, environment.baseUrl).href;
  const cache = environment.caches ? await environment.caches.open(IMAGE_CACHE) : null;
  const cached = await cache?.match(url);
  if (cached) {
    const bytes = new Uint8Array(await cached.arrayBuffer());
    if (await matches(bytes, file)) return bytes;
    await cache?.delete(url); // damaged: download again
  }
  const response = await environment.fetch(url);
  if (!response.ok) throw new Error(`cannot download ${file.url}: HTTP ${response.status}`);
  const bytes = await readWithProgress(response, file.bytes, onProgress);
  if (!(await matches(bytes, file))) throw new Error(`${file.url}: the download does not match its SHA-256 (got ${bytes.length} of ${file.bytes} bytes)`);
  if (cache) {
    await cache.put(url, new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/octet-stream' } }));
    await dropOtherVersions(cache, url);
  }
  return bytes;
}

/** Reads a response body chunk by chunk, reporting bytes received against `expected` (the catalog's size). */
export async function readWithProgress(response: Response, expected: number, onProgress: (progress: DownloadProgress) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  let buffer = new Uint8Array(expected);
  let loaded = 0;
  onProgress({ loaded, total: expected });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > buffer.length) {
      // More than announced: grow rather than trust the catalog; the hash check decides.
      const grown = new Uint8Array(Math.max(buffer.length * 2, loaded + value.length));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.length;
    onProgress({ loaded, total: Math.max(expected, loaded) });
  }
  return buffer.length === loaded ? buffer : buffer.slice(0, loaded);
}

async function matches(bytes: Uint8Array, file: ImageFile): Promise<boolean> {
  if (bytes.length !== file.bytes) return false;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('') === file.sha256;
}

/** Image URLs are `guests/<id>/<hash>/<name>`: once a new version is cached, older ones of the same file are garbage. */
async function dropOtherVersions(cache: ImageCache, url: string): Promise<void> {
  const [prefix, name] = [url.replace(/[0-9a-f]{12}\/[^/]+$/, ''), url.slice(url.lastIndexOf('/'))];
  for (const request of await cache.keys()) {
    if (request.url !== url && request.url.startsWith(prefix) && request.url.endsWith(name)) await cache.delete(request);
  }
}
