/**
 * `npm run dossier -- <command> …`: an author's tool that makes a dossier's files and computes every
 * offset (init, draft, add-source, geoparse, suggest, add-place, link; `help` lists them). Each command checks its input,
 * writes all of its files or none, then runs the geodata check. Exit status: 0 when the dossier is
 * valid afterwards, 1 when it was written but is not yet valid, 2 when the command refused (nothing
 * written). The logic lives in src/lib/authoring/; this file reads, writes and prints.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addPlace } from '../src/lib/authoring/add-place';
import { addSource } from '../src/lib/authoring/add-source';
import { draft } from '../src/lib/authoring/draft';
import { geonamesPlaces } from '../src/lib/authoring/gazetteer';
import { describeToponyms, geoparseFiles } from '../src/lib/authoring/geoparse-command';
import { init } from '../src/lib/authoring/init';
import { link } from '../src/lib/authoring/link';
import { suggest } from '../src/lib/authoring/suggest';
import { shellWord } from '../src/lib/authoring/toponyms';
import { Refusal, type Outcome } from '../src/lib/authoring/workspace';
import { readGeodataFiles } from '../src/lib/data/geodata-files';
import { formatProblem } from '../src/lib/data/types';
import { validateDossier, type GeodataFiles } from '../src/lib/data/validate';
import { loadGazetteer, loadGeoparser, tagged } from '../src/lib/server/geoparser';

const HELP = `npm run dossier -- <command> [--dir <dossier-folder>]   (or DOSSIER_DIR=<folder>; default: this project)

  init
      makes an empty dossier in the folder (refuses one that has a dossier)
  draft <file> --id <source-id> --title "<title>" --date <YYYY-MM-DD|YYYY-MM>
        [--language <tag>] [--min-confidence <0…1>] [--publisher "<name>"] [--url <url>] [--captions <n,n,…>]
      adds the article, geoparses it, adds every town, city, airport, port and facility it places
      with enough confidence (default 0.5; reusing a dossier place of the same gazetteer entry),
      links every mention, and prints what to review and the command for each name left out
  geoparse <file>… [--language <tag>] [--json]
      every place name of each file, where it resolved, how sure and what was set aside
      (--json: [{ "file", "toponyms": [{ "start", "end", "text", "place", "confidence", "alternatives" }] }])
  add-source <file> --id <source-id> --title "<title>" --date <YYYY-MM-DD|YYYY-MM>
             [--publisher "<name>"] [--url <url>] [--language <tag>] [--captions <n,n,…>]
      copies the text into geodata/sources/<id>.txt (UTF-8, no BOM, LF) and writes its metadata
  suggest <source-id> [--write]
      lists names of dossier places the text uses without a mention, and the places the geoparser
      finds that the dossier has not, by gazetteer id; --write links the first kind
  add-place <place-id> --name "<English name>" (--at <lat>,<lon> --country <CC> | --geonames "<name>"|<id> [--country <CC>])
            [--radius <metres>] [--kind <kind>] [--alias "<words>"]… [--native <tag>=<name>|none]… [--description "<sentence>"]
            [--gazetteer <entry-id>]   (with --at: the gazetteer entry the point comes from)
      writes geodata/places/<id>.geojson (anchor, circular footprint) and a layer for it;
      then link it: a place is valid once an excerpt names it
  link <source-id> "<exact words>" <place-id>[,<place-id>…] [--nth <n>]
      records the words as a mention of the places, in their line's excerpt (made if need be)
  help
      this list

Exit status: 0 the dossier is valid afterwards; 1 written, but the dossier is not valid yet (the
check says why); 2 refused, nothing written.`;

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		strict: true,
		options: {
			dir: { type: 'string' },
			id: { type: 'string' },
			title: { type: 'string' },
			date: { type: 'string' },
			publisher: { type: 'string' },
			url: { type: 'string' },
			language: { type: 'string' },
			captions: { type: 'string' },
			write: { type: 'boolean' },
			name: { type: 'string' },
			at: { type: 'string' },
			geonames: { type: 'string' },
			country: { type: 'string' },
			radius: { type: 'string' },
			kind: { type: 'string' },
			alias: { type: 'string', multiple: true },
			native: { type: 'string', multiple: true },
			description: { type: 'string' },
			nth: { type: 'string' },
			json: { type: 'boolean' },
			'min-confidence': { type: 'string' },
			gazetteer: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	const [command, ...args] = positionals;
	if (!command || command === 'help' || values.help) {
		console.log(HELP);
		return command && command !== 'help' ? 2 : 0;
	}
	const need = (count: number, usage: string) => {
		if (args.length !== count) throw new Refusal(`${command}: usage: npm run dossier -- ${command} ${usage}`);
	};
	const read = (file: string): Uint8Array => {
		try {
			return readFileSync(file);
		} catch (error) {
			throw new Refusal(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code}): give the path of the article's text`);
		}
	};
	if (!['init', 'draft', 'geoparse', 'add-source', 'suggest', 'add-place', 'link'].includes(command)) {
		throw new Refusal(`dossier: unknown command "${command}": npm run dossier -- help lists them`);
	}
	// geoparse reads articles, not a dossier: it writes nothing and needs none.
	if (command === 'geoparse') {
		if (args.length === 0) throw new Refusal('geoparse: usage: npm run dossier -- geoparse <file>… [--language <tag>] [--json]');
		const inputs = args.map((file) => ({ file, bytes: read(file) }));
		const { parse } = loadGeoparser();
		const { results, texts } = geoparseFiles(inputs, parse, values.language);
		if (values.json) console.log(JSON.stringify(results, null, 2));
		else for (const line of describeToponyms(results, texts)) console.log(line);
		return 0;
	}

	const root = resolve(values.dir ?? process.env.DOSSIER_DIR ?? '.');
	// Printed commands carry the folder when it is not the one they run in.
	const suffix = relative(process.cwd(), root) === '' ? '' : ` --dir ${shellWord(root)}`;
	let files: GeodataFiles = {};
	if (existsSync(join(root, 'geodata'))) {
		try {
			files = readGeodataFiles(root);
		} catch (error) {
			throw new Refusal(`${join(root, 'geodata')}: cannot read the dossier (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give its folder with --dir or DOSSIER_DIR`);
		}
	} else if (command !== 'init') {
		throw new Refusal(`${join(root, 'geodata')}: no dossier here: make one with npm run dossier -- init${suffix}, or give its folder with --dir or DOSSIER_DIR`);
	}
	const gazetteer = () => geonamesPlaces(loadGazetteer());
	let outcome: Outcome;
	switch (command) {
		case 'init':
			need(0, '[--dir <folder>]');
			outcome = init(files, root);
			break;
		case 'add-source': {
			need(1, '<file> --id <source-id> --title "<title>" --date <YYYY-MM-DD>');
			const [file] = args as [string];
			for (const key of ['id', 'title', 'date'] as const) if (!values[key]) throw new Refusal(`add-source: --${key} is required`);
			outcome = addSource(files, { file, bytes: read(file), id: values.id!, title: values.title!, date: values.date!, publisher: values.publisher, url: values.url, language: values.language, captions: values.captions });
			break;
		}
		case 'draft': {
			need(1, '<file> --id <source-id> --title "<title>" --date <YYYY-MM-DD> [--language <tag>] [--min-confidence <0…1>]');
			const [file] = args as [string];
			for (const key of ['id', 'title', 'date'] as const) if (!values[key]) throw new Refusal(`draft: --${key} is required`);
			outcome = draft(
				files,
				{ file, bytes: read(file), id: values.id!, title: values.title!, date: values.date!, publisher: values.publisher, url: values.url, language: values.language, captions: values.captions, minConfidence: values['min-confidence'], commandSuffix: suffix },
				{ ...loadGeoparser(), tagged }
			);
			break;
		}
		case 'suggest':
			need(1, '<source-id> [--write]');
			outcome = suggest(files, { source: args[0]!, write: values.write ?? false, commandSuffix: suffix }, loadGeoparser);
			break;
		case 'add-place':
			need(1, '<place-id> --name "<English name>" (--at <lat>,<lon> --country <CC> | --geonames "<name>")');
			outcome = addPlace(
				files,
				{ id: args[0]!, name: values.name!, at: values.at, geonames: values.geonames, country: values.country, radius: values.radius, kind: values.kind, aliases: values.alias ?? [], natives: values.native ?? [], description: values.description, gazetteer: values.gazetteer },
				gazetteer,
				tagged
			);
			break;
		case 'link': {
			need(3, '<source-id> "<exact words>" <place-id>[,<place-id>…] [--nth <n>]');
			const nth = values.nth === undefined ? undefined : Number(values.nth);
			if (nth !== undefined && !Number.isInteger(nth)) throw new Refusal(`link: --nth "${values.nth}": give a whole number, e.g. --nth 2`);
			outcome = link(files, { source: args[0]!, words: args[1]!, places: args[2]!.split(',').map((place) => place.trim()).filter(Boolean), nth });
			break;
		}
		default:
			throw new Refusal(`dossier: unknown command "${command}": npm run dossier -- help lists them`);
	}
	writeAll(root, outcome.writes);
	for (const line of outcome.report) console.log(line);
	return verdict(root);
}

/** Writes every file or none: each goes to a temporary file first, and all are renamed at the end. */
function writeAll(root: string, writes: GeodataFiles): void {
	const temporary: [string, string][] = [];
	try {
		for (const [path, content] of Object.entries(writes)) {
			const target = join(root, path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(`${target}.dossier-tmp`, content);
			temporary.push([`${target}.dossier-tmp`, target]);
		}
	} catch (error) {
		for (const [file] of temporary) rmSync(file, { force: true });
		throw new Refusal(`${root}: cannot write the dossier (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was changed`);
	}
	for (const [from, to] of temporary) renameSync(from, to);
}

/** The geodata check after the command, as `npm run check:geodata` words it. */
function verdict(root: string): number {
	const { dossier, problems } = validateDossier(readGeodataFiles(root));
	for (const problem of problems) console.error(formatProblem(problem));
	if (!dossier) {
		console.error(`geodata: ${problems.length} problem${problems.length === 1 ? '' : 's'} found: the dossier is not valid yet`);
		return 1;
	}
	console.log(`geodata: ok — ${dossier.sources.length} source(s), ${dossier.places.length} places, ${dossier.excerpts.length} excerpts, ${dossier.layers.length} layers`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	if (error instanceof Refusal) console.error(`${error.message}\nnothing written`);
	else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(`dossier: ${error.message}; npm run dossier -- help lists the options`);
	else console.error(`dossier: internal error, nothing written: ${error instanceof Error ? error.message : String(error)} (a bug in the tool: please report it)`);
	process.exitCode = 2;
}
