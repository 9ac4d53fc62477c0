/** Shared by the report form (browser) and the server: what can be reported, and how long a comment may be. */
export const LISTING_TYPES = ['producer', 'sales_point', 'organisation', 'place'] as const;
export type ListingType = (typeof LISTING_TYPES)[number];
export const REPORT_REASONS = ['closed', 'wrong_info', 'duplicate', 'inappropriate'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const COMMENT_MAX = 2000;
export const NOTE_MAX = 1000;

const PATH_OF: Record<ListingType, string> = {
	producer: 'razotaji',
	sales_point: 'tirdzniecibas-vietas',
	organisation: 'organizacijas',
	place: 'vietas'
};

/** Public path word of a listing type ("razotaji"), for links. */
export const listingPath = (type: ListingType): string => PATH_OF[type];

/** The moderators' "older than" filter, in days. */
export const AGE_OPTIONS_DAYS = [1, 7, 30] as const;
