/**
 * Runs `task` for each entry, in order, with at most `parallel` in flight. Once `stop()` says so (a failure that
 * stops the node) or the execution is cancelled, no further entry starts; the ones in flight are waited for.
 * Returns how many entries were started: the rest were not.
 */
export async function inParallel<T>(
	entries: readonly T[],
	parallel: number,
	task: (entry: T, index: number) => Promise<void>,
	options: { stop?: () => boolean; cancelled?: AbortSignal } = {},
): Promise<number> {
	let next = 0;
	const mayStart = () => next < entries.length && !options.stop?.() && !options.cancelled?.aborted;
	const worker = async () => {
		while (mayStart()) {
			const index = next++;
			await task(entries[index], index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, entries.length)) }, worker));
	return next;
}

/** Item indexes as ranges, "0-3, 5, 7-9": a bulk run's lists of items stay short enough to read. */
export function describeIndexes(indexes: readonly number[]): string {
	const ranges: string[] = [];
	for (let start = 0; start < indexes.length; ) {
		let end = start;
		while (end + 1 < indexes.length && indexes[end + 1] === indexes[end] + 1) end++;
		ranges.push(start === end ? String(indexes[start]) : `${indexes[start]}-${indexes[end]}`);
		start = end + 1;
	}
	return ranges.join(', ');
}
