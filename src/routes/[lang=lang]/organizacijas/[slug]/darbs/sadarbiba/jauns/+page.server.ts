/**
 * The same page as the listing owner's: route-helpers read the owner from either URL (`params.slug`
 * here, `params.id` there), so one set of guarded actions serves both; route-scan follows the re-export.
 */
export { load, actions } from '../../../../../mans/[id]/sadarbiba/jauns/+page.server';
