/**
 * The words of notification e-mails. E-mail leaves our systems and is read on
 * phones and shared screens, so by the minimum-necessary rule it carries a
 * sentence and a link only: never a patient's name, a diagnosis, a task title
 * or a note's text, and never a family member's name (which could point to the
 * patient). The patient is "a patient on your care team"; the rest is read in
 * the app, after sign-in and the access check.
 */

/** One e-mail, before it is queued. */
export interface MailContent {
  subject: string;
  body: string;
}

const footer = (link: string): string[] => [
  '',
  `Open CareHuddle to read it (you will be asked to sign in): ${link}`,
  '',
  'You receive this because of your notification settings; change them on your account page in CareHuddle.',
];

/** "Maya Chen mentioned you": a colleague's name is not health information; the note stays in the app. */
export function mentionMail(byName: string, link: string): MailContent {
  return {
    subject: 'You were mentioned in CareHuddle',
    body: [`${byName} mentioned you in a huddle note about a patient on your care team.`, ...footer(link)].join('\n'),
  };
}

/** A family member wrote; who they are would tell whose family it is, so they stay unnamed. */
export function familyMessageMail(link: string): MailContent {
  return {
    subject: 'A family member wrote in CareHuddle',
    body: ['A family member wrote a message about a patient on your care team.', ...footer(link)].join('\n'),
  };
}

const items = (n: number): string => `${n} ${n === 1 ? 'item' : 'items'}`;

/** The daily digest: counts only (deadlines and tasks together), no titles or patients. */
export function digestMail(dueToday: number, overdue: number, link: string): MailContent {
  const parts = [dueToday > 0 ? `${items(dueToday)} due today` : null, overdue > 0 ? `${items(overdue)} overdue` : null].filter(Boolean);
  return {
    subject: 'Your CareHuddle worklist for today',
    body: [`You have ${parts.join(' and ')} on your worklist.`, ...footer(link)].join('\n'),
  };
}
