import { describe, expect, it } from 'vitest';
import { FoldBuffer } from './fold-buffer.ts';

const fill = (buffer: FoldBuffer, count: number) => {
  for (let i = 0; i < count; i++) buffer.push(0x61 + (i % 26));
};

describe('FoldBuffer', () => {
  it('grows to hold every unit while growable', () => {
    const buffer = new FoldBuffer();
    fill(buffer, 200);
    expect(buffer.length).toBe(200);
    expect(buffer.units[199]).toBe(0x61 + (199 % 26));
  });

  it('drops units past its capacity but keeps counting when not growable', () => {
    const buffer = new FoldBuffer();
    buffer.growable = false;
    fill(buffer, 100);
    expect(buffer.length).toBe(100);
    expect(buffer.units.length).toBe(64);
    expect(buffer.units[63]).toBe(0x61 + (63 % 26));
  });

  it('reserves room up front', () => {
    const buffer = new FoldBuffer();
    buffer.reserve(1000);
    expect(buffer.units.length).toBe(1000);
    buffer.reserve(10);
    expect(buffer.units.length).toBe(1000);
  });
});
