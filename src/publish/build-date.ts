/**
 * The day this build ran: a citation's access date (the day the archive's copy was checked) and
 * nothing else. SOURCE_DATE_EPOCH (seconds) pins it for reproducible builds.
 */
const epoch = process.env.SOURCE_DATE_EPOCH;
export const BUILD_DATE = epoch ? new Date(Number(epoch) * 1000) : new Date();
