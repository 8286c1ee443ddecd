import { describe, expect, it } from 'vitest';
import {
  compareArms,
  confidenceHalfWidth,
  defaultSequentialSettings,
  enrollmentsToDetect,
  estimateArm,
  minimumDetectableEffect,
  mixtureLikelihoodRatio,
} from './sequential';

/**
 * Independent reference: the mixture likelihood ratio by numerical integration of its
 * definition, Λ = ∫ [φ_V(θ̂ − θ) / φ_V(θ̂)] · φ_τ²(θ) dθ (Johari et al. 2017, eq. (8) with a
 * normal mixture H = N(0, τ²)), by the trapezoid rule over ±12τ. Shares no code with the
 * closed form under test.
 */
function integratedLikelihoodRatio(estimate: number, variance: number, tauSquared: number) {
  const tau = Math.sqrt(tauSquared);
  const steps = 200_000;
  const from = -12 * tau;
  const width = (24 * tau) / steps;
  const density = (x: number, v: number) =>
    Math.exp((-x * x) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const theta = from + i * width;
    const weight = i === 0 || i === steps ? 0.5 : 1;
    sum +=
      weight *
      (density(estimate - theta, variance) / density(estimate, variance)) *
      density(theta, tauSquared);
  }
  return sum * width;
}

describe('mixtureLikelihoodRatio', () => {
  it('matches the hand-computed value: θ̂ = 0.05, V = 0.0004, τ² = 0.0025', () => {
    // By hand: V + τ² = 0.0029; sqrt(0.0004 / 0.0029) = 0.371391;
    // exponent τ²θ̂² / (2V(V+τ²)) = 0.00000625 / 0.00000232 = 2.693966; e^2.693966 = 14.79010;
    // Λ = 0.371391 × 14.79010 = 5.49295.
    expect(mixtureLikelihoodRatio(0.05, 0.0004, 0.0025)).toBeCloseTo(5.49295, 4);
  });

  it.each([
    [0, 0.0004, 0.0025],
    [0.02, 0.0001, 0.0004],
    [-0.03, 0.00032, 0.0025],
    [0.1, 0.001, 0.01],
  ])('agrees with numerical integration of its definition (θ̂=%s, V=%s, τ²=%s)', (e, v, t) => {
    const closed = mixtureLikelihoodRatio(e, v, t);
    expect(closed / integratedLikelihoodRatio(e, v, t)).toBeCloseTo(1, 6);
  });
});

describe('confidenceHalfWidth', () => {
  it('matches the hand-computed value: V = 0.0004, τ² = 0.0025, α = 0.05', () => {
    // By hand: V(V+τ²)/τ² = 0.0004 × 0.0029 / 0.0025 = 0.000464;
    // ln(0.0029/0.0004) = ln 7.25 = 1.981001; −2 ln 0.05 = 5.991465; sum 7.972466;
    // sqrt(0.000464 × 7.972466) = sqrt(0.003699224) = 0.0608212.
    expect(confidenceHalfWidth(0.0004, 0.0025, 0.05)).toBeCloseTo(0.0608212, 6);
  });

  it('is the boundary where the mSPRT rejects: Λ(half-width) = 1/α', () => {
    const half = confidenceHalfWidth(0.00032, 0.0025, 0.05);
    expect(mixtureLikelihoodRatio(half, 0.00032, 0.0025)).toBeCloseTo(20, 8);
  });
});

describe('compareArms', () => {
  it('gives the lift, its interval and p = 1/Λ for 200/1000 vs 260/1000', () => {
    // V = 0.2·0.8/1000 + 0.26·0.74/1000 = 0.00016 + 0.0001924 = 0.0003524; θ̂ = 0.06.
    // Λ = sqrt(0.0003524/0.0028524) · exp(0.0025·0.0036 / (2·0.0003524·0.0028524))
    //   = 0.351490 · exp(0.000009 / 0.00000201037) = 0.351490 · exp(4.476784)
    //   = 0.351490 · 87.9514 = 30.9140; p = 1/Λ = 0.032348.
    const c = compareArms(
      { arm: 'a', n: 1000, successes: 200 },
      { arm: 'b', n: 1000, successes: 260 },
    );
    expect(c.lift).toBeCloseTo(0.06, 10);
    expect(c.pValue).toBeCloseTo(0.032348, 5);
    expect(c.liftInterval?.low).toBeGreaterThan(0);
    expect(c.relativeLift).toBeCloseTo(0.3, 10);
    expect(c.relativeLiftInterval?.low).toBeLessThan(0.3);
    expect(c.relativeLiftInterval?.high).toBeGreaterThan(0.3);
  });

  it('keeps the p-value from earlier looks when it was lower (it never rises)', () => {
    const c = compareArms(
      { arm: 'a', n: 1000, successes: 200 },
      { arm: 'b', n: 1000, successes: 200 },
      defaultSequentialSettings,
      0.2,
    );
    expect(c.pValue).toBe(0.2);
  });

  it('computes nothing below the minimum per arm', () => {
    const c = compareArms({ arm: 'a', n: 10, successes: 2 }, { arm: 'b', n: 10, successes: 8 });
    expect(c.liftInterval).toBeNull();
    expect(c.pValue).toBe(1);
  });
});

describe('estimateArm', () => {
  it('gives the rate and a [0,1]-clipped always-valid interval', () => {
    const a = estimateArm({ arm: 'a', n: 400, successes: 80 });
    expect(a.rate).toBe(0.2);
    // V = 0.16/400 = 0.0004: the half-width is the hand-computed 0.0608212 above.
    expect(a.interval?.low).toBeCloseTo(0.2 - 0.0608212, 6);
    expect(a.interval?.high).toBeCloseTo(0.2 + 0.0608212, 6);
  });
});

describe('minimum detectable effect and enrollments to detect', () => {
  it('MDE at p = 0.2, 1000 per arm is the half-width at V = 2·0.16/1000', () => {
    // By hand: V = 0.00032, V+τ² = 0.00282; V(V+τ²)/τ² = 0.00036096;
    // ln(0.00282/0.00032) = 2.176171; + 5.991465 = 8.167636; sqrt(0.00036096·8.167636) = 0.0542972.
    expect(minimumDetectableEffect(0.2, 1000, 1000)).toBeCloseTo(0.0542972, 6);
  });

  it('finds the smallest total that detects the effect', () => {
    const total = enrollmentsToDetect(0.2, 0.05, 0.5);
    expect(total).not.toBeNull();
    const n = total ?? 0;
    expect(minimumDetectableEffect(0.2, n / 2, n / 2) ?? 1).toBeLessThanOrEqual(0.05);
    expect(minimumDetectableEffect(0.2, (n - 1) / 2, (n - 1) / 2) ?? 0).toBeGreaterThan(0.05);
  });
});

/** mulberry32: a small seeded generator, so the simulation is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('always-valid under repeated looks (A/A simulation)', () => {
  it('2,000 A/A experiments, 30 looks each, α = 0.05: false positives ≤ α + 0.015', () => {
    // The tolerance is three binomial standard errors of a rate of 0.05 over 2,000 runs
    // (sqrt(0.05·0.95/2000) = 0.0049). A fixed-horizon z-test looked at 30 times would reach
    // about 0.2 here; the test below also checks that such peeking would have been caught.
    const random = seeded(20261206);
    const experiments = 2000;
    const looks = 30;
    const perLookPerArm = 100;
    const rate = 0.2;
    let sequentialFalse = 0;
    let naiveFalse = 0;
    for (let e = 0; e < experiments; e++) {
      const a = { arm: 'a', n: 0, successes: 0 };
      const b = { arm: 'b', n: 0, successes: 0 };
      let pValue = 1;
      let rejected = false;
      let naiveRejected = false;
      for (let look = 0; look < looks; look++) {
        for (let i = 0; i < perLookPerArm; i++) {
          if (random() < rate) a.successes++;
          if (random() < rate) b.successes++;
        }
        a.n += perLookPerArm;
        b.n += perLookPerArm;
        const c = compareArms(a, b, defaultSequentialSettings, pValue);
        pValue = c.pValue;
        if (pValue <= 0.05) rejected = true;
        // Naive: a two-sided z-test at 1.96 at every look.
        const pa = a.successes / a.n;
        const pb = b.successes / b.n;
        const z = (pb - pa) / Math.sqrt((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n);
        if (Math.abs(z) > 1.959964) naiveRejected = true;
      }
      if (rejected) sequentialFalse++;
      if (naiveRejected) naiveFalse++;
    }
    expect(sequentialFalse / experiments).toBeLessThanOrEqual(0.05 + 0.015);
    // The simulation is strong enough to show the problem it guards against.
    expect(naiveFalse / experiments).toBeGreaterThan(0.1);
  });
});
