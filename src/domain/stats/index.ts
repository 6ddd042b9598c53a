// Survey analysis: descriptive statistics, cross-tabulation, NPS, reliability, factor analysis and
// correlations, matched against R psych (docs/statistics.md). Pure TypeScript, no I/O.
export * from './descriptive.ts';
export * from './crosstab.ts';
export * from './nps.ts';
export * from './reliability.ts';
export * from './correlation.ts';
export * from './factor.ts';
export { varimax, oblimin, type OrthogonalRotation, type ObliqueRotation } from './rotation.ts';
export { chiSquareUpperP, normalCdf, normalQuantile, tCdf, tTwoSidedP } from './distributions.ts';
export { StatsError, correlationMatrix, covarianceMatrix, type Mat } from './linalg.ts';
export { parseCsv, numericColumn, CsvError, type CsvTable } from './csv.ts';
export { parseSpec, runAnalysis, SpecError, type AnalysisSpec, type AnalysisOutput, type ScaleOutput, type EfaOutput } from './analysis.ts';
