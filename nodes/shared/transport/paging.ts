/**
 * The most pages one list read follows: at a provider's usual 100 per page, 100,000 records. A list that goes on past
 * it is a loop on the provider's side (or a hostile answer), not data to read.
 */
export const MAX_PAGES = 1_000;

/**
 * Watches one paginated read: says what is wrong when a page hands back a token already followed (which would be
 * followed forever) or when the read goes past MAX_PAGES; undefined while all is well.
 */
export class PageGuard {
	private readonly seen = new Set<string>();

	private pages = 0;

	constructor(private readonly maxPages = MAX_PAGES) {}

	/** A token the read started from: handed back by a page, it is a loop like any other token already followed. */
	startsAt(token: string | undefined): this {
		if (token !== undefined) this.seen.add(token);
		return this;
	}

	/** Call once per page read, with the token it gives for the next page (undefined at the end). */
	problem(nextToken: string | undefined): string | undefined {
		this.pages++;
		if (nextToken !== undefined && this.seen.has(nextToken)) {
			return `page ${this.pages} of the list gives a page token already followed, so the list would never end`;
		}
		if (nextToken !== undefined) this.seen.add(nextToken);
		if (this.pages >= this.maxPages && nextToken !== undefined) {
			return `the list goes on past ${this.maxPages} pages, the most one read follows`;
		}
		return undefined;
	}
}
