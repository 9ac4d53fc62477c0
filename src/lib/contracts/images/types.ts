/** A stored photo as pages receive it: enough for ResponsiveImage (srcset, width/height, alt). */
export type ImageRef = { id: string; alt: string; width: number; height: number };
