import PDFDocument from 'pdfkit';
import type { PartText } from './planCopyText';

/** Everything printed on a provider's copy of the plan. */
export interface PlanCopy {
  patient: { name: string; dateOfBirth: string; memberNumber: string };
  recipient: { name: string; organization: string; contact: string };
  /** Which plan this is: a signed version or the plan as it was when sent. */
  planLabel: string;
  sharedAt: string;
  sharedBy: string;
  consentVersion: number;
  parts: PartText[];
}

const MARGIN = 56;
const PART_2_NOTICE = 'These substance-use records are protected by federal confidentiality rules (42 CFR part 2). '
  + 'They are shared with you under the patient\'s written consent and may not be disclosed further without it.';

function header(doc: PDFKit.PDFDocument, copy: PlanCopy): void {
  doc.font('Helvetica-Bold').fontSize(18).text('Care plan', { continued: false });
  doc.font('Helvetica').fontSize(9).fillColor('#555').text('Confidential: shared with the patient\'s consent, for the named recipient only.').fillColor('#000');
  doc.moveDown(0.6).fontSize(11);
  const line = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  line('Patient', copy.patient.name);
  line('Date of birth', copy.patient.dateOfBirth);
  line('Member number', copy.patient.memberNumber);
  line('Plan', copy.planLabel);
  line('Prepared for', [copy.recipient.name, copy.recipient.organization, copy.recipient.contact].filter(Boolean).join(', '));
  line('Shared', `${copy.sharedAt.slice(0, 10)} at ${copy.sharedAt.slice(11, 16)} UTC by ${copy.sharedBy}, under the patient's consent version ${copy.consentVersion}`);
  line('This copy contains', copy.parts.map((p) => p.title).join(', '));
}

function part(doc: PDFKit.PDFDocument, text: PartText): void {
  doc.moveDown(1).font('Helvetica-Bold').fontSize(15).text(text.title);
  if (text.audience === 'substanceUse') doc.font('Helvetica-Oblique').fontSize(9).text(PART_2_NOTICE);
  for (const section of text.sections) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(section.title);
    if (section.items.length === 0) doc.font('Helvetica-Oblique').fontSize(10).text('Nothing recorded.');
    for (const item of section.items) {
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10.5).text(item.title, { indent: 10 });
      doc.font('Helvetica').fontSize(10);
      for (const detail of item.details) doc.text(detail, { indent: 22 });
      for (const note of item.notes) doc.text(note, { indent: 22 });
    }
  }
}

/** Numbers every page at the foot, with the patient and plan, once the whole copy is laid out. */
function footers(doc: PDFKit.PDFDocument, copy: PlanCopy): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8.5).fillColor('#555')
      .text(`${copy.patient.name} · ${copy.planLabel} · Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
        width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Lays out a provider's copy of the plan as a paginated PDF. */
export function renderPlanCopyPdf(copy: PlanCopy): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER', margin: MARGIN, bufferPages: true,
    info: { Title: `Care plan of ${copy.patient.name}`, Author: 'CareHuddle', Subject: copy.planLabel },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, copy);
  for (const text of copy.parts) part(doc, text);
  footers(doc, copy);
  doc.end();
  return done;
}
