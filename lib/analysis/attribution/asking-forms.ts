/** The forms of asking and wondering that report a question ("X asked whether …"), read by ask-report.ts. */
export const ASKING_FORMS: ReadonlySet<string> = new Set(['asked', 'asks', 'asking', 'wondered', 'wonders', 'wondering']);
