import { z } from 'astro/zod';
import en from '../content/i18n/en.json' with { type: 'json' };

/**
 * The project's own UI strings, added to Starlight's. English (`src/content/i18n/en.json`) is the
 * list of keys; every one is required, so a key missing in `zh-CN.json` fails the build and both
 * languages stay complete. Starlight's own keys (search.*, pagefind.*) stay optional.
 */
type ProjectKey = Exclude<keyof typeof en, `search.${string}` | `pagefind.${string}`>;

const projectKeys = (Object.keys(en) as (keyof typeof en)[]).filter((key): key is ProjectKey => !key.startsWith('search.') && !key.startsWith('pagefind.'));

export const uiStringsSchema = z.object(
	Object.fromEntries(projectKeys.map((key) => [key, z.string().min(1).describe(`UI string "${key}", e.g. "${en[key]}".`)])) as Record<ProjectKey, z.ZodString>
);
