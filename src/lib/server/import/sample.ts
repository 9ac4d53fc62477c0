/**
 * The sample file the admin import page offers: every canonical column (the names the export writes
 * and the importer reads in any language) with two rows that import without a single problem, so an
 * admin can fill it in instead of guessing the layout. A data test imports it.
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_DELIMITER } from '../export/writers';
import { CANONICAL_COLUMNS, type Column } from './columns';

const ROWS: Partial<Record<Column, string>>[] = [
	{
		external_id: 'paraugs-1',
		name: 'Paraugu medus',
		kind: 'home_producer',
		municipality: 'Siguldas novads',
		locality: 'Siguldas pagasts',
		location_precision: 'locality',
		phone: '+371 2777 1234',
		email: 'medus@example.lv',
		website: 'https://medus.example.lv',
		categories: 'Medus',
		products: 'Liepu medus; Griķu medus',
		description_lv: 'Medus no mūsu dravas.',
		description_en: 'Honey from our apiary.'
	},
	{
		external_id: 'paraugs-2',
		name: 'Paraugu siers',
		kind: 'farm',
		municipality: 'Cēsu novads',
		address: 'Rīgas iela 1, Cēsis',
		lat: '57.3119',
		lng: '25.2707',
		location_precision: 'exact',
		phone: '26 555 010',
		categories: 'Piena produkti un siers',
		products: 'Kazas siers',
		description_lv: 'Kazas siers no mūsu saimniecības.'
	}
];

export const SAMPLE_FILE_NAME = 'tuvuma-imports-paraugs.csv';

/** Written like the export (BOM, semicolons, CRLF) so a spreadsheet with Latvian settings opens it by double-click. */
export function sampleCsv(): string {
	const rows = ROWS.map((row) => CANONICAL_COLUMNS.map((c) => row[c] ?? ''));
	return stringify([[...CANONICAL_COLUMNS], ...rows], { bom: true, delimiter: CSV_DELIMITER, record_delimiter: '\r\n' });
}
