// Backends: what devices talk to instead of terminals, files, the DOM or storage. Node and the browser each provide them.

/** A byte stream in both directions: a terminal, a pipe, an xterm.js console. */
export interface CharBackend {
  /** Bytes from the guest to the outside. */
  write(bytes: Uint8Array): void;
  /** Registers the receiver of bytes from the outside to the guest (replaces any earlier one). */
  onInput(receiver: (bytes: Uint8Array) => void): void;
}

/** A raw disk image addressed in bytes. Implementations are synchronous (the guest waits for the request anyway). */
export interface BlockBackend {
  readonly size: number;
  readonly readOnly: boolean;
  read(offset: number, into: Uint8Array): void;
  write(offset: number, data: Uint8Array): void;
  flush(): void;
  /** A stable identifier the guest can read (virtio-blk GET_ID), at most 20 bytes. */
  readonly id: string;
}

/** Ethernet frames in both directions. */
export interface NetBackend {
  readonly mac: Uint8Array;
  send(frame: Uint8Array): void;
  onReceive(receiver: (frame: Uint8Array) => void): void;
}
