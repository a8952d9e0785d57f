import type {SeedDocument} from '../document.ts'
import {siteSettingsId} from '../ids.ts'
import {richText} from '../portableText.ts'

/** Site-wide settings, published (administrators own them; they are not clinical content). */
export function buildSiteSettings(): SeedDocument {
  return {
    _id: siteSettingsId,
    _type: 'siteSettings',
    siteName: 'Vetted',
    disclaimer:
      'The information on Vetted is for general education. It is not a substitute for professional medical advice, diagnosis or treatment. Ask your doctor or another qualified health professional about any medical condition, and in an emergency contact your local emergency number.',
    editorialPolicy: richText(siteSettingsId, 'editorialPolicy', [
      {text: 'How we make our content', style: 'h2'},
      {
        text: 'Every page about a condition or treatment is written by a named author, checked against its sources by a clinical editor and signed off by a licensed medical reviewer before it is published. Readers see who wrote and who reviewed each page, and when.',
      },
      {
        text: 'A reviewer can sign off only content they did not write. Any change after sign-off needs a new review, and every page is reviewed again at least once a year.',
      },
      {text: 'Sources', style: 'h2'},
      {
        text: 'We cite peer-reviewed research, clinical guidelines and official health bodies, and we check that every source exists and has not been retracted before we rely on it.',
      },
      {text: 'Independence', style: 'h2'},
      {
        text: 'We do not accept advertising or sponsorship for clinical content, and reviewers declare any conflict of interest when they sign off.',
      },
      {
        text: 'If you find a mistake, tell us at the address below and an editor will look into it.',
      },
    ]),
    defaultReviewIntervalMonths: 12,
    reportErrorEmail: 'corrections@vetted.local',
  }
}
