import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's `chromium`); no test tool downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** True when browser tests can run; under CI a missing browser is a failure, never a skip. */
export function hasChromium(): boolean {
	if (existsSync(chromiumPath)) return true;
	if (process.env.CI) throw new Error(`No Chromium at ${chromiumPath}: CI must install Debian's chromium (see .ci/run).`);
	return false;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
