/** Small statistics: medians, percentiles (linear interpolation) and the spread of paired ratios. */

/**
 * The finite values, ascending (NaN and ±Infinity are runs that failed to measure).
 * @param {number[]} values
 */
const finiteSorted = (values) => values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);

/**
 * @param {number[]} values
 * @param {number} p - between 0 and 1
 */
export function percentile(values, p) {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return NaN;
	const at = (sorted.length - 1) * p;
	const low = /** @type {number} */ (sorted[Math.floor(at)]);
	const high = /** @type {number} */ (sorted[Math.ceil(at)]);
	return low + (high - low) * (at - Math.floor(at));
}
/** @param {number[]} values */
export const median = (values) => percentile(values, 0.5);

/**
 * Median of app/floor ratios, pair by pair, with its 95 % interval, interquartile range and min–max.
 * @param {number[]} app
 * @param {number[]} floor - the same length: `floor[i]` was measured beside `app[i]`
 */
export function pairedRatio(app, floor) {
	const ratios = app.map((a, i) => a / (floor[i] ?? NaN)).filter((r) => Number.isFinite(r));
	const interval = medianInterval(ratios);
	return {
		pairs: ratios.length,
		median: median(ratios),
		ci95: [interval.low, interval.high],
		p25: percentile(ratios, 0.25),
		p75: percentile(ratios, 0.75),
		min: Math.min(...ratios),
		max: Math.max(...ratios),
		appMedianMs: median(app),
		floorMedianMs: median(floor),
		ratios
	};
}

/**
 * A distribution-free confidence interval for the median of `values`: the k-th smallest and k-th
 * largest value, with k the largest rank such that fewer than k values fall below the true median
 * with probability at most (1 − confidence) / 2 (the count below it is Binomial(n, ½)). It says how
 * far a median of n noisy pairs can be trusted against a budget. Fewer than 6 values cannot reach
 * 95 %: the interval is then NaN.
 * @param {number[]} values
 * @returns {{ low: number, high: number, rank: number, coverage: number }} rank k is 1-based
 */
export function medianInterval(values, confidence = 0.95) {
	const sorted = finiteSorted(values);
	const n = sorted.length;
	// P(X ≤ j) for X ~ Binomial(n, ½), term by term in log space (no underflow for large n).
	let logTerm = -n * Math.LN2;
	let atMost = 0;
	let rank = 0;
	let outside = 0;
	for (let j = 0; j < n; j++) {
		atMost += Math.exp(logTerm);
		if (atMost > (1 - confidence) / 2) break;
		rank = j + 1;
		outside = atMost;
		logTerm += Math.log((n - j) / (j + 1));
	}
	if (rank === 0) return { low: NaN, high: NaN, rank: 0, coverage: NaN };
	return { low: /** @type {number} */ (sorted[rank - 1]), high: /** @type {number} */ (sorted[n - rank]), rank, coverage: 1 - 2 * outside };
}
