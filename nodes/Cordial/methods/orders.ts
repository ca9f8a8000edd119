import { pagedListSearch } from './pagedListSearch';

/** The account's orders (getorders), newest pages as Cordial returns them, filtered by order ID or contact; the value is the orderID. */
export const searchOrders = pagedListSearch('Search Orders', 'orders', (record) => {
	const id = String(record.orderID ?? '');
	const who = record.email ?? record.cID;
	return { name: who ? `${id} (${String(who)})` : id, value: id };
});

export const listSearch = { searchOrders };
