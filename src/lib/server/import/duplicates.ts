/**
 * Rows against each other and against the listings already in the directory. A row with a known
 * external_id updates that listing; one without, whose name and municipality match an existing
 * listing (or an earlier row), is a duplicate and skipped; a shared phone or e-mail is only a warning
 * (families and associations share them).
 */
import { stripLegalForm } from '../../text/collation';
import { foldText } from '../../text/fold';
import { breathe } from './breathe';
import type { ExistingProducer } from './reference-repository';
import type { Issue, ProducerDraft } from './validate';

export type Planned = { draft: ProducerDraft; existing: ExistingProducer | null };

export const nameKey = (name: string) => foldText(stripLegalForm(name)).replace(/[^\p{L}\d]+/gu, '');
const phoneKey = (phone: string) => phone.replace(/\D/g, '').replace(/^(371|373)/, '');

export async function planRows(drafts: readonly ProducerDraft[], existing: readonly ExistingProducer[]): Promise<{ planned: Planned[]; issues: Issue[] }> {
	const byExternal = new Map(existing.filter((e) => e.externalId).map((e) => [e.externalId!, e]));
	const byName = new Map(existing.map((e) => [`${e.municipalityId}|${nameKey(e.name)}`, e]));
	const byPhone = new Map(existing.filter((e) => e.phone).map((e) => [phoneKey(e.phone!), e]));
	const byEmail = new Map(existing.filter((e) => e.email).map((e) => [e.email!.toLowerCase(), e]));
	const seenExternal = new Map<string, number>();
	const seenName = new Map<string, { row: number; externalId: string | null }>();
	const planned: Planned[] = [];
	const issues: Issue[] = [];
	for (const [i, d] of drafts.entries()) {
		if (i % 1000 === 999) await breathe(); // the server keeps answering while a large file is compared
		const issue = (column: Issue['column'], value: string, code: Issue['code'], severity: Issue['severity'], params: Record<string, string>) =>
			issues.push({ row: d.row, column, value, code, severity, params });
		const key = `${d.municipalityId}|${nameKey(d.name)}`;
		if (d.externalId && seenExternal.has(d.externalId)) {
			issue('external_id', d.externalId, 'duplicate_in_file', 'error', { other: String(seenExternal.get(d.externalId)) });
			continue;
		}
		const earlier = seenName.get(key);
		if (earlier && !(earlier.externalId && d.externalId)) {
			issue('name', d.name, 'duplicate_in_file', 'error', { other: String(earlier.row) });
			continue;
		}
		const target = d.externalId ? (byExternal.get(d.externalId) ?? null) : null;
		if (!target) {
			const sameName = byName.get(key);
			if (sameName && !d.externalId) {
				issue('name', d.name, 'duplicate_existing', 'error', { name: sameName.name, slug: sameName.slug });
				continue;
			}
		}
		if (d.externalId) seenExternal.set(d.externalId, d.row);
		seenName.set(key, { row: d.row, externalId: d.externalId });
		const other = [
			d.phone ? (['phone', d.phone, byPhone.get(phoneKey(d.phone))] as const) : null,
			d.email ? (['email', d.email, byEmail.get(d.email)] as const) : null
		].find((x) => x && x[2] && x[2].id !== target?.id);
		if (other) issue(other[0], other[1], 'possible_duplicate', 'warning', { name: other[2]!.name, slug: other[2]!.slug });
		planned.push({ draft: d, existing: target });
	}
	return { planned, issues };
}
