// A MapLibre control (https://maplibre.org/maplibre-gl-js/docs/API/interfaces/IControl/): the basemap choice.
import type { IControl } from 'maplibre-gl';
import { basemapHosts, type Basemap } from './basemaps';
import { ui } from '../ui-text';

/**
 * A labelled group of radio buttons, one per basemap. Each online one says which host it loads
 * from before it is chosen; a change is announced. Built with text nodes only: names and hosts
 * come from a deployer's file.
 */
export class BasemapControl implements IControl {
	#container: HTMLFieldSetElement | undefined;
	#inputs = new Map<string, HTMLInputElement>();
	#status: HTMLElement | undefined;

	constructor(
		private readonly basemaps: readonly Basemap[],
		private chosen: string,
		private readonly onchoose: (id: string) => void
	) {}

	onAdd(): HTMLElement {
		const container = document.createElement('fieldset');
		container.className = 'maplibregl-ctrl maplibregl-ctrl-group basemap-control';
		container.dataset.testid = 'basemap-control';
		const legend = document.createElement('legend');
		legend.className = 'visually-hidden';
		legend.textContent = ui.basemapLegend;
		container.append(legend);
		for (const basemap of this.basemaps) {
			const label = document.createElement('label');
			const input = document.createElement('input');
			input.type = 'radio';
			input.name = 'basemap';
			input.value = basemap.id;
			input.checked = basemap.id === this.chosen;
			input.addEventListener('change', () => input.checked && this.onchoose(basemap.id));
			const name = document.createElement('span');
			name.textContent = basemap.name;
			const where = document.createElement('small');
			const hosts = basemapHosts(basemap);
			where.textContent = hosts.length > 0 ? ui.basemapFrom(hosts) : ui.basemapOffline;
			label.append(input, name, where);
			this.#inputs.set(basemap.id, input);
			container.append(label);
		}
		const status = document.createElement('p');
		status.className = 'visually-hidden';
		status.setAttribute('role', 'status');
		container.append(status);
		this.#status = status;
		this.#container = container;
		return container;
	}

	onRemove(): void {
		this.#container?.remove();
		this.#container = undefined;
	}

	/** Marks the basemap the map shows, and says so when it changed. */
	show(id: string): void {
		if (id === this.chosen) return;
		this.chosen = id;
		for (const [key, input] of this.#inputs) input.checked = key === id;
		const basemap = this.basemaps.find((candidate) => candidate.id === id);
		if (this.#status && basemap) this.#status.textContent = ui.basemapShown(basemap.name);
	}
}
