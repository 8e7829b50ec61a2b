import { hasChromium as hasSystemChromium } from '../../../tools/browser/launch-chromium.ts';

/** True when browser tests can run; under CI a missing browser is a failure, never a skip. */
export function hasChromium(): boolean {
	return hasSystemChromium({ requiredUnderCi: true });
}
