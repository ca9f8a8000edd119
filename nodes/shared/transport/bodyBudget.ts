/**
 * How many bytes of request bodies with binary content (attachments) this process holds at once. A body that would
 * go over waits until earlier ones are sent, in the order they asked; a body larger than the whole budget goes when
 * nothing else is held. So many items with large attachments, sent in parallel, cost the budget and not their sum.
 */
export class ByteBudget {
	private held = 0;

	private readonly waiting: Array<{ bytes: number; resolve: () => void }> = [];

	constructor(readonly limit: number) {}

	/** Bytes held now. */
	get inUse(): number {
		return this.held;
	}

	/** Resolves, with the function that gives the bytes back, once `bytes` fit. */
	async acquire(bytes: number): Promise<() => void> {
		await new Promise<void>((resolve) => {
			this.waiting.push({ bytes, resolve });
			this.admit();
		});
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.held -= bytes;
			this.admit();
		};
	}

	private admit(): void {
		while (this.waiting.length > 0) {
			const [next] = this.waiting;
			if (this.held > 0 && this.held + next.bytes > this.limit) return;
			this.held += next.bytes;
			this.waiting.shift();
			next.resolve();
		}
	}
}

/** 128 MiB: three 25 MB attachments in base64 at once, and any single larger one on its own. */
export const bodyBudget = new ByteBudget(128 * 1024 * 1024);
