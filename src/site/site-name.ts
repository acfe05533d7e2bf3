/** The archive's name, as titles, feeds, breadcrumbs and structured data show it. */
export const SITE_NAME = 'Dateline';
