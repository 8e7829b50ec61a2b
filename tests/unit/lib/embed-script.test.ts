import { previewOrigin } from '../../../src/lib/urls.ts';
import { Script, createContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { buildEmbedScript, embedHeightMessage, embedMeasureType, maxEmbedHeight } from '../../../src/lib/sharing/embed-script';

const site = 'https://cases.example';

interface FakeFrame {
	src: string;
	style: { height?: string };
	contentWindow: { posted: unknown[][]; postMessage: (...args: unknown[]) => void };
}

const frame = (src: string): FakeFrame => {
	const posted: unknown[][] = [];
	return { src, style: {}, contentWindow: { posted, postMessage: (...args) => void posted.push(args) } };
};

/** Runs `/embed.js` as a partner's page would, with its iframes; returns a way to deliver messages to it. */
function runOnPartnerPage(frames: FakeFrame[], scriptSrc: string | null = `${site}/embed.js`) {
	const listeners: ((event: unknown) => void)[] = [];
	const context = createContext({
		URL,
		document: { currentScript: scriptSrc === null ? null : { src: scriptSrc }, getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) },
		addEventListener: (type: string, listener: (event: unknown) => void) => type === 'message' && listeners.push(listener),
	});
	new Script(buildEmbedScript()).runInContext(context);
	return {
		listeners,
		deliver: (event: { origin: string; source: unknown; data: unknown }) => listeners.forEach((listener) => listener(event)),
	};
}

describe('/embed.js on a partner page', () => {
	test('sets the height of the iframe whose window sent the message, and only that one', () => {
		const frames = [frame(`${site}/zh-cn/embed/payermax/`), frame(`${site}/en/embed/payermax/`)];
		const page = runOnPartnerPage(frames);
		page.deliver({ origin: site, source: frames[1]!.contentWindow, data: embedHeightMessage('payermax', 1940.2) });
		expect(frames.map((each) => each.style.height)).toEqual([undefined, '1941px']);
		page.deliver({ origin: site, source: frames[0]!.contentWindow, data: { type: 'case-embed:height', slug: 'payermax', height: 812 } });
		expect(frames.map((each) => each.style.height)).toEqual(['812px', '1941px']);
	});

	const valid = embedHeightMessage('payermax', 900);
	test.each([
		['another origin', { origin: 'https://evil.example', data: valid }],
		['the site origin on another port', { origin: `${site}:8443`, data: valid }],
		['a window that is none of the page’s iframes', { origin: site, source: { postMessage() {} }, data: valid }],
		['another message type', { origin: site, data: { ...valid, type: 'case-embed:width' } }],
		['no slug', { origin: site, data: { type: valid.type, height: 900 } }],
		['a height in text', { origin: site, data: { ...valid, height: '900' } }],
		['a height with CSS in it', { origin: site, data: { ...valid, height: '900px;position:fixed' } }],
		['no height', { origin: site, data: { ...valid, height: undefined } }],
		['a zero height', { origin: site, data: { ...valid, height: 0 } }],
		['a negative height', { origin: site, data: { ...valid, height: -5 } }],
		['NaN', { origin: site, data: { ...valid, height: Number.NaN } }],
		['Infinity', { origin: site, data: { ...valid, height: Number.POSITIVE_INFINITY } }],
		['a height over the limit', { origin: site, data: { ...valid, height: maxEmbedHeight + 1 } }],
		['a text message', { origin: site, data: 'case-embed:height 900' }],
		['no data', { origin: site, data: null }],
	])('ignores a message with %s', (_, event) => {
		const frames = [frame(`${site}/en/embed/payermax/`)];
		const page = runOnPartnerPage(frames);
		page.deliver({ source: frames[0]!.contentWindow, ...event });
		expect(frames[0]!.style.height).toBeUndefined();
	});

	test('accepts the tallest plausible embed', () => {
		const frames = [frame(`${site}/en/embed/payermax/`)];
		runOnPartnerPage(frames).deliver({ origin: site, source: frames[0]!.contentWindow, data: { ...valid, height: maxEmbedHeight } });
		expect(frames[0]!.style.height).toBe(`${maxEmbedHeight}px`);
	});

	test("takes the site's origin from its own URL, so one file works wherever the site is deployed", () => {
		const staging = previewOrigin;
		const frames = [frame(`${staging}/en/embed/payermax/`)];
		const page = runOnPartnerPage(frames, `${staging}/embed.js`);
		page.deliver({ origin: site, source: frames[0]!.contentWindow, data: valid });
		expect(frames[0]!.style.height).toBeUndefined();
		page.deliver({ origin: staging, source: frames[0]!.contentWindow, data: valid });
		expect(frames[0]!.style.height).toBe('900px');
	});

	test("asks the site's iframes that loaded before it for their height, addressed to the site's origin only", () => {
		const frames = [frame(`${site}/en/embed/payermax/`), frame('https://video.example/player/'), frame(`${site}.evil.example/en/embed/payermax/`)];
		runOnPartnerPage(frames);
		expect(frames.map((each) => each.contentWindow.posted)).toEqual([[[{ type: embedMeasureType }, site]], [], []]);
	});

	test('does nothing where it cannot tell its own URL (loaded as a module or inline)', () => {
		const frames = [frame(`${site}/en/embed/payermax/`)];
		const page = runOnPartnerPage(frames, null);
		expect(page.listeners).toHaveLength(0);
		expect(frames[0]!.contentWindow.posted).toEqual([]);
	});

	test('is one classic script of at most 1 KB', () => {
		const script = buildEmbedScript();
		expect(Buffer.byteLength(script)).toBeLessThanOrEqual(1024);
		expect(script).not.toMatch(/\b(import|export)\b|=>|\blet\b|\bconst\b/);
	});
});

describe('embedHeightMessage', () => {
	test('carries the slug and the height in whole pixels, rounded up so that nothing is cut off', () => {
		expect(embedHeightMessage('payermax', 1939.01)).toEqual({ type: 'case-embed:height', slug: 'payermax', height: 1940 });
	});
});
