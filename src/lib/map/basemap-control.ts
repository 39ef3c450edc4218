// A MapLibre control (https://maplibre.org/maplibre-gl-js/docs/API/interfaces/IControl/): the basemap choice.
import type { IControl } from 'maplibre-gl';
import { basemapHosts, type Basemap } from './basemaps';
import { ui } from '../ui-text';

/**
 * One button that names the basemap shown and opens the choice: a labelled group of radio
 * buttons, one per basemap, each online one saying which host it loads from before it is chosen.
 * Folded, it takes one row of the map's corner (open, it covered the very place a small embed
 * frames). Escape or the button closes it; a change is announced. Built with text nodes only:
 * names and hosts come from a deployer's file.
 */
export class BasemapControl implements IControl {
	#container: HTMLDivElement | undefined;
	#button: HTMLButtonElement | undefined;
	#choices: HTMLFieldSetElement | undefined;
	#inputs = new Map<string, HTMLInputElement>();
	#status: HTMLElement | undefined;

	constructor(
		private readonly basemaps: readonly Basemap[],
		private chosen: string,
		private readonly onchoose: (id: string) => void
	) {}

	onAdd(): HTMLElement {
		const container = document.createElement('div');
		container.className = 'maplibregl-ctrl maplibregl-ctrl-group basemap-control';
		container.dataset.testid = 'basemap-control';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'basemap-toggle';
		button.setAttribute('aria-expanded', 'false');
		button.setAttribute('aria-controls', 'basemap-choices');
		button.addEventListener('click', () => this.#open(button.getAttribute('aria-expanded') !== 'true'));
		const choices = document.createElement('fieldset');
		choices.id = 'basemap-choices';
		choices.className = 'basemap-choices';
		choices.hidden = true;
		const legend = document.createElement('legend');
		legend.className = 'visually-hidden';
		legend.textContent = ui.basemapLegend;
		choices.append(legend);
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
			choices.append(label);
		}
		container.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || choices.hidden) return;
			this.#open(false);
			button.focus();
		});
		const status = document.createElement('p');
		status.className = 'visually-hidden';
		status.setAttribute('role', 'status');
		container.append(button, choices, status);
		this.#status = status;
		this.#button = button;
		this.#choices = choices;
		this.#container = container;
		this.#name();
		return container;
	}

	/** Opens or folds the choice. */
	#open(open: boolean) {
		if (!this.#button || !this.#choices) return;
		this.#button.setAttribute('aria-expanded', String(open));
		this.#choices.hidden = !open;
	}

	/** The button says which basemap is shown. */
	#name() {
		const basemap = this.basemaps.find((candidate) => candidate.id === this.chosen);
		if (this.#button && basemap) this.#button.textContent = ui.basemapShown(basemap.name);
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
		this.#name();
		const basemap = this.basemaps.find((candidate) => candidate.id === id);
		if (this.#status && basemap) this.#status.textContent = ui.basemapShown(basemap.name);
	}
}
