/** Small statistics: medians, percentiles (linear interpolation) and the spread of paired ratios. */
export function percentile(values, p) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const at = (sorted.length - 1) * p;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}
export const median = (values) => percentile(values, 0.5);

/** Median of app/floor ratios, pair by pair, with interquartile range and min–max. */
export function pairedRatio(app, floor) {
	const ratios = app.map((a, i) => a / floor[i]).filter((r) => Number.isFinite(r));
	return {
		pairs: ratios.length,
		median: median(ratios),
		p25: percentile(ratios, 0.25),
		p75: percentile(ratios, 0.75),
		min: Math.min(...ratios),
		max: Math.max(...ratios),
		appMedianMs: median(app),
		floorMedianMs: median(floor),
		ratios
	};
}
