import { dossier } from '$lib/server/dossier';
import type { EntryGenerator } from './$types';

/** Every place has its embed, linked from anywhere or not: a newsroom embeds the one it needs. */
export const entries: EntryGenerator = () => dossier.places.map(({ id }) => ({ id }));
