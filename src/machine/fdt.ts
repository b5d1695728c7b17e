// A small flattened device tree (DTB version 17) writer: nodes, typed properties, phandles, reservations.
// Format: Devicetree Specification v0.4, chapter 5 ("Flattened Devicetree (DTB) Format").

const FDT_MAGIC = 0xd00dfeed;
const FDT_VERSION = 17;
const FDT_LAST_COMPATIBLE_VERSION = 16;
const FDT_HEADER_SIZE = 40;
// Structure block tokens (spec 5.4.1).
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_END = 9;

const utf8 = new TextEncoder();

/** One property: a name and its raw big-endian value. */
export interface FdtProperty {
  readonly name: string;
  readonly value: Uint8Array;
}

/** A device tree node. Property setters return the node so that a node reads as one chain. */
export class FdtNode {
  readonly properties: FdtProperty[] = [];
  readonly children: FdtNode[] = [];

  /** @param name node name with its unit address ("serial@10000000"); "" for the root. */
  constructor(readonly name: string) {}

  /** Adds and returns a child node; throws when the name is already taken (the spec requires unique names). */
  addNode(name: string): FdtNode {
    if (this.children.some((c) => c.name === name)) throw new Error(`fdt: duplicate node ${name} under "${this.name}"`);
    const child = new FdtNode(name);
    this.children.push(child);
    return child;
  }

  /** The child named `name`, if any. */
  child(name: string): FdtNode | undefined {
    return this.children.find((c) => c.name === name);
  }

  /** Sets a property to raw bytes (replacing an earlier value of the same name). */
  bytes(name: string, value: Uint8Array): this {
    const i = this.properties.findIndex((p) => p.name === name);
    const prop = { name, value: value.slice() };
    if (i >= 0) this.properties[i] = prop;
    else this.properties.push(prop);
    return this;
  }

  /** A property with no value (a boolean flag such as `interrupt-controller`). */
  empty(name: string): this {
    return this.bytes(name, new Uint8Array(0));
  }

  /** One 32-bit cell. */
  u32(name: string, value: number): this {
    return this.cells(name, [value]);
  }

  /** A 64-bit value as two cells, high first; `value` must be a safe integer. */
  u64(name: string, value: number): this {
    return this.cells(name, splitU64(value));
  }

  /** A list of 32-bit cells. */
  cells(name: string, values: readonly number[]): this {
    const out = new Uint8Array(values.length * 4);
    const view = new DataView(out.buffer);
    values.forEach((v, i) => {
      if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw new Error(`fdt: cell ${v} of ${name} is not a u32`);
      view.setUint32(i * 4, v);
    });
    return this.bytes(name, out);
  }

  /** A NUL-terminated string. */
  string(name: string, value: string): this {
    return this.strings(name, [value]);
  }

  /** A string list: each string NUL-terminated, concatenated. */
  strings(name: string, values: readonly string[]): this {
    const parts = values.map((v) => {
      if (v.includes('\0')) throw new Error(`fdt: string in ${name} contains NUL`);
      return utf8.encode(v);
    });
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length + 1;
    }
    return this.bytes(name, out);
  }
}

/** Splits a safe non-negative integer into [high, low] 32-bit cells. */
export function splitU64(value: number): [number, number] {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`fdt: ${value} is not a u64 safe integer`);
  return [Math.floor(value / 0x1_0000_0000), value % 0x1_0000_0000];
}

/** A whole tree: the root node, the memory reservation block and the phandle allocator. */
export class FdtTree {
  readonly root = new FdtNode('');
  readonly reservations: { address: number; size: number }[] = [];
  private readonly phandles = new Map<FdtNode, number>();
  /** Physical id of the boot CPU (header field boot_cpuid_phys). */
  bootCpu = 0;

  /** The phandle of `node`, allocating the next one (1, 2, ...) and adding the `phandle` property on first use. */
  phandle(node: FdtNode): number {
    let ph = this.phandles.get(node);
    if (ph === undefined) {
      ph = this.phandles.size + 1;
      this.phandles.set(node, ph);
      node.u32('phandle', ph);
    }
    return ph;
  }

  /** Adds a memory reservation block entry (spec 5.3). */
  reserve(address: number, size: number): void {
    splitU64(address);
    splitU64(size);
    this.reservations.push({ address, size });
  }

  /** Serialises the tree to a DTB: header, reservation block, structure block, strings block (names deduplicated). */
  toBlob(): Uint8Array {
    const strings = new StringTable();
    const struct = new ByteWriter();
    const emit = (node: FdtNode): void => {
      struct.u32(FDT_BEGIN_NODE);
      struct.bytes(utf8.encode(node.name));
      struct.u8(0);
      struct.align(4);
      for (const p of node.properties) {
        struct.u32(FDT_PROP);
        struct.u32(p.value.length);
        struct.u32(strings.offsetOf(p.name));
        struct.bytes(p.value);
        struct.align(4);
      }
      for (const c of node.children) emit(c);
      struct.u32(FDT_END_NODE);
    };
    emit(this.root);
    struct.u32(FDT_END);

    const rsvmap = new ByteWriter();
    for (const r of [...this.reservations, { address: 0, size: 0 }]) {
      for (const v of [...splitU64(r.address), ...splitU64(r.size)]) rsvmap.u32(v);
    }

    const offRsvmap = FDT_HEADER_SIZE; // 40 is already 8-aligned, as the reservation block must be (spec 5.3)
    const offStruct = offRsvmap + rsvmap.length;
    const offStrings = offStruct + struct.length;
    const stringBytes = strings.bytes();
    const total = offStrings + stringBytes.length;

    const out = new Uint8Array(total);
    const header = new DataView(out.buffer);
    const fields = [
      FDT_MAGIC,
      total,
      offStruct,
      offStrings,
      offRsvmap,
      FDT_VERSION,
      FDT_LAST_COMPATIBLE_VERSION,
      this.bootCpu,
      stringBytes.length,
      struct.length,
    ];
    fields.forEach((v, i) => header.setUint32(i * 4, v));
    out.set(rsvmap.result(), offRsvmap);
    out.set(struct.result(), offStruct);
    out.set(stringBytes, offStrings);
    return out;
  }
}

/** The strings block: each property name stored once (spec 5.5). */
class StringTable {
  private readonly offsets = new Map<string, number>();
  private readonly writer = new ByteWriter();

  offsetOf(name: string): number {
    let off = this.offsets.get(name);
    if (off === undefined) {
      off = this.writer.length;
      this.offsets.set(name, off);
      this.writer.bytes(utf8.encode(name));
      this.writer.u8(0);
    }
    return off;
  }

  bytes(): Uint8Array {
    return this.writer.result();
  }
}

/** A growable big-endian byte buffer. */
class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.length++] = v;
  }

  u32(v: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setUint32(this.length, v);
    this.length += 4;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  align(n: number): void {
    while (this.length % n !== 0) this.u8(0);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
