import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from './minimize-lbfgs.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum (1, −2) of (x − 1)² + 10 (y + 2)²', () => {
    const r = minimizeLbfgs(
      (t, g) => {
        g[0] = 2 * (t[0] - 1);
        g[1] = 20 * (t[1] + 2);
        return (t[0] - 1) ** 2 + 10 * (t[1] + 2) ** 2;
      },
      2,
      { maxIter: 100, gtol: 1e-10, ftol: 0 },
    );
    expect(r.converged).toBe(true);
    expect(r.theta[0]).toBeCloseTo(1, 10);
    expect(r.theta[1]).toBeCloseTo(-2, 10);
  });

  it('finds the minimum (1, 1) of the Rosenbrock function from (−1.2, 1) (Nocedal & Wright, ex. 2.1)', () => {
    const r = minimizeLbfgs(
      (t, g) => {
        const [x, y] = t;
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
      },
      2,
      { maxIter: 500, gtol: 1e-9, ftol: 0, start: Float64Array.of(-1.2, 1) },
    );
    expect(r.theta[0]).toBeCloseTo(1, 6);
    expect(r.theta[1]).toBeCloseTo(1, 6);
  });

  it('returns at once, converged, when the start already meets the gradient tolerance', () => {
    const r = minimizeLbfgs((t, g) => {
      g[0] = 2 * t[0];
      return t[0] * t[0];
    }, 1, { maxIter: 10, gtol: 1e-8, ftol: 0 });
    expect(r).toMatchObject({ iterations: 0, converged: true, f: 0 });
  });

  it('stops unconverged after maxIter', () => {
    const r = minimizeLbfgs(
      (t, g) => {
        const [x, y] = t;
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
      },
      2,
      { maxIter: 3, gtol: 1e-12, ftol: 0, start: Float64Array.of(-1.2, 1) },
    );
    expect(r).toMatchObject({ iterations: 3, converged: false });
  });

  it('does not change the start array it is given', () => {
    const start = Float64Array.of(5);
    minimizeLbfgs((t, g) => {
      g[0] = 2 * t[0];
      return t[0] * t[0];
    }, 1, { maxIter: 10, gtol: 1e-8, ftol: 0, start });
    expect(start[0]).toBe(5);
  });
});
