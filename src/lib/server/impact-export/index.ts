/** The impact report's exports (issue 18): both read only the ImpactReport model. */
export { renderImpactXlsx } from './xlsx';
export { renderImpactPdf, type PdfOptions } from './pdf';
export { loadLogo, type LogoLoader } from './logo';
export { impactExportFileName, IMPACT_EXPORT_TYPES } from './filename';
