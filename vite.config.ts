import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// `npm run build:test` (npm test, the benchmark) sets MAP_TEST_HOOK=1: the map's element then
	// carries the MapLibre instance for the browser tests; a production build has no such code.
	define: { __MAP_TEST_HOOK__: JSON.stringify(process.env.MAP_TEST_HOOK === '1') },
	test: {
		// The JSON report lets .ci/run print its closing `N passed, N failed` line.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
					fileParallelism: false
				}
			}
		]
	}
});
