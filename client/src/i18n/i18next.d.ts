import 'i18next';
import type common from './locales/en/common.json';
import type files from './locales/en/files.json';
import type invite from './locales/en/invite.json';
import type member from './locales/en/member.json';
import type notes from './locales/en/notes.json';
import type plan from './locales/en/plan.json';
import type review from './locales/en/review.json';
import type staff from './locales/en/staff.json';

// English is the reference catalog: a key missing from it is a type error at the call site.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      files: typeof files;
      invite: typeof invite;
      member: typeof member;
      notes: typeof notes;
      plan: typeof plan;
      review: typeof review;
      staff: typeof staff;
    };
  }
}
