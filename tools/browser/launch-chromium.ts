import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's `chromium`); nothing here downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * True when the system Chromium is there. A bench skips its browser figures without it (it is not
 * a test); tests and gates pass `requiredUnderCi`, so under CI a missing browser is a failure, never a skip.
 */
export function hasChromium(options: { requiredUnderCi?: boolean } = {}): boolean {
	if (existsSync(chromiumPath)) return true;
	if (options.requiredUnderCi && process.env.CI) throw new Error(`No Chromium at ${chromiumPath}: CI must install Debian's chromium (see .ci/run).`);
	return false;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
