/**
 * Lighthouse 12 (desktop preset) against the served pages, one fresh headless Chromium per run
 * (chrome-launcher, with the same flags as the tests plus `--headless=new`).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

/** @returns {Promise<{ performance: number, accessibility: number, bestPractices: number, lcpMs: number, tbtMs: number, failed: string[] }>} */
export async function runLighthouse(url, { chromePath, flags }) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...flags, '--headless=new'], logLevel: 'silent' });
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
			desktopConfig
		);
		const { categories, audits } = result.lhr;
		const failed = Object.values(categories)
			.flatMap((category) => category.auditRefs)
			.filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1)
			.map((ref) => `${ref.id}=${audits[ref.id].score}`);
		return {
			performance: categories.performance.score,
			accessibility: categories.accessibility.score,
			bestPractices: categories['best-practices'].score,
			lcpMs: audits['largest-contentful-paint']?.numericValue,
			tbtMs: audits['total-blocking-time']?.numericValue,
			failed: [...new Set(failed)]
		};
	} finally {
		await chrome.kill();
	}
}
