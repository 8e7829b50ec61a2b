import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { casesLoader } from './loaders/cases-loader.ts';
import { taxonomyLoader } from './loaders/taxonomy-loader.ts';
import { getContentRoot, getTaxonomyDir } from './lib/content/content-root.ts';
import { caseSchema } from './schemas/case.ts';
import { pageExtensionsSchema } from './schemas/page-extensions.ts';
import { taxonomySchema } from './schemas/taxonomy.ts';
import { uiStringsSchema } from './schemas/ui-strings.ts';

const contentRoot = getContentRoot();

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageExtensionsSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	cases: defineCollection({
		loader: casesLoader({ contentRoot }),
		schema: caseSchema,
	}),
	taxonomy: defineCollection({ loader: taxonomyLoader(getTaxonomyDir(contentRoot)), schema: taxonomySchema }),
};
