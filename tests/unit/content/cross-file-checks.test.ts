import { describe, expect, test } from 'vitest';
import { loadPayerMax } from '../../support/case-file.ts';
import { checkCaseTags } from '../../../src/lib/content/check-case-tags.ts';
import { checkTranslationParity } from '../../../src/lib/content/check-translations.ts';

/** The PayerMax case of the model fixture (a frozen copy): what the checks do, whatever content/ holds. */
const { zh, en, tags } = loadPayerMax('tests/fixtures/corpora/model');

describe('cross-file checks', () => {
	test('a translation that changes a number or an id is reported on the translation', () => {
		const changed = structuredClone(en.data);
		changed.metrics[0]!.change!.value = 55;
		changed.industries = ['fintech'];
		expect(checkTranslationParity(zh, { file: en.file, data: changed }).map((p) => `${p.field} — ${p.problem}`)).toEqual([
			'industries — differs from tests/fixtures/corpora/model/cases/zh-cn/payermax.mdx: ["fintech"] here, ["fintech","cross-border-payments"] there',
			'metrics[0].change.value — differs from tests/fixtures/corpora/model/cases/zh-cn/payermax.mdx: 55 here, 50 there',
		]);
	});

	test('an unknown tag names the closest existing ids', () => {
		const data = { ...zh.data, industries: ['fintec'], capabilities: ['approval', 'sso'] };
		const problems = checkCaseTags(data, tags, { file: 'x.mdx' });
		expect(problems.map((p) => `${p.field} — ${p.problem} — ${p.fix}`)).toEqual([
			'industries[0] — unknown industries tag "fintec" — closest ids: fintech; or add "fintec" to content/taxonomy/industries.yml with zh-CN and en labels',
			'capabilities[0] — unknown capabilities tag "approval" — closest ids: approvals; or add "approval" to content/taxonomy/capabilities.yml with zh-CN and en labels',
		]);
	});

	test('an alias written as an id points to the tag', () => {
		const problems = checkCaseTags({ ...zh.data, capabilities: ['single-sign-on'] }, tags, { file: 'x.mdx' });
		expect(problems.map((p) => p.fix)).toEqual(['closest ids: sso; or add "single-sign-on" to content/taxonomy/capabilities.yml with zh-CN and en labels']);
	});

	test('a tag of the wrong facet is reported', () => {
		const problems = checkCaseTags({ ...zh.data, challenges: ['sso'] }, tags, { file: 'x.mdx' });
		expect(problems.map((p) => p.problem)).toEqual(['"sso" is a capabilities tag, not one of challenges']);
	});
});
