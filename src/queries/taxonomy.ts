import { getCollection } from 'astro:content';
import type { Tag } from '../schemas/taxonomy.ts';

let cached: Promise<Tag[]> | undefined;

/** All tags of every facet (read once per build). */
export function getTags(): Promise<Tag[]> {
	cached ??= getCollection('taxonomy').then((entries) => entries.map((entry) => entry.data));
	return cached;
}
