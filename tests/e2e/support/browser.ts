import { existsSync } from 'node:fs';
import { chromiumPath } from '../../../tools/browser/launch-chromium.ts';

export { chromiumArgs, chromiumPath, launchChromium } from '../../../tools/browser/launch-chromium.ts';

/** True when browser tests can run; under CI a missing browser is a failure, never a skip. */
export function hasChromium(): boolean {
	if (existsSync(chromiumPath)) return true;
	if (process.env.CI) throw new Error(`No Chromium at ${chromiumPath}: CI must install Debian's chromium (see .ci/run).`);
	return false;
}
