import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureIcons, ICON_SIZES } from '../../../scripts/build-icons';

// The icon is drawn once (assets/icon.svg) and rasterised at build time for the toolbar and stores.

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('toolbar and store icons', () => {
  it('are rendered from the SVG source at 16, 32, 48 and 128 px', async () => {
    const files = await ensureIcons();
    expect(files).toHaveLength(ICON_SIZES.length);
    files.forEach((file, i) => {
      const { width, height } = pngSize(file);
      expect([width, height]).toEqual([ICON_SIZES[i], ICON_SIZES[i]]);
    });
  });
});
