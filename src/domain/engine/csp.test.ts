import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { subsetConsistent } from './csp.ts';
import { withConstraints } from './model.ts';
import { allSolutions, bruteConsistent } from './oracle.ts';
import { modelCase } from './test-arbitraries.ts';

describe('subset CSP solver', () => {
  it('decides consistency of any constraint subset with a partial assignment like brute force', () => {
    fc.assert(
      fc.property(modelCase(), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), ({ model, assignments }, keepBits) => {
        const keep = model.constraints.map((_, i) => i).filter((i) => keepBits[i % keepBits.length]);
        const sols = allSolutions(withConstraints(model, keep));
        for (const a of assignments) expect(subsetConsistent(model, keep, a)).toBe(bruteConsistent(sols, a));
      }),
      { numRuns: 300 },
    );
  });
});
