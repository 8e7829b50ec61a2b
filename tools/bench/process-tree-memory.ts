import { readdirSync, readFileSync } from 'node:fs';

/** One line of `/proc/<pid>/stat`: the parent pid is the 2nd field after the command in brackets. */
export function parseParentPid(stat: string): number {
	const afterCommand = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(afterCommand[1]);
}

/** Resident memory in bytes from `/proc/<pid>/status` (`VmRSS:  1234 kB`), 0 when gone. */
export function parseResidentBytes(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

/** The pids below `root` (its children, their children …) given every pid's parent. */
export function findDescendants(root: number, parents: Map<number, number>): number[] {
	const found: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift()!;
		for (const [child, parent] of parents) {
			if (parent !== pid || found.includes(child)) continue;
			found.push(child);
			queue.push(child);
		}
	}
	return found;
}

function readProc(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return ''; // the process ended between listing and reading
	}
}

export interface MemorySample {
	/** Resident bytes of the whole tree at its highest sample. */
	peakBytes: number;
	/** The highest resident bytes seen per command (`node`, `pagefind_extended` …). */
	peakByCommand: Record<string, number>;
}

/**
 * Samples the resident memory of a process and all its descendants (Astro's Node process and the
 * Pagefind binary it starts) every `intervalMs`, from Linux's /proc. `stop()` returns the peaks.
 */
export function sampleProcessTreeMemory(rootPid: number, intervalMs = 100): { stop: () => MemorySample } {
	const result: MemorySample = { peakBytes: 0, peakByCommand: {} };
	const sample = () => {
		const parents = new Map<number, number>();
		for (const name of readdirSync('/proc')) {
			if (!/^\d+$/.test(name)) continue;
			const stat = readProc(`/proc/${name}/stat`);
			if (stat) parents.set(Number(name), parseParentPid(stat));
		}
		let total = 0;
		for (const pid of [rootPid, ...findDescendants(rootPid, parents)]) {
			const bytes = parseResidentBytes(readProc(`/proc/${pid}/status`));
			const command = readProc(`/proc/${pid}/comm`).trim() || String(pid);
			total += bytes;
			result.peakByCommand[command] = Math.max(result.peakByCommand[command] ?? 0, bytes);
		}
		result.peakBytes = Math.max(result.peakBytes, total);
	};
	const timer = setInterval(sample, intervalMs);
	sample();
	return {
		stop: () => {
			clearInterval(timer);
			return result;
		},
	};
}
