/**
 * English month names, one home for the date formatters (dates.ts) and the timeline's axis (timeline-view.ts).
 * The short forms are en-GB's (Sept, not Sep), as the axis printed them when it asked Intl.
 */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const EN_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;
