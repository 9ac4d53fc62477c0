/**
 * Hands the event loop back for a moment. An import runs in the job worker inside a server process:
 * long loops (parsing, validating) breathe every few hundred rows so requests are answered in between.
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
