import 'i18next';
import type common from './locales/en/common.json';
import type member from './locales/en/member.json';

// English is the reference catalog: a key missing from it is a type error at the call site.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      member: typeof member;
    };
  }
}
