/** What a permission is checked against: the row's owner(s) and where it is. */
export type ResourceScope = {
	/** The producer a row belongs to (a producer, its products, its sales point links). */
	producerId?: string | null;
	/** The user who created / owns the row (a submission, an account). */
	userId?: string | null;
	/** The municipality the row is located in. */
	municipalityId?: string | null;
	/** The organisation the row belongs to (its projects, news, events, staff). */
	organisationId?: string | null;
	/** The address a row is for (an invitation): `own` when it is the principal's address. */
	email?: string | null;
	/**
	 * Every municipality an action touches — a moved listing is where it is *and* where it would go:
	 * territory reach needs each of them (an editor cannot pull a listing into or out of their area).
	 */
	municipalityIds?: string[];
	/** Who proposed the change being decided on: nobody reviews their own proposal. */
	proposedBy?: string | null;
};
