// The sifive,test0 finisher: poweroff with a status, failure codes, reset; other writes ignored.

import { describe, expect, it } from 'vitest';
import { SifiveTest, type HaltRequest } from '../../src/devices/sifive-test.ts';

describe('SifiveTest', () => {
  it('turns finisher writes into halt requests', () => {
    const halts: HaltRequest[] = [];
    const test = new SifiveTest((r) => halts.push(r));
    test.write(0, 4, 0x5555);
    test.write(0, 4, (42 << 16) | 0x3333);
    test.write(0, 4, 0x7777);
    test.write(0, 4, 0x1234); // unknown: ignored
    test.write(4, 4, 0x5555); // other offsets: ignored
    expect(halts).toEqual([
      { kind: 'poweroff', code: 0 },
      { kind: 'poweroff', code: 42 },
      { kind: 'reset', code: 0 },
    ]);
    expect(test.read()).toBe(0);
  });
});
