/** Words the messages and reviews share (src/text.ts). */
import { describe, expect, it } from 'vitest';
import { possessive } from '../src/text.js';

describe('possessive', () => {
  it("adds 's to a name, and only ' to a name that ends in s, as a reader writes it", () => {
    expect(possessive('Pat Jones')).toBe("Pat Jones'");
    expect(possessive('Dr Helen Marsh')).toBe("Dr Helen Marsh's");
    expect(possessive('Wirewise Installations')).toBe("Wirewise Installations'");
    expect(possessive('CableCorp Ltd')).toBe("CableCorp Ltd's");
  });
});
