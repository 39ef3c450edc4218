import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';

// Each test works on its own copy of the valid fixture, with a gazetteer of six GeoNames rows
// (tests/fixtures/articles/gazetteer.tsv) and a few Natural Earth entries and language-tagged
// names (tests/fixtures/articles/geoparse/), so that a run does not read the 32 MB dump.
const project = process.cwd();
const ARTICLE = join(project, 'tests/fixtures/articles/convoy.txt');
const GAZETTEER = join(project, 'tests/fixtures/articles/gazetteer.tsv');
const GEOPARSE_GAZETTEER = join(project, 'tests/fixtures/articles/geoparse');
const TIMEOUT = { timeout: 30_000 };

function copyOfValid(): string {
	const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
	cpSync(join(project, 'tests/fixtures/valid/geodata'), join(dir, 'geodata'), { recursive: true });
	return dir;
}

function dossier(dir: string, ...args: string[]) {
	const run = spawnSync(join(project, 'node_modules/.bin/tsx'), [join(project, 'scripts/dossier.ts'), ...args], {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, DOSSIER_DIR: dir, GAZETTEER_FILE: GAZETTEER, GEOPARSE_GAZETTEER_DIR: GEOPARSE_GAZETTEER }
	});
	expect(run.stderr).not.toMatch(/^\s+at /m);
	return { status: run.status, out: run.stdout.trimEnd().split('\n'), err: run.stderr.trimEnd().split('\n') };
}

/** Every file of a dossier, or none when the folder has no geodata/. */
const filesIn = (dir: string) => (existsSync(join(dir, 'geodata')) ? readGeodataFiles(dir) : {});

/** Runs a command that must refuse, and checks that it changed no file. */
function refused(dir: string, ...args: string[]): string[] {
	const before = filesIn(dir);
	const run = dossier(dir, ...args);
	expect(run.status).toBe(2);
	expect(run.out).toEqual(['']);
	expect(run.err.at(-1)).toBe('nothing written');
	expect(filesIn(dir)).toEqual(before);
	return run.err.slice(0, -1);
}

const withSource = () => {
	const dir = copyOfValid();
	expect(dossier(dir, 'add-source', ARTICLE, '--id', 'convoy', '--title', 'Convoy reaches Hammelburg', '--date', '2025-03', '--captions', '4').status).toBe(0);
	return dir;
};

describe('npm run dossier -- help', () => {
	test('lists the commands and exits 0', TIMEOUT, () => {
		const run = dossier(copyOfValid(), 'help');
		expect(run.status).toBe(0);
		for (const command of ['add-source', 'suggest', 'add-place', 'link']) expect(run.out.some((line) => line.startsWith(`  ${command} `))).toBe(true);
	});

	test('an unknown command or option is refused without a stack trace', TIMEOUT, () => {
		const dir = copyOfValid();
		expect(refused(dir, 'publish')).toEqual(['dossier: unknown command "publish": npm run dossier -- help lists them']);
		const run = dossier(dir, 'link', '--colour', 'red');
		expect(run.status).toBe(2);
		expect(run.err[0]).toMatch(/^dossier: Unknown option '--colour'.*; npm run dossier -- help lists the options$/);
	});
});

describe('add-source', () => {
	test('copies the text without its byte-order mark and with LF line ends, says so, and writes the metadata', TIMEOUT, () => {
		const dir = copyOfValid();
		const run = dossier(dir, 'add-source', ARTICLE, '--id', 'convoy', '--title', 'Convoy reaches Hammelburg', '--date', '2025-03', '--captions', '4');
		expect(run.status).toBe(0);
		expect(run.out).toEqual([
			`${ARTICLE}: removed the byte-order mark`,
			`${ARTICLE}: turned 4 CR LF line ends into LF`,
			'geodata/sources/convoy.txt: written, 4 lines, 1 caption',
			'geodata/sources/convoy.json: written',
			'next: npm run dossier -- suggest convoy',
			'geodata: ok — 2 source(s), 2 places, 3 excerpts, 3 layers'
		]);
		const text = readFileSync(join(dir, 'geodata/sources/convoy.txt'), 'utf8');
		expect(text).toBe(readFileSync(ARTICLE, 'utf8').slice(1).replaceAll('\r\n', '\n'));
		expect(JSON.parse(readFileSync(join(dir, 'geodata/sources/convoy.json'), 'utf8'))).toEqual({
			id: 'convoy',
			title: 'Convoy reaches Hammelburg',
			publisher: null,
			date: '2025-03',
			language: 'en',
			url: null,
			captionLines: [4]
		});
	});

	test('refuses a text that is not UTF-8, naming the byte', TIMEOUT, () => {
		const dir = copyOfValid();
		const file = join(dir, 'latin1.txt');
		writeFileSync(file, Buffer.from('Caf\xe9 by the Old Fort\n', 'latin1'));
		expect(refused(dir, 'add-source', file, '--id', 'cafe', '--title', 'Café', '--date', '2025-03-01')).toEqual([
			`${file}: is not UTF-8: byte 3 (0xe9) starts no valid character; save the text as UTF-8 and try again`
		]);
	});

	test('refuses an id already used by a different text', TIMEOUT, () => {
		expect(refused(copyOfValid(), 'add-source', ARTICLE, '--id', 'report', '--title', 'Convoy', '--date', '2025-03')).toEqual([
			'geodata/sources/report.txt: the id "report" is already used by a different text: choose another --id (offsets of its excerpts would no longer hold)'
		]);
	});

	test('refuses metadata the validator would refuse, naming the option', TIMEOUT, () => {
		const dir = copyOfValid();
		expect(refused(dir, 'add-source', ARTICLE, '--id', 'convoy', '--title', 'Convoy', '--date', '2025-02-30')).toEqual([
			'geodata/sources/convoy.json: date: "2025-02-30" is not a calendar date: 2025-02 has 28 days (give it as --date)'
		]);
		expect(refused(dir, 'add-source', ARTICLE, '--id', 'convoy', '--title', 'Convoy', '--date', '2025-03', '--captions', '9')).toEqual([
			`add-source: --captions: "9" is not a line number from 1 to 4; number the lines with: awk '{print NR": "$0}' ${ARTICLE}`
		]);
		expect(refused(dir, 'add-source', ARTICLE, '--id', 'Convoy Report', '--title', 'Convoy', '--date', '2025-03')).toEqual([
			'add-source: --id "Convoy Report" is not an id: use lower-case letters, digits and single hyphens, e.g. --id convoy-report'
		]);
	});
});

describe('suggest', () => {
	test('lists the names of dossier places that no mention links, and the gazetteer places the dossier lacks', TIMEOUT, () => {
		const run = dossier(withSource(), 'suggest', 'convoy');
		expect(run.status).toBe(0);
		expect(run.out).toEqual([
			'geodata/sources/convoy.txt:3: "Harbour Gate" (177…189) names harbour-gate, unlinked: npm run dossier -- link convoy "Harbour Gate" harbour-gate',
			'geodata/sources/convoy.txt:3: "Old Fort" (201…209) names old-fort, unlinked: npm run dossier -- link convoy "Old Fort" old-fort',
			// The geoparser's places, each by its exact GeoNames id; "Convoy" (a village in Ireland
			// and one in Ohio) is a word of the sentence here, not a place.
			expect.stringMatching(/^geodata\/sources\/convoy\.txt:1: "Hammelburg" \(15…25\): Hammelburg, populated place, DE, 50\.11633, 9\.89143 \(geonames:2911214\), confidence 0\.\d\d, not in the dossier; to add it: npm run dossier -- add-place hammelburg --name Hammelburg --geonames 2911214 --dir \S+$/),
			expect.stringMatching(/^geodata\/sources\/convoy\.txt:2: "Fulda" \(64…69\): Fulda, populated place, DE, 50\.55162, 9\.67518 \(geonames:2923822\), confidence 0\.\d\d, not in the dossier; to add it: npm run dossier -- add-place fulda --name Fulda --geonames 2923822 --dir \S+$/),
			'geodata: ok — 2 source(s), 2 places, 3 excerpts, 3 layers'
		]);
	});

	test('--write links them, adding to an author\'s excerpt and never changing its mentions', TIMEOUT, () => {
		const dir = withSource();
		expect(dossier(dir, 'link', 'convoy', 'drivers', 'harbour-gate').status).toBe(0);
		const run = dossier(dir, 'suggest', 'convoy', '--write');
		expect(run.status).toBe(0);
		expect(run.out.slice(0, 4)).toEqual([
			'geodata/sources/convoy.txt:3: mention "Harbour Gate" (177…189) names harbour-gate',
			'geodata/sources/convoy.txt:3: excerpt "line-3" now links old-fort',
			'geodata/sources/convoy.txt:3: mention "Old Fort" (201…209) names old-fort',
			expect.stringMatching(/"Hammelburg" \(15…25\): Hammelburg, populated place, DE/)
		]);
		const [line3] = JSON.parse(readFileSync(join(dir, 'geodata/excerpts/convoy.json'), 'utf8'));
		expect(line3.places).toEqual(['harbour-gate', 'old-fort']);
		expect(line3.mentions.map((mention: { text: string; places: string[] }) => [mention.text, mention.places])).toEqual([
			['drivers', ['harbour-gate']],
			['Harbour Gate', ['harbour-gate']],
			['Old Fort', ['old-fort']]
		]);
	});

	test('refuses a source that is not there', TIMEOUT, () => {
		expect(refused(copyOfValid(), 'suggest', 'convoy')).toEqual([
			'geodata/sources/convoy.txt: no such source; add it with npm run dossier -- add-source <file> --id convoy --title "…" --date YYYY-MM-DD (sources: report)'
		]);
	});
});

describe('add-place', () => {
	test('an ambiguous name lists the candidates and writes nothing', TIMEOUT, () => {
		expect(refused(copyOfValid(), 'add-place', 'fulda', '--name', 'Fulda', '--geonames', 'Fulda')).toEqual([
			'add-place: --geonames "Fulda" names 2 populated places; add --country <CC>, or give the GeoNames id as --geonames <id>:',
			'  Fulda, DE, population 63760, at 50.55162,9.67518 (GeoNames 2923822)',
			'  Fulda, US, population 1243, at 43.87052,-95.60029 (GeoNames 5027555)'
		]);
	});

	test('writes the place and its layer from the gazetteer, and says the next step while it has no excerpt', TIMEOUT, () => {
		const dir = copyOfValid();
		const run = dossier(dir, 'add-place', 'fulda', '--name', 'Fulda', '--geonames', 'Fulda', '--country', 'DE');
		expect(run.status).toBe(1);
		expect(run.out).toEqual([
			'geodata/places/fulda.geojson: written: Fulda at 50.55162, 9.67518 (GeoNames 2923822), a town, footprint a circle of 1500 m',
			`geodata/places/fulda.geojson: names.de = "Fulda", from GeoNames' names tagged with their language (GeoNames 2923822)`,
			'geodata/layers.json: layer "fulda" added, colour #D55E00',
			'next: link the place to the words that name it: npm run dossier -- suggest <source-id> --write, or npm run dossier -- link <source-id> "<exact words>" fulda'
		]);
		expect(run.err).toEqual([
			'geodata/places/fulda.geojson: properties.id: place "fulda" has no excerpt: quote the source lines that speak of it',
			'geodata: 1 problem found: the dossier is not valid yet'
		]);
		const place = JSON.parse(readFileSync(join(dir, 'geodata/places/fulda.geojson'), 'utf8'));
		// Its Russian name is tagged too, but Russian is not a language of Germany.
		expect(place.properties).toEqual({ id: 'fulda', name: 'Fulda', names: { de: 'Fulda' }, aliases: [], kind: 'town', country: 'DE', description: 'A populated place (GeoNames feature PPLA3).', gazetteer: 'geonames:2923822' });
		expect(place.features[0].properties).toMatchObject({ role: 'footprint', approximate: true, precision_m: 1500 });
		expect(place.features[1].properties.origin).toMatch(/^GeoNames 2923822 \(cities500\)/);
		const layers = JSON.parse(readFileSync(join(dir, 'geodata/layers.json'), 'utf8')).layers;
		expect(layers.map((layer: { id: string }) => layer.id)).toEqual(['fort', 'gate', 'fulda', 'flight']);
	});

	test('a place given by hand says so', TIMEOUT, () => {
		const dir = copyOfValid();
		const run = dossier(dir, 'add-place', 'ferry-pier', '--name', 'Ferry pier', '--at', '50.005,10.04', '--country', 'de', '--native', 'de=Fähranleger', '--radius', '80');
		expect(run.status).toBe(1);
		const place = JSON.parse(readFileSync(join(dir, 'geodata/places/ferry-pier.geojson'), 'utf8'));
		expect(place.properties.names).toEqual({ de: 'Fähranleger' });
		expect(place.features[0].properties.precision_m).toBe(80);
		expect(place.features[1]).toMatchObject({ properties: { origin: 'given by hand: --at 50.005,10.04' }, geometry: { coordinates: [10.04, 50.005] } });
	});

	test('refuses an existing or malformed id, coordinates out of range, and a place without a native name', TIMEOUT, () => {
		const dir = copyOfValid();
		expect(refused(dir, 'add-place', 'old-fort', '--name', 'Old Fort', '--at', '50,10', '--country', 'DE')).toEqual([
			'geodata/places/old-fort.geojson: the place "old-fort" exists already: choose another id, or edit that file'
		]);
		expect(refused(dir, 'add-place', 'Old_Fort', '--name', 'Old Fort', '--at', '50,10', '--country', 'DE')).toEqual([
			'add-place: "Old_Fort" is not a place id: use lower-case letters, digits and single hyphens (it becomes the URL /place/<id> and never changes)'
		]);
		expect(refused(dir, 'add-place', 'pier', '--name', 'Pier', '--at', '95,10', '--country', 'DE', '--native', 'de=Pier')).toEqual([
			'add-place: --at 95,10: latitude 95 is outside −90…90 (latitude comes first)'
		]);
		expect(refused(dir, 'add-place', 'pier', '--name', 'Pier', '--at', '50,190', '--country', 'DE', '--native', 'de=Pier')).toEqual([
			'add-place: --at 50,190: longitude 190 is outside −180…180'
		]);
		expect(refused(dir, 'add-place', 'pier', '--name', 'Pier', '--at', '50,10', '--country', 'DE')).toEqual([
			'add-place: no native name of "Pier" is known for a place given by hand in DE: give it as --native de=<name> (or --native none when it has none)'
		]);
		// GeoNames tags only an English name of Hammelburg: none in German, so none is guessed.
		expect(refused(dir, 'add-place', 'hammelburg', '--name', 'Hammelburg', '--geonames', 'Hammelburg')).toEqual([
			`add-place: no native name of "Hammelburg" is tagged in de (German) in GeoNames' names tagged with their language (GeoNames 2911214): give it as --native de=<name> (or --native none when it has none)`
		]);
		expect(refused(dir, 'add-place', 'atlantis', '--name', 'Atlantis', '--geonames', 'Atlantis')).toEqual([
			'add-place: --geonames "Atlantis": no populated place of that name in GeoNames (cities500): check the spelling, or give --at <lat>,<lon>'
		]);
	});
});

describe('link', () => {
	test('records the words as a mention and makes their line an excerpt of the place', TIMEOUT, () => {
		const dir = withSource();
		const run = dossier(dir, 'link', 'convoy', 'the Old Fort', 'old-fort');
		expect(run.status).toBe(0);
		expect(run.out).toEqual([
			'geodata/sources/convoy.txt:3: new excerpt "line-3", the whole line (paragraph)',
			'geodata/sources/convoy.txt:3: excerpt "line-3" now links old-fort',
			'geodata/sources/convoy.txt:3: mention "the Old Fort" (197…209) names old-fort',
			'geodata: ok — 2 source(s), 2 places, 4 excerpts, 3 layers'
		]);
		const text = readFileSync(join(dir, 'geodata/sources/convoy.txt'), 'utf8');
		const [excerpt] = JSON.parse(readFileSync(join(dir, 'geodata/excerpts/convoy.json'), 'utf8'));
		expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
		expect(text.slice(excerpt.mentions[0].start, excerpt.mentions[0].end)).toBe('the Old Fort');
	});

	test('refuses words that are not in the text, showing the closest line', TIMEOUT, () => {
		expect(refused(withSource(), 'link', 'convoy', 'the Old Fortress', 'old-fort')).toEqual([
			'geodata/sources/convoy.txt: "the Old Fortress" is not in the text; the closest line is 3: "Some of the drivers had waited two days at the Harbour Gate, below the Old Fort." — copy the words from there exactly'
		]);
	});

	test('refuses words found more than once without --nth, listing each', TIMEOUT, () => {
		const dir = withSource();
		expect(refused(dir, 'link', 'convoy', 'Hammelburg', 'old-fort')).toEqual([
			'geodata/sources/convoy.txt: "Hammelburg" occurs 3 times; choose one with --nth <n>:',
			'  --nth 1: line 1, at 15…25: Convoy reaches Hammelburg after a night on the road',
			'  --nth 2: line 2, at 94…104: …Fulda before dawn and reached Hammelburg by noon, the mayor said.',
			"  --nth 3: line 4, at 211…221: Hammelburg's market square, where the co…"
		]);
		expect(refused(dir, 'link', 'convoy', 'Hammelburg', 'old-fort', '--nth', '4')).toEqual([
			'geodata/sources/convoy.txt: --nth 4: "Hammelburg" occurs 3 times; give a number from 1 to 3'
		]);
	});

	test('refuses unknown places, listing the known ones', TIMEOUT, () => {
		expect(refused(withSource(), 'link', 'convoy', 'Fulda', 'fulda,old-fort')).toEqual([
			'geodata/places/fulda.geojson: unknown place "fulda": add it first with npm run dossier -- add-place, or use one of: harbour-gate, old-fort'
		]);
	});
});

describe('init, and every command on an empty, partial or missing dossier', () => {
	const folders = {
		/** A folder with nothing in it. */
		empty: () => mkdtempSync(join(tmpdir(), 'dossier-empty-')),
		/** An article added and nothing else: no layers.json, no places. */
		'only a source': () => {
			const dir = mkdtempSync(join(tmpdir(), 'dossier-source-'));
			mkdirSync(join(dir, 'geodata/sources'), { recursive: true });
			writeFileSync(join(dir, 'geodata/sources/convoy.txt'), 'Trucks left Fulda before dawn.\n');
			writeFileSync(join(dir, 'geodata/sources/convoy.json'), JSON.stringify({ id: 'convoy', title: 'Convoy', publisher: null, date: '2025-03', language: 'en', url: null, captionLines: [] }));
			return dir;
		},
		/** The valid fixture with its layers.json lost, and the article added. */
		'no layers.json': () => {
			const dir = copyOfValid();
			rmSync(join(dir, 'geodata/layers.json'));
			writeFileSync(join(dir, 'geodata/sources/convoy.txt'), 'Trucks left Fulda before dawn.\n');
			writeFileSync(join(dir, 'geodata/sources/convoy.json'), JSON.stringify({ id: 'convoy', title: 'Convoy', publisher: null, date: '2025-03', language: 'en', url: null, captionLines: [] }));
			return dir;
		}
	};
	const commands: string[][] = [
		['init'],
		['add-source', ARTICLE, '--id', 'article', '--title', 'Convoy', '--date', '2025-03'],
		['suggest', 'convoy'],
		['add-place', 'pier', '--name', 'Pier', '--at', '50.1,9.9', '--country', 'DE', '--native', 'de=Anleger'],
		['link', 'convoy', 'Fulda', 'pier'],
		['geoparse', ARTICLE],
		['draft', ARTICLE, '--id', 'article', '--title', 'Convoy', '--date', '2025-03']
	];

	for (const [state, make] of Object.entries(folders)) {
		test(`${state}: each command works or refuses in words, never with an internal error`, { timeout: 120_000 }, () => {
			for (const command of commands) {
				const dir = make();
				const before = filesIn(dir);
				const run = dossier(dir, ...command);
				const said = [...run.out, ...run.err].join('\n');
				expect(said, command[0]).not.toMatch(/internal error|Cannot read|undefined/);
				expect([0, 1, 2], `${command[0]}: ${said}`).toContain(run.status);
				if (run.status === 2) {
					expect(run.err.at(-1), command[0]).toBe('nothing written');
					expect(filesIn(dir), command[0]).toEqual(before);
				}
				// What each must do: geoparse needs no dossier; init only where there is none; the
				// others work on any dossier, even a partial one, and ask for init where there is none.
				const [name] = command as [string];
				if (name === 'geoparse') expect(run.status, said).toBe(0);
				else if (name === 'init') expect(run.status, said).toBe(state === 'empty' ? 0 : 2);
				else if (state === 'empty') expect(run.err[0], said).toMatch(/geodata: no dossier here: make one with npm run dossier -- init --dir /);
				else if (name !== 'link') expect(run.status, `${name}: ${said}`).not.toBe(2);
			}
		});
	}

	test('init makes an empty, valid dossier and refuses a folder that has one', TIMEOUT, () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'dossier-init-')), 'new');
		const run = dossier(dir, 'init');
		expect(run.status).toBe(0);
		expect(run.out[0]).toBe(`geodata/layers.json: written: an empty dossier in ${dir}/geodata`);
		expect(run.out.at(-1)).toBe('geodata: ok — 0 source(s), 0 places, 0 excerpts, 0 layers');
		expect(JSON.parse(readFileSync(join(dir, 'geodata/layers.json'), 'utf8'))).toEqual({ layers: [] });
		expect(refused(dir, 'init')[0]).toBe(`${dir}/geodata: a dossier is already there (geodata/layers.json): work on it, or give another --dir`);
		const valid = copyOfValid();
		expect(refused(valid, 'init')[0]).toMatch(`${valid}/geodata: a dossier is already there (geodata/excerpts/report.json, `);
	});

	test('a command on a folder without a dossier says how to start one', TIMEOUT, () => {
		const dir = folders.empty();
		expect(refused(dir, 'add-place', 'pier', '--name', 'Pier', '--at', '50.1,9.9', '--country', 'DE')).toEqual([
			`${dir}/geodata: no dossier here: make one with npm run dossier -- init --dir ${dir}, or give its folder with --dir or DOSSIER_DIR`
		]);
	});

	test('add-place in a dossier without layers.json makes it, with the place’s layer', TIMEOUT, () => {
		const dir = folders['only a source']();
		const run = dossier(dir, 'add-place', 'pier', '--name', 'Pier', '--at', '50.1,9.9', '--country', 'DE', '--native', 'de=Anleger');
		expect(run.status).toBe(1);
		expect(run.out).toContain('geodata/layers.json: made, with layer "pier" added, colour #0072B2');
		expect(JSON.parse(readFileSync(join(dir, 'geodata/layers.json'), 'utf8')).layers.map((layer: { id: string }) => layer.id)).toEqual(['pier']);
		expect(dossier(dir, 'link', 'convoy', 'Fulda', 'pier').status).toBe(0);
	});
});

describe('geoparse', () => {
	test('--json: one array, a file each, offsets into the text as add-source stores it', TIMEOUT, () => {
		const other = join(mkdtempSync(join(tmpdir(), 'geoparse-')), 'fulda.txt');
		writeFileSync(other, 'Nothing here.\n');
		const run = dossier(copyOfValid(), 'geoparse', ARTICLE, other, '--json');
		expect(run.status).toBe(0);
		const results = JSON.parse(run.out.join('\n'));
		expect(results.map((result: { file: string }) => result.file)).toEqual([ARTICLE, other]);
		const text = readFileSync(ARTICLE, 'utf8').slice(1).replaceAll('\r\n', '\n');
		const [first] = results;
		expect(first.toponyms.map((t: { text: string; place: { id: string } | null }) => [t.text, t.place?.id])).toContainEqual(['Fulda', 'geonames:2923822']);
		for (const toponym of first.toponyms) {
			expect(Object.keys(toponym)).toEqual(['start', 'end', 'text', 'place', 'confidence', 'alternatives']);
			expect(text.slice(toponym.start, toponym.end)).toBe(toponym.text);
		}
		expect(results[1].toponyms).toEqual([]);
	});
});
