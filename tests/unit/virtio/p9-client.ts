// A test-only 9P2000.L client: encodes T-messages by hand from the protocol's layouts and sends them through the virtqueue.

import type { GuestDriver } from './guest-driver.ts';

/** An encoded field: u8/u16/u32/u64 numbers, strings, or raw bytes. */
export type Field = ['u8' | 'u16' | 'u32' | 'u64', number | bigint] | ['s', string] | ['raw', Uint8Array];

/** A decoded reply: its type and a cursor over its body. */
export class Reply {
  private position = 7;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get size(): number {
    return this.view.getUint32(0, true);
  }
  get type(): number {
    return this.view.getUint8(4);
  }
  get tag(): number {
    return this.view.getUint16(5, true);
  }
  u8(): number {
    return this.view.getUint8(this.position++);
  }
  u16(): number {
    const v = this.view.getUint16(this.position, true);
    this.position += 2;
    return v;
  }
  u32(): number {
    const v = this.view.getUint32(this.position, true);
    this.position += 4;
    return v;
  }
  u64(): bigint {
    const v = this.view.getBigUint64(this.position, true);
    this.position += 8;
    return v;
  }
  s(): string {
    const n = this.u16();
    const text = new TextDecoder().decode(this.bytes.subarray(this.position, this.position + n));
    this.position += n;
    return text;
  }
  raw(n: number): Uint8Array {
    const out = this.bytes.slice(this.position, this.position + n);
    this.position += n;
    return out;
  }
  /** qid[13]: type[1] version[4] path[8]. */
  qid(): { type: number; path: bigint } {
    const type = this.u8();
    this.u32();
    return { type, path: this.u64() };
  }
  /** Whether the whole body has been read. */
  get done(): boolean {
    return this.position === this.bytes.length;
  }
}

/** Encodes size[4] type[1] tag[2] followed by the fields. */
export function encode(type: number, tag: number, fields: Field[]): Uint8Array {
  const parts: number[] = [];
  const push = (n: number, bytes: number): void => {
    for (let i = 0; i < bytes; i++) parts.push(Number((BigInt(n) >> BigInt(8 * i)) & 0xffn));
  };
  for (const [kind, value] of fields) {
    if (kind === 's') {
      const text = new TextEncoder().encode(value);
      push(text.length, 2);
      parts.push(...text);
    } else if (kind === 'raw') parts.push(...value);
    else if (kind === 'u64') {
      const v = BigInt(value);
      for (let i = 0n; i < 8n; i++) parts.push(Number((v >> (8n * i)) & 0xffn));
    } else push(Number(value), { u8: 1, u16: 2, u32: 4 }[kind]);
  }
  const out = new Uint8Array(7 + parts.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length, true);
  view.setUint8(4, type);
  view.setUint16(5, tag, true);
  out.set(parts, 7);
  return out;
}

/** Rlerror's type. */
export const RLERROR = 7;
/** The "no fid" value. */
export const NOFID = 0xffff_ffff;

/** Sends messages on queue 0 of a 9P device and returns the parsed replies. */
export class P9Client {
  private tag = 1;

  constructor(
    private readonly guest: GuestDriver,
    private readonly replyRoom = 8192,
  ) {}

  /** Sends raw request bytes; returns the reply. */
  sendRaw(request: Uint8Array, replyRoom = this.replyRoom): Reply {
    const head = this.guest.submit(0, [{ out: request }, { in: replyRoom }]);
    const used = this.guest.takeUsed(0);
    if (used.length !== 1 || used[0].id !== head) throw new Error('no reply');
    return new Reply(this.guest.reply(0, head, used[0].len));
  }

  /** Sends one T-message; the reply's type is checked to be `type + 1` unless `allowError`. */
  call(type: number, fields: Field[], allowError = false): Reply {
    const tag = this.tag++;
    const reply = this.sendRaw(encode(type, tag, fields));
    if (reply.tag !== tag) throw new Error(`tag ${reply.tag} answered for ${tag}`);
    if (reply.type !== type + 1 && !(allowError && reply.type === RLERROR)) {
      throw new Error(`type ${type} answered with ${reply.type}${reply.type === RLERROR ? ` errno ${reply.u32()}` : ''}`);
    }
    return reply;
  }

  /** The errno of a request expected to fail. */
  errno(type: number, fields: Field[]): number {
    const reply = this.call(type, fields, true);
    if (reply.type !== RLERROR) throw new Error(`type ${type} succeeded, expected an error`);
    return reply.u32();
  }
}
