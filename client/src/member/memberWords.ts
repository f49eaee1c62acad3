import type { PlanSection } from '@carehuddle/shared';

/**
 * Every string of the member's own pages, in one place so the message catalogs
 * (react-i18next, branch h-i18n) can take them over as they are. Plain words,
 * spoken to the member: no team jargon.
 */
export const memberWords = {
  title: 'Your care plan',
  intro: 'This is the part of your care plan that you and your care team work on together. It updates by itself when the team changes it.',
  largeText: 'Larger text',
  messagesHeading: 'Messages with your care team',
  showAllMessages: 'Show all messages',
  aboutEverything: 'your plan in general',
  approveHeading: 'Do you agree with your plan?',
  approveIntro: (title: string, signer: string, on: string) => `${signer} signed off “${title}” on ${on}. If it matches what you talked about, tell them you agree.`,
  approveButton: 'I agree with this plan',
  approving: 'Sending…',
  approvedOn: (on: string) => `You agreed with this plan on ${on}. Thank you.`,
  noSignedPlan: 'Your care team has not signed off your plan yet. You can agree with it once they have.',
  approveFailed: 'Your agreement was not sent. Please try again.',
  coordinatorHeading: 'Your care coordinator',
  coordinatorIntro: (name: string) => `${name} coordinates your care. Write to them above, or call your care team.`,
  you: 'you',
} as const;

/** The shared plan's section headings, spoken to the member. */
export const memberSectionTitles: Partial<Record<PlanSection, string>> = {
  goals: 'What you want to work on',
  whatMatters: 'What matters most to you',
  preferences: 'How you like to be cared for',
  advanceDirectives: 'Your wishes for future care',
  riskSummary: 'Health check summary',
};
