import { pagedListSearch } from './pagedListSearch';

/** The account's products (getproducts), filtered by name or productID; the value is the productID. */
export const searchProducts = pagedListSearch('Search Products', 'products', (record) => {
	const id = String(record.productID ?? '');
	return { name: record.productName ? `${String(record.productName)} (${id})` : id, value: id };
});

export const listSearch = { searchProducts };
