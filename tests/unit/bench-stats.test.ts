import { describe, expect, it } from 'vitest';
import { medianInterval, pairedRatio } from '../../scripts/bench/stats.mjs';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval (the benchmark’s 95 % interval for a median)', () => {
	it('gives the order statistics of the binomial tables', () => {
		// Ranks of the distribution-free 95 % interval for a median, as sign-test tables list them.
		expect(medianInterval(ranks(8))).toMatchObject({ low: 1, high: 8 });
		expect(medianInterval(ranks(15))).toMatchObject({ low: 4, high: 12 });
		expect(medianInterval(ranks(25))).toMatchObject({ low: 8, high: 18 });
		expect(medianInterval(ranks(31))).toMatchObject({ low: 10, high: 22 });
		expect(medianInterval(ranks(100))).toMatchObject({ low: 40, high: 61 });
	});

	it('covers the median with at least the confidence asked for, and not much more', () => {
		for (const n of [6, 10, 15, 25, 31, 61, 200, 2000]) {
			const { coverage } = medianInterval(ranks(n));
			expect(coverage).toBeGreaterThanOrEqual(0.95);
			if (n >= 25) expect(coverage).toBeLessThan(0.975);
		}
	});

	it('sorts its input and leaves out values that are not numbers', () => {
		const shuffled = [9, 3, NaN, 12, 1, 15, 7, 5, 11, 2, 14, 4, 6, Infinity, 13, 10, 8];
		expect(medianInterval(shuffled)).toMatchObject({ low: 4, high: 12 });
	});

	it('has no interval for fewer than six values', () => {
		expect(medianInterval(ranks(5)).low).toBeNaN();
		expect(medianInterval([]).high).toBeNaN();
	});
});

describe('pairedRatio', () => {
	it('divides pair by pair, not median by median', () => {
		const r = pairedRatio([100, 300, 200], [100, 100, 400]);
		expect(r.ratios).toEqual([1, 3, 0.5]);
		expect(r.median).toBe(1);
		expect(r.appMedianMs).toBe(200);
	});
});
