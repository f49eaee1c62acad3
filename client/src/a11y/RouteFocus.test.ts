import { describe, expect, it } from 'vitest';
import { pageTitleProps, titleFor } from './RouteFocus';

describe('document titles', () => {
  it('name the page, then CareHuddle; a heading that already names CareHuddle is the title', () => {
    expect(titleFor('My patients')).toBe('My patients — CareHuddle');
    expect(titleFor('  Care plan —\n Rosa Delgado ')).toBe('Care plan — Rosa Delgado — CareHuddle');
    expect(titleFor('Sign in to CareHuddle')).toBe('Sign in to CareHuddle');
    expect(titleFor('')).toBe('CareHuddle');
  });

  it('a page title given apart from the heading joins its parts: the open tab, then the patient', () => {
    expect(pageTitleProps('Today')).toEqual({ 'data-page-title': 'Today' });
    expect(titleFor(pageTitleProps('Coordination', 'Rosa Delgado')['data-page-title'])).toBe('Coordination — Rosa Delgado — CareHuddle');
    expect(pageTitleProps(undefined, 'Rosa Delgado')).toEqual({ 'data-page-title': 'Rosa Delgado' });
  });
});
