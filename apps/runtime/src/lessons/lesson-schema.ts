// A financial-education lesson: per language a title, a one-line summary, a few short paragraphs
// and optionally a video. Built-in lessons and lenders' own share this shape.
import { z } from 'zod';

export const lessonTextSchema = z.strictObject({
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(300),
  body: z.array(z.string().min(1).max(2000)).min(1).max(20).describe('Paragraphs, in order'),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .optional()
    .describe("An https video file the lender hosts (shown with the browser's own player)"),
});
export type LessonText = z.infer<typeof lessonTextSchema>;

export const lessonContentSchema = z
  .record(
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "vi"'),
    lessonTextSchema,
  )
  .refine((content) => 'en' in content, {
    message: 'every lesson needs an English version ("en")',
  });
export type LessonContent = z.infer<typeof lessonContentSchema>;

export interface Lesson {
  id: string;
  builtIn: boolean;
  content: LessonContent;
}

/** The lesson text in `locale` ("es-MX" → "es"), else English. */
export function lessonText(lesson: Lesson, locale: string): { locale: string; text: LessonText } {
  const language = locale.split('-')[0] ?? 'en';
  for (const candidate of [locale, language]) {
    const text = lesson.content[candidate];
    if (text) return { locale: candidate, text };
  }
  return { locale: 'en', text: lesson.content.en! };
}
