import type { ImpactReport } from '$lib/domain/impact/report-model';

/**
 * The download's file name: ASCII only (a Content-Disposition filename needs no encoding then), the
 * scope's slug and the period, e.g. `impact-socialas-uznemejdarbibas-atbalsts-2025-01-01-2026-06-30.pdf`.
 */
export function impactExportFileName(report: ImpactReport, ext: 'pdf' | 'xlsx'): string {
	const { slug, from, to } = report.scope;
	const safe = slug.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'report';
	const period = from || to ? `-${from ?? 'start'}-${to ?? 'end'}` : '';
	return `impact-${safe}${period}.${ext}`;
}

export const IMPACT_EXPORT_TYPES = {
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;
