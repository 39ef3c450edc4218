// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Whether the map's element carries the MapLibre instance as `__map`, for tests and the benchmark: `MAP_TEST_HOOK=1` at build time (vite.config.ts). */
	const __MAP_TEST_HOOK__: boolean;
}

export {};
