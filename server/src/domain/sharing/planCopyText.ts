import { PLAN_ITEM_FIELDS, PLAN_PART_LABELS, PLAN_SECTION_TITLES, PLAN_SECTIONS, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import type { PlanContent } from '../plans/planContent';

/** One plan item as a recipient reads it. */
export interface ItemText {
  title: string;
  /** "Label: value" lines of the item's structured fields that hold something. */
  details: string[];
  /** The item's notes as plain paragraphs. */
  notes: string[];
}

/** One section of a part, in the plan's order. */
export interface SectionText {
  title: string;
  items: ItemText[];
}

/** One part (plan document) of the copy. */
export interface PartText {
  audience: PlanAudience;
  title: string;
  sections: SectionText[];
}

/** Resolves a team member's id (an intervention's owner) to a name. */
export type NameOf = (userId: string) => string;

const humanize = (value: string): string => {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A rich-text fragment (stored as Tiptap XML) as plain paragraphs: a recipient needs the words, not the markup. */
export function paragraphsOf(xml: unknown): string[] {
  if (typeof xml !== 'string') return [];
  return xml.split(/<\/(?:paragraph|heading|listItem|blockquote)>/)
    .map((block) => block.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

function itemText(section: PlanSection, item: Record<string, unknown>, nameOf: NameOf): ItemText {
  const details: string[] = [];
  for (const field of PLAN_ITEM_FIELDS[section]) {
    const value = item[field.key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const shown = field.kind === 'member' ? nameOf(value) : field.kind === 'select' ? humanize(value) : value;
    details.push(`${field.label}: ${shown}`);
  }
  const title = typeof item.title === 'string' && item.title.trim() !== '' ? item.title.trim() : 'Untitled';
  return { title, details, notes: paragraphsOf(item.notes) };
}

const createdAt = (item: unknown): string =>
  (typeof item === 'object' && item !== null && typeof (item as { createdAt?: unknown }).createdAt === 'string' ? (item as { createdAt: string }).createdAt : '');

/** A plan document's content as the sections and items a copy prints, in the order the plan lists them. */
export function partText(audience: PlanAudience, content: PlanContent, nameOf: NameOf): PartText {
  const sections = PLAN_SECTIONS[audience].map((section: PlanSection) => {
    const items = Object.values(content[section] ?? {})
      .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
      .sort((a, b) => createdAt(a).localeCompare(createdAt(b)))
      .map((item) => itemText(section, item, nameOf));
    return { title: PLAN_SECTION_TITLES[section], items };
  });
  return { audience, title: PLAN_PART_LABELS[audience], sections };
}
