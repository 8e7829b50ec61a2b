import { describe, expect, test } from 'vitest';
import { fitText } from '../../../src/lib/sharing/social-card';

describe('fitText', () => {
	test('keeps text that fits', () => expect(fitText('PayerMax', 20)).toBe('PayerMax'));
	test('cuts Latin text at a word', () =>
		expect(fitText('PayerMax: how a cross-border payments company joined up its teams with Feishu', 60)).toBe(
			'PayerMax: how a cross-border payments company joined up its…'
		));
	test('counts a Chinese character as two', () => expect(fitText('全球客户需求响应速度提升', 10)).toBe('全球客户需…'));
});
