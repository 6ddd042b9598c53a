// The coach's task rules. The caseload query applies them in SQL, over the whole caseload at once.

/** An active goal needs a progress assessment at least this often; after that it is stale. */
export const ASSESSMENT_INTERVAL_DAYS = 30;
