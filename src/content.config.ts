import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { casesLoader } from './loaders/cases-loader';
import { taxonomyLoader } from './loaders/taxonomy-loader';
import { getCasesDir, getContentRoot, getTaxonomyDir } from './lib/content/content-root';
import { caseSchema } from './schemas/case';
import { taxonomySchema } from './schemas/taxonomy';
import { uiStringsSchema } from './schemas/ui-strings';

const contentRoot = getContentRoot();

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	cases: defineCollection({
		loader: casesLoader({ casesDir: getCasesDir(contentRoot), taxonomyDir: getTaxonomyDir(contentRoot) }),
		schema: caseSchema,
	}),
	taxonomy: defineCollection({ loader: taxonomyLoader(getTaxonomyDir(contentRoot)), schema: taxonomySchema }),
};
