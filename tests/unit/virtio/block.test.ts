// virtio-blk requests with the spec's byte layouts, on the in-memory and the host-file backends.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBlockBackend } from '../../../src/backends/memory-block.ts';
import { NodeBlockBackend } from '../../../src/backends/node-block.ts';
import type { BlockBackend } from '../../../src/backends/types.ts';
import { VirtioBlock } from '../../../src/devices/virtio/block.ts';
import { GuestDriver, REG, concat } from './guest-driver.ts';

const T_IN = 0;
const T_OUT = 1;
const T_FLUSH = 4;
const T_GET_ID = 8;
const S_OK = 0;
const S_IOERR = 1;
const S_UNSUPP = 2;
const F_RO = 1n << 5n;
const F_FLUSH = 1n << 9n;

/** struct virtio_blk_req's readable header: le32 type, le32 reserved, le64 sector (§5.2.6). */
function header(type: number, sector: bigint): Uint8Array {
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  view.setUint32(0, type, true);
  view.setBigUint64(8, sector, true);
  return out;
}

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + seed) & 0xff);
}

function blockGuest(backend: BlockBackend): GuestDriver {
  const guest = new GuestDriver(new VirtioBlock(backend));
  guest.init();
  return guest;
}

/** Sends one request; returns the used length and the bytes written (data then status). */
function request(guest: GuestDriver, buffers: Parameters<GuestDriver['submit']>[1], options = {}): { len: number; reply: Uint8Array } {
  const head = guest.submit(0, buffers, options);
  const used = guest.takeUsed(0);
  expect(used).toHaveLength(1);
  expect(used[0].id).toBe(head);
  const total = buffers.reduce((n, b) => n + ('in' in b ? b.in : 0), 0);
  return { len: used[0].len, reply: guest.reply(0, head, total) };
}

class CountingBackend extends MemoryBlockBackend {
  flushes = 0;
  override flush(): void {
    this.flushes++;
  }
}

describe('virtio-blk on a memory image', () => {
  it('puts the capacity in sectors and blk_size in the config space', () => {
    const guest = blockGuest(new MemoryBlockBackend(new Uint8Array(64 * 1024)));
    expect(guest.transport.read(REG.Config, 4)).toBe(128);
    expect(guest.transport.read(REG.Config + 4, 4)).toBe(0);
    expect(guest.transport.read(REG.Config + 20, 4)).toBe(512);
    expect(guest.transport.read(REG.Config, 1)).toBe(128);
    expect(guest.deviceFeatures() & F_FLUSH).toBe(F_FLUSH);
    expect(guest.deviceFeatures() & F_RO).toBe(0n);
  });

  it('writes sectors and reads them back, the data landing at sector * 512 in the image', () => {
    const image = new Uint8Array(64 * 1024);
    const guest = blockGuest(new MemoryBlockBackend(image));
    const data = pattern(1024, 3);
    const write = request(guest, [{ out: header(T_OUT, 2n) }, { out: data }, { in: 1 }]);
    expect(write.reply[0]).toBe(S_OK);
    expect(write.len).toBe(1);
    expect(image.subarray(1024, 2048)).toEqual(data);
    // Read back with the data split over two buffers and the chain in an indirect table.
    const read = request(guest, [{ out: header(T_IN, 2n) }, { in: 600 }, { in: 424 }, { in: 1 }], { indirect: true });
    expect(read.len).toBe(1025);
    expect(read.reply.subarray(0, 1024)).toEqual(data);
    expect(read.reply[1024]).toBe(S_OK);
  });

  it('accepts a header split across descriptors', () => {
    const image = new Uint8Array(8192);
    image.set(pattern(512, 9), 512);
    const guest = blockGuest(new MemoryBlockBackend(image));
    const h = header(T_IN, 1n);
    const read = request(guest, [{ out: h.subarray(0, 5) }, { out: h.subarray(5) }, { in: 513 }]);
    expect(read.reply.subarray(0, 512)).toEqual(pattern(512, 9));
    expect(read.reply[512]).toBe(S_OK);
  });

  it('answers GET_ID with the backend id, NUL padded to 20 bytes', () => {
    const guest = blockGuest(new MemoryBlockBackend(new Uint8Array(4096), false, 'disk-7'));
    const reply = request(guest, [{ out: header(T_GET_ID, 0n) }, { in: 20 }, { in: 1 }]);
    expect(new TextDecoder().decode(reply.reply.subarray(0, 6))).toBe('disk-7');
    expect([...reply.reply.subarray(6, 20)]).toEqual(new Array(14).fill(0));
    expect(reply.reply[20]).toBe(S_OK);
    expect(reply.len).toBe(21);
  });

  it('flushes the backend on FLUSH', () => {
    const backend = new CountingBackend(new Uint8Array(4096));
    const guest = blockGuest(backend);
    expect(request(guest, [{ out: header(T_FLUSH, 0n) }, { in: 1 }]).reply[0]).toBe(S_OK);
    expect(backend.flushes).toBe(1);
  });

  it('offers VIRTIO_BLK_F_RO for a read-only image and fails writes with IOERR, image unchanged', () => {
    const image = new Uint8Array(4096).fill(0x11);
    const guest = blockGuest(new MemoryBlockBackend(image, true));
    expect(guest.deviceFeatures() & F_RO).toBe(F_RO);
    const write = request(guest, [{ out: header(T_OUT, 0n) }, { out: pattern(512, 1) }, { in: 1 }]);
    expect(write.reply[0]).toBe(S_IOERR);
    expect(image.every((b) => b === 0x11)).toBe(true);
  });

  it('fails out-of-range sectors, partial sectors, short headers and unknown types cleanly', () => {
    const guest = blockGuest(new MemoryBlockBackend(new Uint8Array(4096)));
    expect(request(guest, [{ out: header(T_IN, 8n) }, { in: 512 }, { in: 1 }]).reply[512]).toBe(S_IOERR);
    expect(request(guest, [{ out: header(T_IN, 7n) }, { in: 1024 }, { in: 1 }]).reply[1024]).toBe(S_IOERR);
    expect(request(guest, [{ out: header(T_IN, 1n << 62n) }, { in: 512 }, { in: 1 }]).reply[512]).toBe(S_IOERR);
    expect(request(guest, [{ out: header(T_OUT, 0n) }, { out: pattern(100, 1) }, { in: 1 }]).reply[0]).toBe(S_IOERR);
    expect(request(guest, [{ out: header(T_IN, 0n).subarray(0, 8) }, { in: 1 }]).reply[0]).toBe(S_IOERR);
    expect(request(guest, [{ out: header(99, 0n) }, { in: 1 }]).reply[0]).toBe(S_UNSUPP);
    // No writable byte at all: nothing to report the status in, the chain comes back with length 0.
    expect(request(guest, [{ out: header(T_IN, 0n) }]).len).toBe(0);
  });
});

describe('virtio-blk on a host file', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes through to the file, honours read-only mode, and reads back', () => {
    dir = mkdtempSync(join(tmpdir(), 'tabvisor-blk-'));
    const file = join(dir, 'disk.img');
    writeFileSync(file, new Uint8Array(8192));
    const backend = new NodeBlockBackend(file);
    expect(backend.size).toBe(8192);
    const guest = blockGuest(backend);
    const data = pattern(512, 5);
    expect(request(guest, [{ out: concat(header(T_OUT, 3n), data) }, { in: 1 }]).reply[0]).toBe(S_OK);
    expect(request(guest, [{ out: header(T_FLUSH, 0n) }, { in: 1 }]).reply[0]).toBe(S_OK);
    expect(new Uint8Array(readFileSync(file)).subarray(1536, 2048)).toEqual(data);
    backend.close();

    const readOnly = new NodeBlockBackend(file, true);
    const roGuest = blockGuest(readOnly);
    expect(roGuest.deviceFeatures() & F_RO).toBe(F_RO);
    expect(request(roGuest, [{ out: concat(header(T_OUT, 0n), data) }, { in: 1 }]).reply[0]).toBe(S_IOERR);
    const read = request(roGuest, [{ out: header(T_IN, 3n) }, { in: 513 }]);
    expect(read.reply.subarray(0, 512)).toEqual(data);
    expect(new Uint8Array(readFileSync(file)).subarray(0, 512).every((b) => b === 0)).toBe(true);
    readOnly.close();
  });
});
