import { describe, expect, it } from 'vitest';
import { loadFsrsBinding, platformPackage } from '../../src/srs/fsrs-binding.js';

describe('the FSRS optimizer binding', () => {
  it('names the platform package as the binding’s own loader does', () => {
    expect(platformPackage('linux', 'x64')).toBe('@open-spaced-repetition/binding-linux-x64-gnu');
    expect(platformPackage('darwin', 'arm64')).toBe('@open-spaced-repetition/binding-darwin-arm64');
    expect(platformPackage('win32', 'x64')).toBe('@open-spaced-repetition/binding-win32-x64-msvc');
  });

  it('loads here and evaluates a real review history with FSRS-6 defaults', () => {
    const b = loadFsrsBinding();
    const item = new b.FSRSBindingItem([new b.FSRSBindingReview(3, 0), new b.FSRSBindingReview(3, 3), new b.FSRSBindingReview(1, 8)]);
    const fit = new b.FSRSBinding().evaluate([item]);
    expect(fit.logLoss).toBeGreaterThan(0);
    expect(fit.rmseBins).toBeGreaterThanOrEqual(0);
  });
});
