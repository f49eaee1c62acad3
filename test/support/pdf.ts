import { PDFParse } from 'pdf-parse';

/** The text of a PDF, page by page, as a reader's PDF viewer would extract it. */
export async function pdfText(bytes: ArrayBuffer | Uint8Array): Promise<{ text: string; pages: string[] }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.map((p) => p.text) };
  } finally {
    await parser.destroy();
  }
}

/** Page images of a PDF (PNG), to look at a copy as its recipient would. */
export async function pdfPageImages(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getScreenshot({ scale: 1.2 });
    return result.pages.map((p) => p.data);
  } finally {
    await parser.destroy();
  }
}
