import { describe, ID, notAnId } from '../json-values';
import { parseJson } from '../parse-json';
import type { Problem } from '../types';

/** The geodata folder's files: path relative to the project (`geodata/places/x.geojson`) → text. */
export type GeodataFiles = Record<string, string>;

export { ID } from '../json-values';

/** A file's name without its folder and extension: the id it must declare. */
export function stem(file: string): string {
	return file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

/** Collects the problems of one file, each at a JSON path. */
export class FileCheck {
	readonly problems: Problem[] = [];
	constructor(readonly file: string) {}
	report(path: string, message: string): void {
		this.problems.push({ file: this.file, path, message });
	}
	/** Reports unless `value` is a non-empty string; returns it when it is. */
	string(object: Record<string, unknown>, key: string, path = key): string | undefined {
		const value = object[key];
		if (typeof value === 'string' && value.trim() !== '') return value;
		this.report(path, value === undefined ? 'required' : `non-empty string expected, ${describe(value)} found`);
		return undefined;
	}
	/** Like `string`, but `null` is a valid answer ("unknown"). */
	stringOrNull(object: Record<string, unknown>, key: string): string | null | undefined {
		if (object[key] === null) return null;
		if (!(key in object)) {
			this.report(key, 'required (null when unknown)');
			return undefined;
		}
		return this.string(object, key);
	}
	stringArray(object: Record<string, unknown>, key: string): string[] | undefined {
		const value = object[key];
		if (!Array.isArray(value)) {
			this.report(key, value === undefined ? 'required' : `array of strings expected, ${describe(value)} found`);
			return undefined;
		}
		const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
		if (bad >= 0) {
			this.report(`${key}[${bad}]`, `non-empty string expected, ${describe(value[bad])} found`);
			return undefined;
		}
		return value as string[];
	}
	id(object: Record<string, unknown>, key: string, path = key): string | undefined {
		const value = this.string(object, key, path);
		if (value !== undefined && !ID.test(value)) {
			this.report(path, notAnId(value));
			return undefined;
		}
		return value;
	}
	json(text: string): unknown {
		const parsed = parseJson(text);
		if (parsed.ok) return parsed.value;
		this.report('', parsed.message);
		return undefined;
	}
}
