/**
 * Japanese texts of the catalog that are not found, as they stand, in the
 * source text of the guide — each with the reason. The catalog test fails on
 * any other difference, so the Japanese cannot drift from the guide unnoticed.
 */
export interface SourceDeviation {
  ja: string;
  reason: string;
}

export const sourceDeviations: SourceDeviation[] = [];
