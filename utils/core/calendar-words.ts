/**
 * The months and the days of the week as news writes them, in full and short ("Sept."), lower
 * case: capitalized words that are never a place, a surname or a name a number belongs to.
 */
export const MONTH_AND_DAY_NAMES: readonly string[] = `january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday`.split(/\s+/);
