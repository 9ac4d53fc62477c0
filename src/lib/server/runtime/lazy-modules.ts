/**
 * Heavy libraries that only some requests and jobs need, loaded on first use rather than when the
 * server starts: together they held ~78 MB of a 100k-producer server's memory from start-up on
 * (issue 14's ≤ 300 MB), whether anyone exported a spreadsheet or not. Node caches a module after
 * its first import, so every later call is a resolved promise.
 */
export const exceljs = async () => (await import('exceljs')).default;
export const sharp = async () => (await import('sharp')).default;
export const qrcode = async () => (await import('qrcode')).default;
export const unpdf = () => import('unpdf');
export const mammoth = async () => (await import('mammoth')).default;
export const nodemailer = async () => (await import('nodemailer')).default;
export const pdfkit = async () => (await import('pdfkit')).default;
