// Tests of the guest image loader: progress while downloading, SHA-256 check, Cache Storage hits and old versions.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ImageFile } from '../../web/guest-catalog.ts';
import { IMAGE_CACHE, loadImage, readWithProgress, type DownloadProgress, type ImageCacheStorage } from '../../web/image-loader.ts';

const base = 'http://127.0.0.1:4177/';

function imageOf(bytes: Uint8Array, name = 'Image'): ImageFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { url: `guests/linux/${sha256.slice(0, 12)}/${name}`, bytes: bytes.length, sha256 };
}

/** A response whose body arrives in chunks of `chunkSize`. */
function chunkedResponse(bytes: Uint8Array, chunkSize: number): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
  return new Response(body, { status: 200 });
}

/** An in-memory Cache Storage with one bucket, recording which bucket was opened. */
function fakeCaches(): ImageCacheStorage & { entries: Map<string, Uint8Array>; opened: string[] } {
  const entries = new Map<string, Uint8Array>();
  const opened: string[] = [];
  return {
    entries,
    opened,
    async open(name) {
      opened.push(name);
      return {
        async match(url: string) {
          const bytes = entries.get(url);
          return bytes ? new Response(bytes.slice()) : undefined;
        },
        async put(url: string, response: Response) {
          entries.set(url, new Uint8Array(await response.arrayBuffer()));
        },
        async keys() {
          return [...entries.keys()].map((url) => new Request(url));
        },
        async delete(request: string | Request) {
          return entries.delete(typeof request === 'string' ? request : request.url);
        },
      };
    },
  };
}

function counterFetch(responses: () => Response): typeof fetch & { urls: string[] } {
  const urls: string[] = [];
  const fake = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return responses();
  }) as typeof fetch & { urls: string[] };
  fake.urls = urls;
  return fake;
}

const kernel = new Uint8Array(10_000).map((_, index) => (index * 7) & 0xff);

describe('readWithProgress', () => {
  it('reports growing progress up to the full size and returns the bytes', async () => {
    const progress: DownloadProgress[] = [];
    const bytes = await readWithProgress(chunkedResponse(kernel, 3000), kernel.length, (step) => progress.push(step));
    expect(bytes).toEqual(kernel);
    expect(progress.map((step) => step.loaded)).toEqual([0, 3000, 6000, 9000, 10_000]);
    expect(progress.every((step) => step.total === 10_000)).toBe(true);
  });

  it('keeps every byte when the body is longer than announced', async () => {
    const bytes = await readWithProgress(chunkedResponse(kernel, 4096), 100, () => {});
    expect(bytes).toEqual(kernel);
  });
});

describe('loadImage', () => {
  it('downloads, verifies and caches an image, then serves it from the cache without the network', async () => {
    const caches = fakeCaches();
    const fetch = counterFetch(() => chunkedResponse(kernel, 4096));
    const file = imageOf(kernel);
    const progress: number[] = [];
    expect(await loadImage(file, { fetch, caches, baseUrl: base }, (step) => progress.push(step.loaded))).toEqual(kernel);
    expect(fetch.urls).toEqual([base + file.url]);
    expect(progress.at(-1)).toBe(10_000);
    expect(caches.opened).toEqual([IMAGE_CACHE]);
    const offline = counterFetch(() => {
      throw new TypeError('network is off');
    });
    expect(await loadImage(file, { fetch: offline, caches, baseUrl: base }, () => {})).toEqual(kernel);
    expect(offline.urls).toEqual([]);
  });

  it('rejects a download whose hash differs, and does not cache it', async () => {
    const caches = fakeCaches();
    const corrupt = kernel.slice();
    corrupt[5000] ^= 1;
    const fetch = counterFetch(() => chunkedResponse(corrupt, 4096));
    await expect(loadImage(imageOf(kernel), { fetch, caches, baseUrl: base }, () => {})).rejects.toThrow('does not match its SHA-256');
    expect(caches.entries.size).toBe(0);
  });

  it('reports an HTTP error with its status', async () => {
    const fetch = counterFetch(() => new Response('gone', { status: 404 }));
    await expect(loadImage(imageOf(kernel), { fetch, caches: null, baseUrl: base }, () => {})).rejects.toThrow('HTTP 404');
  });

  it('downloads again when the cached copy is damaged', async () => {
    const caches = fakeCaches();
    const file = imageOf(kernel);
    caches.entries.set(base + file.url, new Uint8Array(10_000));
    const fetch = counterFetch(() => chunkedResponse(kernel, 4096));
    expect(await loadImage(file, { fetch, caches, baseUrl: base }, () => {})).toEqual(kernel);
    expect(fetch.urls).toHaveLength(1);
    expect(caches.entries.get(base + file.url)).toEqual(kernel);
  });

  it('drops older versions of the same file once a new one is cached, and keeps other files', async () => {
    const caches = fakeCaches();
    const older = new Uint8Array([1, 2, 3]);
    const initrd = new Uint8Array([4, 5]);
    caches.entries.set(base + imageOf(older).url, older);
    caches.entries.set(base + imageOf(initrd, 'initramfs.cpio').url, initrd);
    const file = imageOf(kernel);
    await loadImage(file, { fetch: counterFetch(() => new Response(kernel)), caches, baseUrl: base }, () => {});
    expect([...caches.entries.keys()].sort()).toEqual([base + file.url, base + imageOf(initrd, 'initramfs.cpio').url].sort());
  });
});
