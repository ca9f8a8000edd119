import { ByteBudget } from '../../../nodes/shared/transport/bodyBudget';

describe('ByteBudget', () => {
	const flush = async () => await new Promise((resolve) => setImmediate(resolve));

	it('holds bodies up to the limit, and lets the next one go, in order, when bytes come back', async () => {
		const budget = new ByteBudget(100);
		const order: string[] = [];
		const take = (name: string, bytes: number) =>
			budget.acquire(bytes).then((release) => {
				order.push(name);
				return release;
			});
		const a = take('a', 60);
		const b = take('b', 30);
		const c = take('c', 50);
		const d = take('d', 5);
		await flush();
		// c would go over; d, though small, waits behind it: first come, first served.
		expect(order).toEqual(['a', 'b']);
		expect(budget.inUse).toBe(90);
		(await a)();
		await flush();
		expect(order).toEqual(['a', 'b', 'c', 'd']);
		expect(budget.inUse).toBe(85);
		(await b)();
		(await c)();
		const releaseD = await d;
		releaseD();
		releaseD();
		expect(budget.inUse).toBe(0);
	});

	it('lets a body larger than the whole budget go alone', async () => {
		const budget = new ByteBudget(100);
		const releaseBig = await budget.acquire(250);
		expect(budget.inUse).toBe(250);
		let small = false;
		const waiting = budget.acquire(1).then((release) => {
			small = true;
			return release;
		});
		await flush();
		expect(small).toBe(false);
		releaseBig();
		(await waiting)();
		expect(small).toBe(true);
		expect(budget.inUse).toBe(0);
	});
});
