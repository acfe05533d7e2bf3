/** No list page shows more than this many articles; longer lists continue on /2/, /3/, ... */
export const PAGE_SIZE = 50;
